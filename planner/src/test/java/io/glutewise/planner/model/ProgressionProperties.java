package io.glutewise.planner.model;

import static io.glutewise.core.generators.Theories.theory;
import static io.glutewise.planner.generators.PlannerGenerators.options;
import static io.glutewise.planner.generators.PlannerGenerators.profiles;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.program.Phase;
import io.glutewise.core.program.PhaseKind;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Week;
import io.glutewise.planner.Planner;
import io.glutewise.planner.PlanningRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every level's plan gets harder from the first to the last full week of its strength phase: a
 * harder exercise, a heavier weight, or more hard sets, and never an easier exercise; except in a
 * careful plan (pregnancy, or pain of 7/10 or more now), which by design keeps its exercises and
 * weights and says so in a note. No planned exercise is harder than the level climbs to.
 */
class ProgressionProperties {
  private static final Planner PLANNER = Planner.standard();
  private static final Catalog CATALOG = PLANNER.catalog();

  @Test
  void theStrengthPhaseEndsHarderThanItStarts() {
    theory().forAll(profiles(), options()).check((profile, options) -> TrainingModelProperties.plan(profile, options)
        .map(program -> {
          List<Week> normal = strengthWeeks(program);
          if (normal.size() < 2 || TrainingModel.careful(profile)) {
            return true;
          }
          Week first = normal.get(0);
          Week last = normal.get(normal.size() - 1);
          var before = hardest(first);
          var after = hardest(last);
          boolean harderExercise = before.keySet().stream().anyMatch(k -> after.getOrDefault(k, 0) > before.get(k));
          boolean notEasier = before.keySet().stream().allMatch(k -> after.getOrDefault(k, before.get(k)) >= before.get(k));
          boolean heavier = weightRank(last) > weightRank(first);
          boolean moreSets = TrainingModelProperties.sets(last, GluteGroup.MAXIMUS)
              + TrainingModelProperties.sets(last, GluteGroup.MEDIUS_MINIMUS)
              > TrainingModelProperties.sets(first, GluteGroup.MAXIMUS)
              + TrainingModelProperties.sets(first, GluteGroup.MEDIUS_MINIMUS);
          // sessions too short for the phase's dose (a note says so) may trade one movement for another
          return (notEasier || minutesShort(program)) && (harderExercise || heavier || moreSets || nothingToClimb(program, first));
        }).orElse(true));
  }

  /**
   * When the strength phase cannot end harder, it is because nothing allows it: no opening movement
   * of its first week has a harder rung (a higher difficulty step) of the same movement the trainee could be
   * planned, no weight is
   * involved, and the phase's band has no room to rise (or the minutes have none, as a note says).
   */
  private static boolean nothingToClimb(Program program, Week first) {
    var profile = program.builtFrom().profile();
    PhaseAim aim = TrainingModel.aim(PhaseKind.STRENGTH, profile, program.builtFrom().options().model());
    boolean flatBand = !aim.volumeRises() || aim.weeklySets().min() == aim.weeklySets().max();
    boolean weights = first.sessions().stream().flatMap(s -> s.main().stream()).anyMatch(p -> p.dose().load().isWeight());
    // the openers (each session's first movement) have no other place's ladder in their way
    boolean rung = first.sessions().stream().map(s -> s.main().get(0)).anyMatch(p ->
        CATALOG.ladders().allHarder(p.exerciseId()).stream().map(CATALOG::get).anyMatch(e ->
            e.pattern() == CATALOG.get(p.exerciseId()).pattern()
                && e.difficulty() > CATALOG.get(p.exerciseId()).difficulty()
                && e.difficulty() <= PlanningRules.maxDifficulty(profile.level())
                && e.equipment().stream().allMatch(profile::has)
                && e.contraindications().stream().noneMatch(profile.limitations()::contains)
                && e.lowerBackLoad().compareTo(PlanningRules.maxLowerBackLoad(profile)) <= 0));
    return (flatBand || minutesShort(program)) && !weights && !rung;
  }

  /** Whether a note says the minutes could not hold the strength phase's dose. */
  private static boolean minutesShort(Program program) {
    return TrainingModelProperties.noted(program, "strength phase") || TrainingModelProperties.noted(program, "minutes");
  }

  private static List<Week> strengthWeeks(Program program) {
    return program.phases().stream().filter(p -> p.kind() == PhaseKind.STRENGTH).map(Phase::weeks)
        .flatMap(List::stream).filter(w -> !w.deload()).toList();
  }

  /** The hardest difficulty step of each movement pattern in the week's main blocks. */
  private static java.util.Map<io.glutewise.core.exercise.MovementPattern, Integer> hardest(Week week) {
    java.util.Map<io.glutewise.core.exercise.MovementPattern, Integer> hardest = new java.util.EnumMap<>(
        io.glutewise.core.exercise.MovementPattern.class);
    week.sessions().stream().flatMap(s -> s.main().stream()).map(p -> CATALOG.get(p.exerciseId()))
        .forEach(e -> hardest.merge(e.pattern(), e.difficulty(), Math::max));
    return hardest;
  }

  private static double weightRank(Week week) {
    return week.sessions().stream().flatMap(s -> s.main().stream()).mapToDouble(p -> p.dose().load().kilogramsOrZero()).sum();
  }

  @Test
  void noPlannedExerciseIsHarderThanTheLevelClimbsTo() {
    theory().forAll(profiles(), options()).check((profile, options) -> TrainingModelProperties.plan(profile, options)
        .map(program -> program.sessions().stream().flatMap(s -> s.main().stream())
            .allMatch(p -> CATALOG.get(p.exerciseId()).difficulty() <= PlanningRules.maxDifficulty(profile.level())))
        .orElse(true));
  }
}
