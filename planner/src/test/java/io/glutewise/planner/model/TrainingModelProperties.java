package io.glutewise.planner.model;

import static io.glutewise.core.generators.Theories.theory;
import static io.glutewise.planner.generators.PlannerGenerators.options;
import static io.glutewise.planner.generators.PlannerGenerators.profiles;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.program.PeriodizationModel;
import io.glutewise.core.program.Phase;
import io.glutewise.core.program.PhaseKind;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Week;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.NoSuitableExerciseException;
import io.glutewise.planner.Planner;
import io.glutewise.planner.stats.PlanSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The training intent of every plan (DESIGN.md, "Training intent"): weekly hard sets per glute group
 * follow the phase order the model states, deloads are clearly lighter with no heavier weight, each
 * group meets its phase's minimum or a note says it cannot, the printed aims agree with the planned
 * numbers, and every planned weight is one the trainee's equipment has.
 */
class TrainingModelProperties {
  private static final Planner PLANNER = Planner.standard();
  private static final Catalog CATALOG = PLANNER.catalog();

  static Optional<Program> plan(TraineeProfile profile, PlanOptions options) {
    try {
      return PLANNER.plan(profile, options).program();
    } catch (NoSuitableExerciseException e) {
      return Optional.empty();
    }
  }

  static double sets(Week week, GluteGroup group) {
    return PlanSummary.hardSets(week, group, CATALOG);
  }

  /** The fewest or the most hard sets of the normal weeks of a phase; empty when it has none. */
  static Optional<Double> extreme(Program program, PhaseKind kind, GluteGroup group, boolean most) {
    return program.phases().stream().filter(p -> p.kind() == kind).flatMap(p -> p.weeks().stream())
        .filter(w -> !w.deload()).map(w -> sets(w, group))
        .reduce(most ? Math::max : Math::min);
  }

  static boolean noted(Program program, String... words) {
    return program.notes().stream().anyMatch(n -> {
      String lower = n.toLowerCase(java.util.Locale.ROOT);
      for (String word : words) {
        if (!lower.contains(word)) {
          return false;
        }
      }
      return true;
    });
  }

  /** Strength-endurance weeks hold at least the hard sets of activation weeks, per glute group. */
  @Test
  void strengthEnduranceHoldsAtLeastTheSetsOfActivation() {
    theory().forAll(profiles(), options()).check((profile, options) -> plan(profile, options).map(program -> {
      for (GluteGroup group : GluteGroup.values()) {
        Optional<Double> activation = extreme(program, PhaseKind.ACTIVATION, group, true);
        Optional<Double> endurance = extreme(program, PhaseKind.STRENGTH_ENDURANCE, group, false);
        if (activation.isPresent() && endurance.isPresent() && endurance.get() < activation.get()
            && !noted(program, "activation", group.label())) {
          return false;
        }
      }
      return true;
    }).orElse(true));
  }

  /** Consolidation weeks hold fewer hard sets than strength weeks, per glute group. */
  @Test
  void consolidationHoldsFewerSetsThanStrength() {
    theory().forAll(profiles(), options()).check((profile, options) -> plan(profile, options).map(program -> {
      for (GluteGroup group : GluteGroup.values()) {
        Optional<Double> strength = extreme(program, PhaseKind.STRENGTH, group, false);
        Optional<Double> consolidation = extreme(program, PhaseKind.CONSOLIDATION, group, true);
        if (strength.isPresent() && consolidation.isPresent() && consolidation.get() >= strength.get()
            && !noted(program, "consolidation", group.label())) {
          return false;
        }
      }
      return true;
    }).orElse(true));
  }

  /**
   * A deload week keeps at most 60% of the week before's hard sets per glute group (a volume cut of
   * at least 40%) and never plans a heavier weight than that week for any exercise.
   */
  @Test
  void deloadsKeepAtMostSixtyPercentAndNeverRaiseTheWeight() {
    theory().forAll(profiles(), options()).check((profile, options) -> plan(profile, options).map(program -> {
      List<Week> weeks = program.weeks();
      for (int i = 1; i < weeks.size(); i++) {
        Week week = weeks.get(i);
        if (!week.deload()) {
          continue;
        }
        Week before = weeks.get(i - 1);
        for (GluteGroup group : GluteGroup.values()) {
          if (sets(week, group) > 0.6 * sets(before, group) + 1e-9) {
            return false;
          }
        }
        Map<String, Double> heaviestBefore = heaviest(before);
        for (Map.Entry<String, Double> e : heaviest(week).entrySet()) {
          if (e.getValue() > heaviestBefore.getOrDefault(e.getKey(), 0.0) + 1e-9) {
            return false;
          }
        }
      }
      return true;
    }).orElse(true));
  }

  static Map<String, Double> heaviest(Week week) {
    Map<String, Double> heaviest = new HashMap<>();
    week.sessions().forEach(s -> s.main().forEach(p ->
        heaviest.merge(p.exerciseId(), p.dose().load().rank(), Math::max)));
    return heaviest;
  }

