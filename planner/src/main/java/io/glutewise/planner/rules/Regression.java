package io.glutewise.planner.rules;

import io.glutewise.core.dose.Dose;
import io.glutewise.core.dose.DoseWords;
import io.glutewise.core.dose.Load;
import io.glutewise.core.program.Prescription;
import java.util.List;
import java.util.Optional;

/**
 * One step easier for the current prescription, in this order: a lighter load of the same kind; else
 * one rung down the ladder; else one set fewer; else the repetitions or seconds back to the bottom
 * of the range. The range always returns to its bottom.
 */
public final class Regression {
  private Regression() {}

  /** The easier prescription and what changed, in words; empty when nothing is lighter. */
  public static Optional<Step> oneStep(RuleInput input) {
    Prescription current = input.current();
    Dose dose = current.dose();
    Dose base = input.baseDose(current.exerciseId());
    Dose atBottom = DoseSteps.withRange(dose, base.target());
    Optional<Load> lighter = DoseSteps.lighter(input.profile(), input.currentExercise(), dose.load());
    if (lighter.isPresent()) {
      Dose next = Dose.builder().from(atBottom).load(lighter.get()).build();
      return Optional.of(new Step(current.withDose(next),
          "load down from " + DoseWords.of(dose.load()) + " to " + DoseWords.of(lighter.get()) + ", " + DoseWords.of(next)));
    }
    List<String> easier = input.allowedEasier();
    if (!easier.isEmpty()) {
      String to = easier.get(0);
      Dose next = Dose.builder().from(input.baseDose(to)).sets(dose.sets()).build();
      return Optional.of(new Step(Prescription.of(to, next),
          "back to " + DoseSteps.describe(input.nameOf(to), next)));
    }
    if (dose.sets() > 1) {
      Dose next = Dose.builder().from(atBottom).sets(dose.sets() - 1).build();
      return Optional.of(new Step(current.withDose(next), "one set fewer, " + DoseWords.of(next)));
    }
    if (!dose.target().equals(base.target())) {
      return Optional.of(new Step(current.withDose(atBottom), "back to the bottom of the range, " + DoseWords.of(atBottom)));
    }
    return Optional.empty();
  }

  /**
   * An easier prescription and the change in words.
   *
   * @param next the easier prescription
   * @param text what changed, such as {@code "one set fewer, 2 x 10-15"}
   */
  public record Step(Prescription next, String text) {}
}
