package io.glutewise.planner.rules;

import io.glutewise.core.dose.Dose;
import io.glutewise.core.exercise.LadderStep;
import io.glutewise.core.exercise.ProgressionCriterion;
import io.glutewise.core.program.Prescription;
import java.util.List;
import java.util.Optional;

/**
 * One rung up a progression ladder, never more. It needs, at once: every set of the latest session
 * at the top of the range (double progression), with bodyweight or with the strongest band (an
 * exercise with room for more load moves its load instead); and the rung's criterion (sets of
 * repetitions or seconds, pain during at most its maximum, at the prescribed load) met on as many
 * done sessions in a row as the criterion asks, missed sessions skipped, deload weeks breaking the
 * row. The harder exercise must suit the trainee's equipment and limitations. The dose returns to
 * the bottom of the range. Immutable and thread-safe.
 */
public final class LadderStepRule implements ProgressionRule {
  /** The rule's id. */
  public static final String ID = "ladder-step";

  /**
   * The fewest done sessions in a row on a rung that earn the next one, whatever the rung's own
   * criterion says: two, as in the 2-for-2 rule and the ladder criteria of the design (evidence.md
   * section 2).
   */
  public static final int MIN_SESSIONS_ON_RUNG = 2;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "One rung up when every set reached the top and the rung's criterion was met on "
        + "consecutive sessions; the harder exercise must suit the trainee.";
  }

  @Override
  public Optional<Decision> decide(RuleInput input) {
    Prescription current = input.current();
    Dose dose = current.dose();
    if (DoseSteps.isExternal(dose.load())
        && DoseSteps.heavier(input.profile(), input.currentExercise(), dose.load(), 0).isPresent()) {
      return Optional.empty();
    }
    if (!input.climbsAllowed()) {
      return Optional.empty();
    }
    if (!input.latest().allSetsReach(dose.target().max())) {
      return Optional.empty();
    }
    for (LadderStep step : input.allowedHarder()) {
      ProgressionCriterion criterion = step.criterion();
      if (met(input, current, criterion)) {
        Dose next = Dose.builder().from(input.baseDose(step.to())).sets(dose.sets()).build();
        return Optional.of(Decision.progressed(ID, Prescription.of(step.to(), next),
            "every set reached " + DoseSteps.amount(dose, dose.target().max()) + " and the step's "
                + criterion.sets() + " x " + criterion.target() + (criterion.seconds().isPresent() ? " s" : "")
                + " with pain at most " + criterion.maxPain() + "/10 was met on "
                + sessionsNeeded(criterion) + " sessions in a row; moving to " + DoseSteps.describe(input.nameOf(step.to()), next)));
      }
    }
    return Optional.empty();
  }

  /** The done sessions in a row a climb needs: the criterion's, and at least {@link #MIN_SESSIONS_ON_RUNG}. */
  public static int sessionsNeeded(ProgressionCriterion criterion) {
    return Math.max(MIN_SESSIONS_ON_RUNG, criterion.consecutiveSessions());
  }

  /** Whether the criterion was met on the latest done sessions in a row. */
  static boolean met(RuleInput input, Prescription current, ProgressionCriterion criterion) {
    List<Attempt> done = input.doneNewestFirst();
    int needed = sessionsNeeded(criterion);
    if (done.size() < needed) {
      return false;
    }
    int limit = input.painGate();
    for (Attempt attempt : done.subList(0, needed)) {
      boolean ok = !attempt.deloadWeek()
          && attempt.prescribed().exerciseId().equals(current.exerciseId())
          && attempt.isPrescribedExercise()
          && attempt.loadMet()
          && attempt.prescribed().dose().load().rank() >= current.dose().load().rank() - 1e-9
          && attempt.setsReaching(criterion.target()) >= criterion.sets()
          && attempt.painDuring() <= criterion.maxPain()
          && attempt.sessionPainDuring() <= limit;
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
