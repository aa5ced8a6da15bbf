package io.glutewise.planner.screening;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The change in one outcome measure from a baseline to now, and whether it is an important one.
 *
 * <p>Lower is better for both measures. An improvement is important when it reaches the measure's
 * minimal important points or 30% of the baseline, whichever is reached first (Ostelo et al. 2008).
 * A worsening is called important only by the points rule, since 30% of a small baseline is a
 * fraction of a point. Computed by {@link OutcomeMeasures}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOutcomeChange.class)
@JsonDeserialize(as = ImmutableOutcomeChange.class)
public abstract class OutcomeChange {
  /** What was measured. */
  public abstract OutcomeMeasure measure();

  /** The value at baseline. */
  public abstract double baseline();

  /** The value now. */
  public abstract double current();

  /** {@code current - baseline}: negative when things got better. */
  @Value.Derived
  public double difference() {
    return current() - baseline();
  }

  /** The change as a percentage of the baseline, negative when better; 0 when the baseline is 0. */
  @Value.Derived
  public double percentOfBaseline() {
    return baseline() == 0 ? 0 : 100 * difference() / baseline();
  }

  /** Whether the improvement reaches the minimal important change. */
  @Value.Derived
  public boolean importantImprovement() {
    double drop = baseline() - current();
    return drop > 0
        && (drop >= measure().minimalImportantPoints() - 1e-9
            || drop >= OutcomeMeasures.MINIMAL_IMPORTANT_FRACTION * baseline() - 1e-9);
  }

  /** Whether the worsening reaches the measure's minimal important points. */
  @Value.Derived
  public boolean importantWorsening() {
    return difference() >= measure().minimalImportantPoints() - 1e-9;
  }

  /** A change of a measure from a baseline to a current value. */
  public static OutcomeChange of(OutcomeMeasure measure, double baseline, double current) {
    return ImmutableOutcomeChange.builder().measure(measure).baseline(baseline).current(current).build();
  }
}
