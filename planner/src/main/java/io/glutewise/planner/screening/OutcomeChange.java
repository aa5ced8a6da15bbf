package io.glutewise.planner.screening;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The change in one outcome measure from a baseline to now, and whether it is an important one.
 *
 * <p>Lower is better for both measures. An improvement is important when it reaches the measure's
 * minimal important points or 30% of the baseline, whichever is reached first (Ostelo et al. 2008).
 * A worsening is called important only by the points rule, since 30% of a small baseline is a
 * fraction of a point. The difference, percentage and flags always follow from the measure, the
 * baseline and the current value (they are in the JSON for readers, and checked when read back).
 * Computed by {@link OutcomeMeasures}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOutcomeChange.class)
@JsonDeserialize(as = ImmutableOutcomeChange.class)
public abstract class OutcomeChange {
  private static final double EPSILON = 1e-9;

  /** What was measured. */
  public abstract OutcomeMeasure measure();

  /** The value at baseline. */
  public abstract double baseline();

  /** The value now. */
  public abstract double current();

  /** {@code current - baseline}: negative when things got better. */
  @Value.Default
  public double difference() {
    return current() - baseline();
  }

  /** The change as a percentage of the baseline, negative when better; 0 when the baseline is 0. */
  @Value.Default
  public double percentOfBaseline() {
    return percentOf(baseline(), current());
  }

  /** Whether the improvement reaches the minimal important change. */
  @Value.Default
  public boolean importantImprovement() {
    return improves(measure(), baseline(), current());
  }

  /** Whether the worsening reaches the measure's minimal important points. */
  @Value.Default
  public boolean importantWorsening() {
    return current() - baseline() >= measure().minimalImportantPoints() - EPSILON;
  }

  /** A change of a measure from a baseline to a current value. */
  public static OutcomeChange of(OutcomeMeasure measure, double baseline, double current) {
    return ImmutableOutcomeChange.builder().measure(measure).baseline(baseline).current(current).build();
  }

  private static double percentOf(double baseline, double current) {
    return baseline == 0 ? 0 : 100 * (current - baseline) / baseline;
  }

  private static boolean improves(OutcomeMeasure measure, double baseline, double current) {
    double drop = baseline - current;
    return drop > 0
        && (drop >= measure.minimalImportantPoints() - EPSILON
            || drop >= OutcomeMeasures.MINIMAL_IMPORTANT_FRACTION * baseline - EPSILON);
  }

  @Value.Check
  protected void check() {
    boolean consistent = Math.abs(difference() - (current() - baseline())) < 1e-6
        && Math.abs(percentOfBaseline() - percentOf(baseline(), current())) < 1e-6
        && importantImprovement() == improves(measure(), baseline(), current())
        && importantWorsening() == (current() - baseline() >= measure().minimalImportantPoints() - EPSILON);
    if (!consistent) {
      throw new InvalidValueException(
          "change", this, "must have the difference, percentage and flags that follow from baseline and current");
    }
  }
}
