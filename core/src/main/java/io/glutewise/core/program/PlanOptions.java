package io.glutewise.core.program;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.Checks;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * How to build a program: its length, periodization model, start date, random seed and deload
 * cadence. The start date is required so that the same options always give the same program.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlanOptions.class)
@JsonDeserialize(as = ImmutablePlanOptions.class)
public abstract class PlanOptions {
  /** The shortest program, in weeks. */
  public static final int MIN_WEEKS = 4;

  /** The longest program, in weeks. */
  public static final int MAX_WEEKS = 26;

  /** The shortest deload cycle: a deload at most every this many weeks. */
  public static final int MIN_DELOAD_EVERY = 3;

  /** The longest deload cycle. */
  public static final int MAX_DELOAD_EVERY = 8;

  /** Program length in weeks, 4 to 26; 12 by default. */
  @Value.Default
  public int weeks() {
    return 12;
  }

  /** The periodization model; linear by default. */
  @Value.Default
  public PeriodizationModel model() {
    return PeriodizationModel.LINEAR;
  }

  /** The date of the first session's week; sessions fall on or after it. */
  public abstract LocalDate startDate();

  /** The seed for choices among equally good exercises; 0 by default. */
  @Value.Default
  public long seed() {
    return 0L;
  }

  /** A deload week every this many weeks, 3 to 8; 4 by default. */
  @Value.Default
  public int deloadEvery() {
    return 4;
  }

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The defaults, starting on the given date. */
  public static PlanOptions startingOn(LocalDate startDate) {
    return builder().startDate(startDate).build();
  }

  /** Builds {@link PlanOptions}; every range is checked on {@code build()}. */
  public static final class Builder extends ImmutablePlanOptions.Builder {}

  @Value.Check
  protected void check() {
    Checks.inRange("weeks", weeks(), MIN_WEEKS, MAX_WEEKS);
    Checks.inRange("deloadEvery", deloadEvery(), MIN_DELOAD_EVERY, MAX_DELOAD_EVERY);
  }
}
