package io.glutewise.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.glutewise.catalog.Catalog;
import io.glutewise.catalog.guidance.RoutineTemplate;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.dose.LoadKind;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.MovementPattern;
import io.glutewise.core.program.PeriodizationModel;
import io.glutewise.core.program.Phase;
import io.glutewise.core.program.PhaseKind;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.Week;
import io.glutewise.core.trainee.Limitation;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.stats.ProgramStatistics;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Example plans from the standard catalog: the seeds' beginner routine, and a 12-week, 3-day plan. */
class PlannerTest {
  private static final Planner PLANNER = Planner.standard();
  private static final Catalog CATALOG = PLANNER.catalog();
  private static final PlanOptions TWELVE_WEEKS = PlanOptions.startingOn(Fixtures.MONDAY);

  private static Program defaultBeginner() {
    return PLANNER.plan(TraineeProfile.defaults(), TWELVE_WEEKS).program().orElseThrow();
  }

  private static Exercise exercise(Prescription p) {
    return CATALOG.get(p.exerciseId());
  }

  /** Week 1 of a default beginner has the seed routine's shape and doses. */
  @Test
  void aDefaultBeginnersFirstWeekResemblesTheSeedsBeginnerRoutine() {
    RoutineTemplate seed = CATALOG.template("seed-beginner-routine").orElseThrow();
    for (Session session : defaultBeginner().weeks().get(0).sessions()) {
      assertThat(ids(session.warmUp())).containsExactlyElementsOf(ids(seed.warmUp()));
      assertThat(ids(session.coolDown())).containsExactlyElementsOf(ids(seed.coolDown()));
      Exercise opener = exercise(session.main().get(0));
      assertThat(opener.pattern()).isEqualTo(MovementPattern.BRIDGE);
      assertThat(opener.isPrimary(Muscle.GLUTEUS_MAXIMUS)).isTrue();
      assertThat(session.main()).anySatisfy(p -> assertThat(exercise(p).pattern()).isEqualTo(MovementPattern.ABDUCTION));
      Set<MovementPattern> seedPatterns = seed.main().stream().map(Prescription::exerciseId).map(CATALOG::get)
          .map(Exercise::pattern).collect(Collectors.toSet());
      Set<MovementPattern> patterns = session.main().stream().map(PlannerTest::exercise).map(Exercise::pattern)
          .collect(Collectors.toSet());
      assertThat(patterns).containsAnyElementsOf(seedPatterns);
      // activation keeps few movements (the model's 4-6 weekly sets), each at the seeds' 2-3 sets
      assertThat(patterns.stream().filter(seedPatterns::contains).count()).isGreaterThanOrEqualTo(2);
      for (Prescription p : session.main()) {
        assertThat(p.dose().sets()).isBetween(2, 3);
        assertThat(p.dose().load().kind()).isEqualTo(LoadKind.BODYWEIGHT);
        if (!p.dose().isTimed()) {
          assertThat(p.dose().target().min()).isGreaterThanOrEqualTo(8);
          assertThat(p.dose().target().max()).isLessThanOrEqualTo(15);
        }
        if (exercise(p).pattern() == MovementPattern.BRIDGE) {
          assertThat(p.dose().pauseAtTopSeconds()).isBetween(1, 3);
        }
      }
      assertThat(session.estimatedMinutes()).isLessThanOrEqualTo(30);
    }
  }

  private static List<String> ids(List<Prescription> prescriptions) {
    return prescriptions.stream().map(Prescription::exerciseId).toList();
  }

