package io.glutewise.planner.rules;

import io.glutewise.core.dose.Dose;
import io.glutewise.core.dose.DoseWords;
import io.glutewise.core.dose.Load;
import io.glutewise.core.program.Prescription;
import java.util.List;
import java.util.Optional;

/**
 * The NSCA 2-for-2 rule (evidence.md, section 2): when, on two done sessions in a row at the
 * prescribed load, every set reached the top of the range and the last set beat it by two or more,
 * the load goes up next session by about 10% for beginners, 5% for intermediates and 2.5% for
 * advanced trainees (at least 1 kg or 2 lb), or a band moves to the next strength. Bodyweight
 * exercises climb the ladder instead ({@link LadderStepRule}). Repetitions return to the bottom of
 * the range. Immutable and thread-safe.
 */
public final class TwoForTwoRule implements ProgressionRule {
  /** The rule's id. */
  public static final String ID = "two-for-two";

  /** Repetitions over the top of the range, in the last set, that count. */
  public static final int OVER_TARGET = 2;

  /** Sessions in a row that must show it. */
  public static final int SESSIONS = 2;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Two or more repetitions over the top in the last set, on two sessions in a row, adds "
        + "load (10% beginners, 5% intermediates, 2.5% advanced; bands one strength up).";
  }

  @Override
  public Optional<Decision> decide(RuleInput input) {
    Prescription current = input.current();
    Dose dose = current.dose();
    if (dose.isTimed() || !DoseSteps.isExternal(dose.load())) {
      return Optional.empty();
    }
    Optional<Load> heavier = DoseSteps.heavier(input.profile(), input.currentExercise(), dose.load(),
        DoseSteps.loadIncrease(input.profile().level()));
    if (heavier.isEmpty()) {
      return Optional.empty();
    }
    int top = dose.target().max();
    List<Attempt> done = input.doneNewestFirst();
    if (done.size() < SESSIONS) {
      return Optional.empty();
    }
    for (Attempt attempt : done.subList(0, SESSIONS)) {
      boolean ok = !attempt.deloadWeek()
          && attempt.prescribed().exerciseId().equals(current.exerciseId())
          && attempt.isPrescribedExercise()
          && attempt.prescribed().dose().load().equals(dose.load())
          && attempt.loadMet()
          && attempt.allSetsReach(top)
          && attempt.lastSet() >= top + OVER_TARGET;
      if (!ok) {
        return Optional.empty();
      }
    }
    Dose base = input.baseDose(current.exerciseId());
    Dose next = Dose.builder().from(DoseSteps.withRange(dose, base.target())).load(heavier.get()).build();
    return Optional.of(Decision.progressed(ID, current.withDose(next),
        "the last set beat " + top + " reps by " + OVER_TARGET + " or more on " + SESSIONS
            + " sessions in a row; load up from " + DoseWords.of(dose.load()) + " to " + DoseWords.of(heavier.get()) + ", " + DoseWords.of(next)));
  }
}
