package io.glutewise.planner.rules;

import io.glutewise.core.dose.Dose;
import io.glutewise.core.dose.DoseWords;
import io.glutewise.core.dose.Load;
import io.glutewise.core.dose.PerformedSet;
import io.glutewise.core.dose.TargetRange;
import io.glutewise.core.exercise.LadderStep;
import io.glutewise.core.exercise.ProgressionCriterion;
import io.glutewise.core.program.Prescription;
import java.util.List;
import java.util.Optional;

/**
 * Double progression within a range, shared by repetitions and holds. Until every set reaches the
 * bottom of the current range (the aim), it holds. When every set reached the aim but not all the
 * top, the aim rises to the lowest set plus one step. When every set reached the top: an external
 * load goes up by the smallest step; otherwise, towards the next rung of the ladder, a set is added
 * or the range is stretched when the rung's criterion asks for more than is prescribed, and else
 * it holds until {@link LadderStepRule} sees the criterion met on consecutive sessions.
 */
abstract class WithinRangeRule implements ProgressionRule {
  /** Whether this rule is for timed doses. */
  abstract boolean timed();

  /** How much the aim rises: 1 repetition or 5 seconds. */
  abstract int step();

  @Override
  public Optional<Decision> decide(RuleInput input) {
    Prescription current = input.current();
    Dose dose = current.dose();
    if (dose.isTimed() != timed()) {
      return Optional.empty();
    }
    Attempt latest = input.latest();
    TargetRange range = dose.target();
    List<PerformedSet> sets = latest.sets();
    if (sets.size() < dose.sets()) {
      return held(current, "only " + sets.size() + " of " + dose.sets() + " sets were done; repeat " + DoseWords.of(dose));
    }
    if (!latest.allSetsReach(range.min())) {
      int short_ = 0;
      while (sets.get(short_).amount() >= range.min()) {
        short_++;
      }
      return held(current, "set " + (short_ + 1) + " stopped at " + DoseSteps.amount(dose, sets.get(short_).amount())
          + ", short of the aim of " + range.min() + "; repeat " + DoseWords.of(dose));
    }
    if (!latest.allSetsReach(range.max())) {
      int aim = Math.min(range.max(), latest.lowestSet() + step());
      Dose next = DoseSteps.withAim(dose, aim);
      return progressed(current.withDose(next), "every set reached at least "
          + DoseSteps.amount(dose, latest.lowestSet()) + "; aim for " + next.target() + (timed() ? " s" : "") + " next time");
    }
    String top = DoseSteps.amount(dose, range.max());
    int plannedSets = input.baseDose(current.exerciseId()).sets();
    if (dose.sets() < plannedSets) {
      Dose back = Dose.builder().from(dose).sets(dose.sets() + 1).build();
      return progressed(current.withDose(back), "every set reached " + top + "; one set back, " + DoseWords.of(back));
    }
    Optional<Load> heavier = DoseSteps.heavier(input.profile(), input.currentExercise(), dose.load(), 0);
    if (DoseSteps.isExternal(dose.load()) && heavier.isPresent() && !topTwiceInARow(input)) {
      return held(current, "every set reached " + top + " at " + DoseWords.of(dose.load()) + "; one more session like this and the load "
          + "goes up to " + DoseWords.of(heavier.get()) + " (the top of the range in every set on two sessions in a row)");
    }
    if (DoseSteps.isExternal(dose.load()) && heavier.isPresent()) {
      Dose base = input.baseDose(current.exerciseId());
      Dose next = Dose.builder().from(DoseSteps.withRange(dose, base.target())).load(heavier.get()).build();
      return progressed(current.withDose(next), "every set reached " + top + " at " + DoseWords.of(dose.load())
          + " on two sessions in a row; load up to " + DoseWords.of(heavier.get()) + ", " + DoseWords.of(next));
    }
    if (!input.climbsAllowed()) {
      // the dose is not restated: the plan's dose for the session (which may differ week to week) is
      // what the person reads beside this reason
      return held(current, "every set reached " + top + "; " + input.noClimbReason() + ", so the exercise stays as it is");
    }
    List<LadderStep> harder = input.allowedHarder();
    if (harder.isEmpty()) {
      return held(current, "every set reached " + top + "; " + input.nameOf(current.exerciseId())
          + " is as far as its ladder goes with your equipment and limitations, so it stays");
    }
    LadderStep next = harder.get(0);
    ProgressionCriterion criterion = next.criterion();
    String toward = "towards the " + criterion.sets() + " x " + criterion.target() + (criterion.seconds().isPresent() ? " s" : "")
        + " that earns " + input.nameOf(next.to());
    if (dose.sets() < criterion.sets() && dose.sets() < 10) {
      Dose more = Dose.builder().from(dose).sets(dose.sets() + 1).build();
      return progressed(current.withDose(more), "every set reached " + top + "; one set more, " + DoseWords.of(more) + ", " + toward);
    }
    if (range.max() < criterion.target()) {
      Dose longer = DoseSteps.withRange(dose,
          TargetRange.of(Math.min(range.max() + step(), criterion.target()), criterion.target()));
      return progressed(current.withDose(longer), "every set reached " + top + "; aim for "
          + longer.target() + (timed() ? " s" : "") + " " + toward);
    }
    return held(current, "every set reached " + top + "; when that happens on " + criterion.consecutiveSessions()
        + " sessions in a row with pain at most " + criterion.maxPain() + "/10, "
        + input.nameOf(next.to()) + " comes next");
  }

  /**
   * Whether the two latest done sessions both had every set at the top of the range, with the same
   * exercise and load as now: what a load step needs.
   */
  static boolean topTwiceInARow(RuleInput input) {
    Prescription current = input.current();
    List<Attempt> done = input.doneNewestFirst();
    if (done.size() < 2) {
      return false;
    }
    for (Attempt attempt : done.subList(0, 2)) {
      boolean ok = !attempt.deloadWeek()
          && attempt.prescribed().exerciseId().equals(current.exerciseId())
          && attempt.isPrescribedExercise()
          && attempt.prescribed().dose().load().equals(current.dose().load())
          && attempt.loadMet()
          && attempt.allSetsReach(current.dose().target().max());
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private Optional<Decision> held(Prescription same, String why) {
    return Optional.of(Decision.held(id(), same, why));
  }

  private Optional<Decision> progressed(Prescription next, String why) {
    return Optional.of(Decision.progressed(id(), next, why));
  }
}