  @Test
  void aTwelveWeekThreeDayPlanHasItsPhasesDeloadsDaysAndMinutes() {
    Program program = defaultBeginner();
    assertThat(program.phases()).extracting(Phase::kind).containsExactly(
        PhaseKind.ACTIVATION, PhaseKind.STRENGTH_ENDURANCE, PhaseKind.STRENGTH, PhaseKind.CONSOLIDATION);
    assertThat(program.phases()).extracting(p -> p.weeks().size()).containsExactly(2, 4, 4, 2);
    assertThat(program.phases()).allSatisfy(p -> assertThat(p.aim()).isNotBlank());
    assertThat(program.weeks()).hasSize(12);
    assertThat(program.weeks().stream().filter(Week::deload).map(Week::number)).containsExactly(6, 10);
    for (Week week : program.weeks()) {
      assertThat(week.sessions()).extracting(Session::dayOfWeek)
          .containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
      assertThat(week.sessions()).allSatisfy(s -> assertThat(s.estimatedMinutes()).isBetween(5, 30));
    }
    assertThat(program.session("w01-s1").orElseThrow().date()).isEqualTo(Fixtures.MONDAY);
    assertThat(program.session("w12-s3").orElseThrow().date()).isEqualTo(Fixtures.MONDAY.plusWeeks(11).plusDays(4));
    assertThat(program.builtFrom().catalogVersion()).isEqualTo(CATALOG.version());
    assertThat(program.builtFrom().profile()).isEqualTo(TraineeProfile.defaults());

    var sets = ProgramStatistics.of(program, CATALOG).weeklySets();
    assertThat(sets.get(6)).isLessThan(sets.get(5)).isLessThan(sets.get(7));
    assertThat(sets.get(10)).isLessThan(sets.get(9)).isLessThan(sets.get(11));
    assertThat(sets.get(4)).isGreaterThan(sets.get(3));
  }

  @Test
  void planningIsDeterministic() {
    assertThat(defaultBeginner()).isEqualTo(defaultBeginner());
  }

  @Test
  void fourDaysAlternateHipExtensionAndAbductionSessions() {
    Program program = PLANNER.plan(TraineeProfile.builder().daysPerWeek(4).build(), TWELVE_WEEKS).program().orElseThrow();
    Week first = program.weeks().get(0);
    assertThat(first.sessions()).extracting(Session::dayOfWeek)
        .containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    assertThat(exercise(first.sessions().get(0).main().get(0)).isPrimary(Muscle.GLUTEUS_MAXIMUS)).isTrue();
    assertThat(exercise(first.sessions().get(1).main().get(0)).isPrimary(Muscle.GLUTEUS_MEDIUS)).isTrue();
    assertThat(PlanProperties.sameMuscleSpacingHolds(program)).isTrue();
  }

  @Test
  void undulatingSessionsAlternateHigherAndLowerRepetitions() {
    PlanOptions undulating = PlanOptions.builder().from(TWELVE_WEEKS).model(PeriodizationModel.UNDULATING).build();
    // activation learns the movements at one dose; the days take turns from strength-endurance on
    Week first = PLANNER.plan(TraineeProfile.defaults(), undulating).program().orElseThrow().weeks().get(2);
    Prescription heavy = first.sessions().get(0).main().get(0);
    Prescription light = first.sessions().get(1).main().get(0);
    assertThat(light.dose().target().min()).isGreaterThan(heavy.dose().target().min());
    assertThat(heavy.dose().pauseAtTopSeconds()).isGreaterThan(light.dose().pauseAtTopSeconds());
  }

  @Test
  void aLevelCapsTheStartAndEquipmentOpensHarderVariants() {
    TraineeProfile equipped = TraineeProfile.builder()
        .level(io.glutewise.core.trainee.ExperienceLevel.ADVANCED)
        .equipment(Set.of(Equipment.values())).build();
    Program program = PLANNER.plan(equipped, TWELVE_WEEKS).program().orElseThrow();
    assertThat(program.sessions()).allSatisfy(s -> assertThat(s.all())
        .allSatisfy(p -> assertThat(exercise(p).difficulty()).isLessThanOrEqualTo(PlanningRules.maxDifficulty(
            io.glutewise.core.trainee.ExperienceLevel.ADVANCED))));
    assertThat(program.weeks().get(0).sessions().stream().flatMap(s -> s.main().stream()).map(PlannerTest::exercise))
        .anySatisfy(e -> assertThat(e.difficulty()).isGreaterThanOrEqualTo(3));
  }

  @Test
  void theClinicianNoticeComesFromTheCatalogOrAFallback() {
    assertThat(PLANNER.clinicianNotice()).isEqualTo(CATALOG.guidance().orElseThrow().clinicianNotice());
    assertThat(Fixtures.planner().clinicianNotice()).contains("numbness").contains("bladder");
  }
}
