package io.glutewise.planner.rules;

import io.glutewise.core.dose.DoseWords;
import io.glutewise.core.dose.Load;
import io.glutewise.core.dose.PerformedSet;
import java.util.Comparator;
import java.util.Optional;

/**
 * Progress is keyed on what was prescribed: when another exercise was done in its place, or any set
 * was done with less load than prescribed, the prescription is held. Immutable and thread-safe.
 */
public final class OffPrescriptionRule implements ProgressionRule {
  /** The rule's id. */
  public static final String ID = "off-prescription";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Another exercise, or less load than prescribed, holds the prescription.";
  }

  @Override
  public Optional<Decision> decide(RuleInput input) {
    Attempt latest = input.latest();
    String prescribed = latest.prescribed().exerciseId();
    if (!latest.isPrescribedExercise()) {
      String done = latest.performed().orElseThrow().exerciseId();
      return Optional.of(Decision.held(ID, latest.prescribed(),
          input.nameOf(done) + " was done instead of " + input.nameOf(prescribed)
              + ", so " + input.nameOf(prescribed) + " stays as it was"));
    }
    if (!latest.loadMet()) {
      Load least = latest.sets().stream().map(PerformedSet::load)
          .min(Comparator.comparingDouble(Load::rank)).orElseThrow();
      return Optional.of(Decision.held(ID, latest.prescribed(),
          "a set was done with " + DoseWords.of(least) + ", less than the prescribed "
              + DoseWords.of(latest.prescribed().dose().load()) + ", so it stays as it was"));
    }
    return Optional.empty();
  }
}
