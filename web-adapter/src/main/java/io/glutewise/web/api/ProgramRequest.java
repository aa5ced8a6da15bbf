package io.glutewise.web.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.Program;
import java.util.List;
import org.immutables.value.Value;

/**
 * The body of the requests about an existing program ({@code POST /api/plans/next}, {@code POST
 * /api/plans/statistics} and the exports): the program as the API returned it and the session logs
 * so far, which may be left out. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProgramRequest.class)
@JsonDeserialize(as = ImmutableProgramRequest.class)
public abstract class ProgramRequest {
  /** The program, as {@code POST /api/plans} returned it. */
  public abstract Program program();

  /** The session logs so far, in any order; empty when left out. */
  public abstract List<SessionLog> logs();

  /** A request for a program and its logs. */
  public static ProgramRequest of(Program program, List<SessionLog> logs) {
    return ImmutableProgramRequest.builder().program(program).logs(logs).build();
  }
}
