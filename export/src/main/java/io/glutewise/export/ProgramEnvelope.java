package io.glutewise.export;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.Program;
import java.util.List;
import org.immutables.value.Value;

/**
 * The JSON export of a program: the program and its logs exactly as {@code GlutewiseJson} writes
 * them, wrapped with the clinician notice so that the notice travels with the data.
 *
 * <pre>{@code
 * {
 *   "format" : "glutewise-program",   // always this value
 *   "formatVersion" : 1,              // raised only for changes old readers cannot read
 *   "notice" : "...",                 // the short notice of when to see a clinician
 *   "program" : { ... },              // a Program: see schema/program.schema.json
 *   "logs" : [ { ... } ]              // SessionLogs, by date: see schema/session-log.schema.json
 * }
 * }</pre>
 *
 * <p>Read one back with {@code GlutewiseJson.read(json, ProgramEnvelope.class, source)}.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProgramEnvelope.class)
@JsonDeserialize(as = ImmutableProgramEnvelope.class)
public abstract class ProgramEnvelope {
  /** The value of {@link #format()}. */
  public static final String FORMAT = "glutewise-program";

  /** The current {@link #formatVersion()}. */
  public static final int FORMAT_VERSION = 1;

  /** Always {@value #FORMAT}, so a reader can tell a program export from other JSON. */
  @Value.Default
  public String format() {
    return FORMAT;
  }

  /** The version of this envelope's shape; {@value #FORMAT_VERSION}. */
  @Value.Default
  public int formatVersion() {
    return FORMAT_VERSION;
  }

  /** The short notice of when to see a clinician. */
  public abstract String notice();

  /** The program. */
  public abstract Program program();

  /** The session logs, by date; empty when none were given. */
  public abstract List<SessionLog> logs();

  /** An envelope for a program and its logs. */
  public static ProgramEnvelope of(String notice, Program program, List<SessionLog> logs) {
    return ImmutableProgramEnvelope.builder()
        .notice(notice)
        .program(program)
        .logs(logs)
        .build();
  }

  @Value.Check
  protected void check() {
    EnvelopeFormat.check(format(), FORMAT, formatVersion(), FORMAT_VERSION);
  }
}
