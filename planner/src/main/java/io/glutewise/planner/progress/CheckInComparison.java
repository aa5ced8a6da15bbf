package io.glutewise.planner.progress;

import io.glutewise.core.outcome.CheckIn;
import io.glutewise.planner.screening.OutcomeChange;
import io.glutewise.planner.screening.OutcomeMeasure;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A check-in against the baseline: the change in pain (lower is better; 2 points or 30% matter,
 * Ostelo et al. 2008, docs/evidence.md section 4) and in the Patient-Specific Functional Scale
 * (higher is better; 2 points matter, docs/evidence.md section 9).
 *
 * @param baseline the first check-in
 * @param current the check-in compared with it
 * @param pain the change in pain
 * @param functionalChange the change in the functional scale's mean, current minus baseline,
 *     when both have activities
 */
public record CheckInComparison(CheckIn baseline, CheckIn current, OutcomeChange pain, OptionalDouble functionalChange) {
  /** The change in the functional scale that matters to people: 2 points (evidence.md section 9). */
  public static final double FUNCTIONAL_MINIMAL_IMPORTANT_CHANGE = 2.0;

  /** Checks the fields. */
  public CheckInComparison {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(pain, "pain");
    Objects.requireNonNull(functionalChange, "functionalChange");
  }

  /** Compares a check-in with the baseline. */
  public static CheckInComparison of(CheckIn baseline, CheckIn current) {
    OptionalDouble before = baseline.functionalScore();
    OptionalDouble now = current.functionalScore();
    OptionalDouble change = before.isPresent() && now.isPresent()
        ? OptionalDouble.of(now.getAsDouble() - before.getAsDouble())
        : OptionalDouble.empty();
    return new CheckInComparison(baseline, current,
        OutcomeChange.of(OutcomeMeasure.PAIN, baseline.pain(), current.pain()), change);
  }

  /** Whether function improved by at least the minimal important change. */
  public boolean functionImprovedMeaningfully() {
    return functionalChange.isPresent()
        && functionalChange.getAsDouble() >= FUNCTIONAL_MINIMAL_IMPORTANT_CHANGE - 1e-9;
  }

  /** Whether function worsened by at least the minimal important change. */
  public boolean functionWorsenedMeaningfully() {
    return functionalChange.isPresent()
        && -functionalChange.getAsDouble() >= FUNCTIONAL_MINIMAL_IMPORTANT_CHANGE - 1e-9;
  }
}