  /** Each glute group gets its phase's minimum of hard sets every normal week, or a note says it cannot. */
  @Test
  void eachGluteGroupMeetsItsMinimumDoseOrTheNoteSaysSo() {
    theory().forAll(profiles(), options()).check((profile, options) -> plan(profile, options).map(program -> {
      for (Phase phase : program.phases()) {
        PhaseAim aim = TrainingModel.aim(phase.kind(), profile, options.model());
        for (GluteGroup group : GluteGroup.values()) {
          boolean short_ = phase.weeks().stream().filter(w -> !w.deload())
              .anyMatch(w -> sets(w, group) < aim.weeklySets().min());
          if (short_ && !noted(program, phase.kind().id().replace('-', ' '), group.label(),
              "below the phase's aim of at least " + aim.weeklySets().min())) {
            return false;
          }
        }
      }
      return true;
    }).orElse(true));
  }

  /**
   * What each phase prints agrees with what it plans: the text names the aim's weekly sets and
   * repetitions, and every counted main-block prescription of the phase stays within the aim's
   * repetitions and reserve, its rest at most the aim's.
   */
  @Test
  void printedPhaseAimsAgreeWithThePlannedNumbers() {
    theory().forAll(profiles(), options()).check((profile, options) -> plan(profile, options).map(program -> {
      for (Phase phase : program.phases()) {
        PhaseAim aim = TrainingModel.aim(phase.kind(), profile, options.model());
        if (!phase.aim().contains(aim.weeklySets() + " hard sets a week for the gluteus maximus")
            || !phase.aim().contains(aim.repsLow() + "-" + aim.repsHigh() + " repetitions")
            || !phase.aim().contains("about " + aim.repsInReserve() + " repetition")) {
          return false;
        }
        for (Week week : phase.weeks()) {
          for (var session : week.sessions()) {
            for (Prescription p : session.main()) {
              var dose = p.dose();
              if (dose.isTimed()) {
                continue;
              }
              boolean reps = dose.target().min() >= Math.min(aim.repsLow(), 8) && dose.target().max() <= aim.repsHigh();
              boolean reserve = dose.repsInReserve().orElse(-1) >= aim.repsInReserve();
              if (!reps || !reserve || dose.restSeconds() > aim.restSeconds()) {
                return false;
              }
            }
          }
        }
      }
      return true;
    }).orElse(true));
  }

  /**
   * No main-block exercise of a normal week has fewer than the seeds' two sets (fewer exercises
   * rather than one-set exercises), unless the minutes cannot hold two sets, as a note says.
   */
  @Test
  void normalWeeksPrescribeAtLeastTwoSetsOfEachExercise() {
    theory().forAll(profiles(), options()).check((profile, options) -> plan(profile, options).map(program ->
        program.weeks().stream().filter(w -> !w.deload()).flatMap(w -> w.sessions().stream())
            .flatMap(s -> s.main().stream())
            .allMatch(p -> p.dose().sets() >= TrainingModel.MIN_SETS_PER_EXERCISE)
            || noted(program, "minutes")).orElse(true));
  }

  /** Every planned weight in kilograms is one the trainee's dumbbells, kettlebells or barbell can make. */
  @Test
  void plannedWeightsAreOnTheEquipmentsSteps() {
    theory().forAll(profiles(), options()).check((profile, options) -> plan(profile, options).map(program ->
        program.sessions().stream().flatMap(s -> s.main().stream()).allMatch(p -> {
          if (!p.dose().load().isWeight()) {
            return true;
          }
          Exercise exercise = CATALOG.get(p.exerciseId());
          return LoadSteps.forExercise(exercise, profile)
              .map(steps -> steps.contains(p.dose().load().kilogramsOrZero())).orElse(false);
        })).orElse(true));
  }

  /**
   * Aims are made once and shared between trainees (TrainingModel.aim): two trainees get the same
   * aim object only when everything an aim is made from agrees, so no trainee is given another's aim.
   */
  @Test
  void anAimIsSharedOnlyByTraineesItSuits() {
    theory().forAll(profiles(), profiles(), options()).check((one, other, options) -> {
      for (PhaseKind kind : PhaseKind.values()) {
        PeriodizationModel model = options.model();
        boolean shared = TrainingModel.aim(kind, one, model) == TrainingModel.aim(kind, other, model);
        boolean alike = one.level() == other.level() && TrainingModel.careful(one) == TrainingModel.careful(other)
            && TrainingModel.band(kind, one).equals(TrainingModel.band(kind, other))
            && TrainingModel.band(PhaseKind.STRENGTH_ENDURANCE, one)
                .equals(TrainingModel.band(PhaseKind.STRENGTH_ENDURANCE, other));
        if (shared != alike) {
          return false;
        }
      }
      return true;
    });
  }
}
