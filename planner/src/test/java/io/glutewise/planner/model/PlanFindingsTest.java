package io.glutewise.planner.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.program.PeriodizationModel;
import io.glutewise.core.program.PhaseKind;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.Week;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.trainee.Goal;
import io.glutewise.core.trainee.Limitation;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.core.trainee.WeakGluteSign;
import io.glutewise.planner.Planner;
import io.glutewise.planner.stats.PlanSummary;
import io.glutewise.planner.stats.SessionDuration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each finding of the clinical read in issue 8, fixed and pinned (`--start 2027-01-04 --seed 0`). */
class PlanFindingsTest {
  private static final Planner PLANNER = Planner.standard();
  private static final Catalog CATALOG = PLANNER.catalog();
  private static final PlanOptions OPTIONS = PlanOptions.startingOn(LocalDate.of(2027, 1, 4));

  private static Program plan(TraineeProfile profile) {
    return plan(profile, OPTIONS);
  }

  private static Program plan(TraineeProfile profile, PlanOptions options) {
    return PLANNER.plan(profile, options).program().orElseThrow();
  }

  private static TraineeProfile.Builder profile() {
    return TraineeProfile.builder();
  }

  private static Set<String> ids(Program program) {
    return program.sessions().stream().flatMap(s -> s.main().stream()).map(Prescription::exerciseId)
        .collect(Collectors.toSet());
  }

  private static double sets(Week week, GluteGroup group) {
    return PlanSummary.hardSets(week, group, CATALOG);
  }

  @Test
  void theDefaultPlansVolumeFollowsItsPhases() {
    Program program = plan(TraineeProfile.defaults());
    for (GluteGroup group : GluteGroup.values()) {
      double activation = maxOf(program, PhaseKind.ACTIVATION, group);
      double endurance = minOf(program, PhaseKind.STRENGTH_ENDURANCE, group);
      double strength = minOf(program, PhaseKind.STRENGTH, group);
      double consolidation = maxOf(program, PhaseKind.CONSOLIDATION, group);
      assertThat(endurance).as(group.label()).isGreaterThanOrEqualTo(activation);
      assertThat(consolidation).as(group.label()).isLessThan(strength);
    }
  }

  private static double maxOf(Program program, PhaseKind kind, GluteGroup group) {
    return weeks(program, kind).stream().mapToDouble(w -> sets(w, group)).max().orElseThrow();
  }

  private static double minOf(Program program, PhaseKind kind, GluteGroup group) {
    return weeks(program, kind).stream().mapToDouble(w -> sets(w, group)).min().orElseThrow();
  }

  private static List<Week> weeks(Program program, PhaseKind kind) {
    return program.phases().stream().filter(p -> p.kind() == kind).flatMap(p -> p.weeks().stream())
        .filter(w -> !w.deload()).toList();
  }

  @Test
  void aBeginnerOnAMatClimbsMoreThanOnceAndDoesMoreWorkLater() {
    Program program = plan(TraineeProfile.defaults());
    Set<String> first = exercisesOf(program.weeks().get(0));
    Set<String> strengthEnd = exercisesOf(program.weeks().get(8));
    assertThat(first).contains("glute-bridge");
    assertThat(strengthEnd).contains("single-leg-glute-bridge").doesNotContain("glute-bridge");
    long changes = PlanSummary.of(program, CATALOG).stream().mapToLong(w -> w.variantChanges().size()).sum();
    assertThat(changes).isGreaterThanOrEqualTo(4);
    assertThat(sets(program.weeks().get(8), GluteGroup.MAXIMUS)).isGreaterThan(sets(program.weeks().get(0), GluteGroup.MAXIMUS));
  }

  private static Set<String> exercisesOf(Week week) {
    return week.sessions().stream().flatMap(s -> s.main().stream()).map(Prescription::exerciseId)
        .collect(Collectors.toSet());
  }

