package io.glutewise.export;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.InvalidValueException;
import io.glutewise.core.program.BuiltFrom;
import io.glutewise.planner.stats.WeekSummary;
import java.util.List;
import org.immutables.value.Value;

/**
 * The JSON export of a plan's summary ({@code glutewise plan --summary --format json}): what the
 * plan was built from, each week's phase, hard sets per glute group, changes and minutes, the plan's
 * notes and the clinician notice. Read one back with {@code GlutewiseJson.read(json,
 * SummaryEnvelope.class, source)}.
 *
 * <pre>{@code
 * {
 *   "format" : "glutewise-plan-summary",  // always this value
 *   "formatVersion" : 1,
 *   "notice" : "...",      // the short notice of when to see a clinician
 *   "builtFrom" : { ... }, // the profile, options and catalog version, as in a program
 *   "weeks" : [ { "week" : 1, "phase" : "activation", "deload" : false,
 *                 "gluteusMaximusSets" : 6.0, "gluteusMediusMinimusSets" : 6.0,
 *                 "variantChanges" : [ ], "loadChanges" : [ ],
 *                 "estimatedMinutes" : 53, "longestSessionMinutes" : 18 } ],
 *   "notes" : [ ]          // the plan's notes
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSummaryEnvelope.class)
@JsonDeserialize(as = ImmutableSummaryEnvelope.class)
public abstract class SummaryEnvelope {
  /** The value of {@link #format()}. */
  public static final String FORMAT = "glutewise-plan-summary";

  /** The current {@link #formatVersion()}. */
  public static final int FORMAT_VERSION = 1;

  /** Always {@value #FORMAT}. */
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

  /** What the plan was built from. */
  public abstract BuiltFrom builtFrom();

  /** The plan week by week. */
  public abstract List<WeekSummary> weeks();

  /** The plan's notes, such as minutes too few for a phase's minimum. */
  public abstract List<String> notes();

  /** An envelope for a summary. */
  public static SummaryEnvelope of(String notice, BuiltFrom builtFrom, List<WeekSummary> weeks, List<String> notes) {
    return ImmutableSummaryEnvelope.builder().notice(notice).builtFrom(builtFrom).weeks(weeks).notes(notes).build();
  }

  @Value.Check
  protected void check() {
    EnvelopeFormat.check(format(), FORMAT, formatVersion(), FORMAT_VERSION);
    if (weeks().isEmpty()) {
      throw new InvalidValueException("weeks", "[]", "must hold at least one week");
    }
  }
}