  @Test
  void anIntermediateWithDumbbellsAndABenchLoadsTheHipThrustAndItsWeightRises() {
    Program program = plan(profile().level(ExperienceLevel.INTERMEDIATE).daysPerWeek(4)
        .equipment(EnumSet.of(Equipment.MAT, Equipment.DUMBBELL, Equipment.BENCH)).build());
    assertThat(ids(program)).contains("dumbbell-hip-thrust");
    List<Double> loads = program.weeks().stream().filter(w -> !w.deload())
        .map(w -> w.sessions().stream().flatMap(s -> s.main().stream())
            .filter(p -> p.exerciseId().equals("dumbbell-hip-thrust"))
            .mapToDouble(p -> p.dose().load().kilogramsOrZero()).max().orElse(0))
        .filter(kg -> kg > 0).toList();
    assertThat(loads.get(loads.size() - 1)).isGreaterThan(loads.get(0));
    assertThat(LoadSteps.TYPICAL_DUMBBELLS).containsAll(loads);
  }

  @Test
  void theTraineesOwnDumbbellsSetThePlannedWeights() {
    Program program = plan(profile().level(ExperienceLevel.INTERMEDIATE).dumbbellsKg(List.of(3.0, 7.0, 11.0, 15.0))
        .equipment(EnumSet.of(Equipment.MAT, Equipment.DUMBBELL, Equipment.BENCH)).build());
    assertThat(program.sessions().stream().flatMap(s -> s.main().stream())
        .filter(p -> p.dose().load().isWeight()).map(p -> p.dose().load().kilogramsOrZero()))
        .isNotEmpty().allSatisfy(kg -> assertThat(List.of(3.0, 7.0, 11.0, 15.0)).contains(kg));
  }

  @Test
  void anAdvancedTraineeWithABarbellAndLowPainReachesTheBarbellHipThrustAndTheDeadlift() {
    Program program = plan(profile().level(ExperienceLevel.ADVANCED).daysPerWeek(5).minutesPerSession(60)
        .equipment(EnumSet.of(Equipment.MAT, Equipment.BARBELL, Equipment.BENCH)).currentPain(1).build());
    assertThat(ids(program)).contains("barbell-hip-thrust", "deadlift");
    // from strength-endurance on, straight after activation
    int firstBarbellWeek = program.weeks().stream().filter(w -> exercisesOf(w).contains("barbell-hip-thrust"))
        .mapToInt(Week::number).min().orElseThrow();
    assertThat(program.phaseOf(firstBarbellWeek).kind()).isEqualTo(PhaseKind.STRENGTH_ENDURANCE);
  }

  @Test
  void differentSeedsVaryTheExercises() {
    Set<Set<String>> choices = new HashSet<>();
    for (long seed = 0; seed < 8; seed++) {
      choices.add(ids(plan(profile().level(ExperienceLevel.INTERMEDIATE)
          .equipment(EnumSet.of(Equipment.MAT, Equipment.BAND)).build(),
          PlanOptions.builder().from(OPTIONS).seed(seed).build())));
    }
    assertThat(choices).hasSizeGreaterThan(1);
  }

  @Test
  void undulatingWeeksHaveHeavyAndLightDaysThatDifferInRepetitionsAndSets() {
    Program program = plan(profile().level(ExperienceLevel.INTERMEDIATE)
        .equipment(EnumSet.of(Equipment.MAT, Equipment.DUMBBELL, Equipment.BENCH)).build(),
        PlanOptions.builder().from(OPTIONS).model(PeriodizationModel.UNDULATING).build());
    Week week = weeks(program, PhaseKind.STRENGTH).get(0);
    Prescription heavy = week.sessions().get(0).main().get(0);
    Prescription light = week.sessions().get(1).main().get(0);
    assertThat(heavy.exerciseId()).isEqualTo(light.exerciseId());
    assertThat(heavy.dose().target().max()).isLessThan(light.dose().target().max());
    assertThat(heavy.dose().load().kilogramsOrZero()).isGreaterThan(light.dose().load().kilogramsOrZero());
    int heavySets = week.sessions().get(0).main().stream().mapToInt(p -> p.dose().sets()).max().orElseThrow();
    int lightSets = week.sessions().get(1).main().stream().mapToInt(p -> p.dose().sets()).max().orElseThrow();
    assertThat(lightSets).isLessThanOrEqualTo(heavySets);
  }

  @Test
  void blocksHaveDistinctFlatTargets() {
    Program program = plan(profile().level(ExperienceLevel.ADVANCED).minutesPerSession(60).goals(Set.of(Goal.STRENGTH))
        .equipment(EnumSet.of(Equipment.MAT, Equipment.BARBELL, Equipment.BENCH)).build(),
        PlanOptions.builder().from(OPTIONS).model(PeriodizationModel.BLOCK).build());
    List<Week> accumulation = weeks(program, PhaseKind.STRENGTH_ENDURANCE);
    List<Week> intensification = weeks(program, PhaseKind.STRENGTH);
    List<Week> realization = weeks(program, PhaseKind.CONSOLIDATION);
    assertThat(accumulation).extracting(w -> sets(w, GluteGroup.MAXIMUS)).containsOnly(sets(accumulation.get(0), GluteGroup.MAXIMUS));
    assertThat(sets(intensification.get(0), GluteGroup.MAXIMUS)).isLessThan(sets(accumulation.get(0), GluteGroup.MAXIMUS));
    assertThat(sets(realization.get(0), GluteGroup.MAXIMUS)).isLessThan(sets(intensification.get(0), GluteGroup.MAXIMUS));
    assertThat(program.phases().get(1).aim()).startsWith("Accumulation block.");
  }

  @Test
  void inputsThatUsedToChangeNothingNowCount() {
    Program base = plan(TraineeProfile.defaults());
    Program posture = plan(profile().goals(Set.of(Goal.POSTURE)).build());
    assertThat(posture.dailyRoutine()).isNotEmpty();
    Program sitting = plan(profile().sittingHoursPerDay(12).build());
    int seconds = sitting.dailyRoutine().stream().mapToInt(p -> SessionDuration.estimateSeconds(p, CATALOG)).sum();
    assertThat(seconds).isBetween(180, 300);
    Program painFree = plan(profile().goals(Set.of(Goal.STRENGTH)).build());
    Program pain = plan(profile().goals(Set.of(Goal.STRENGTH)).currentPain(5).build());
    assertThat(pain.phases()).isNotEqualTo(painFree.phases());
    Program someSigns = plan(profile().weakGluteSigns(EnumSet.of(WeakGluteSign.GLUTES_NOT_FELT,
        WeakGluteSign.QUADS_TAKE_OVER, WeakGluteSign.POOR_POSTURE)).build());
    assertThat(someSigns.phases().get(0).weeks().size()).isGreaterThan(base.phases().get(0).weeks().size());
    Program osteoporosis = plan(profile().limitations(Set.of(Limitation.OSTEOPOROSIS)).build());
    assertThat(osteoporosis.notes()).anyMatch(n -> n.startsWith("Osteoporosis"));
    Program kettlebell = plan(profile().level(ExperienceLevel.INTERMEDIATE)
        .equipment(EnumSet.of(Equipment.MAT, Equipment.KETTLEBELL)).build());
    assertThat(ids(kettlebell)).anyMatch(id -> CATALOG.get(id).equipment().contains(Equipment.KETTLEBELL));
  }

  @Test
  void tenMinutePlansKeepTwoMovementsInEverySession() {
    // full sessions (1-3 days); alternating short sessions of 4-6 days may keep one, with a note
    for (int days = 1; days <= 3; days++) {
      Program program = plan(profile().minutesPerSession(10).daysPerWeek(days).build());
      assertThat(program.sessions()).allSatisfy(s -> assertThat(s.main()).as(s.id()).hasSizeGreaterThanOrEqualTo(2));
    }
  }

  @Test
  void oneDayASixDayBeginnerAndPainOfSevenCarryANote() {
    assertThat(plan(profile().daysPerWeek(1).build()).notes()).anyMatch(n -> n.startsWith("One day a week"));
    assertThat(plan(profile().daysPerWeek(6).build()).notes()).anyMatch(n -> n.startsWith("Six days a week"));
    assertThat(plan(profile().currentPain(7).build()).notes()).anyMatch(n -> n.startsWith("Your pain now is 7/10"));
  }

  @Test
  void sessionsTakeEachBodyPositionOnceAfterTheOpener() {
    Program program = plan(profile().level(ExperienceLevel.INTERMEDIATE).minutesPerSession(45).build());
    for (Session session : program.sessions()) {
      List<Prescription> rest = session.main().subList(1, session.main().size());
      long positions = rest.stream().map(p -> CATALOG.get(p.exerciseId()).position()).distinct().count();
      int changes = 0;
      for (int i = 1; i < rest.size(); i++) {
        if (CATALOG.get(rest.get(i).exerciseId()).position() != CATALOG.get(rest.get(i - 1).exerciseId()).position()) {
          changes++;
        }
      }
      assertThat(changes).as(session.id()).isEqualTo((int) Math.max(0, positions - 1));
    }
  }
}
