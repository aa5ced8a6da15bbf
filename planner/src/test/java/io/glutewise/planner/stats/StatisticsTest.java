package io.glutewise.planner.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.dose.TargetRange;
import io.glutewise.core.program.BuiltFrom;
import io.glutewise.core.program.Phase;
import io.glutewise.core.program.PhaseKind;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.Week;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.Fixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatisticsTest {
  private static final Catalog CATALOG = Fixtures.catalog();

  @Test
  void aSetOfRepetitionsTakesThreeSecondsEachPlusThePauseAndTheRestRunsBetweenSets() {
    Dose bridge = Dose.builder().sets(3).repetitions(TargetRange.of(8, 12)).pauseAtTopSeconds(2).restSeconds(60).build();
    assertThat(SessionDuration.doseSeconds(bridge)).isEqualTo(3 * 12 * 5 + 2 * 60);
    Dose perSide = Dose.builder().sets(2).repetitions(TargetRange.of(10, 10)).perSide(true).restSeconds(30).build();
    assertThat(SessionDuration.doseSeconds(perSide)).isEqualTo(2 * 10 * 3 * 2 + 30);
    Dose hold = Dose.builder().sets(3).seconds(TargetRange.of(20, 30)).restSeconds(30).build();
    assertThat(SessionDuration.doseSeconds(hold)).isEqualTo(3 * 30 + 2 * 30);
  }

  @Test
  void everyExerciseCostsAChangeoverAndEquipmentTakesLongerToSetUp() {
    assertThat(SessionDuration.setupSeconds(CATALOG.get("glute-bridge"))).isEqualTo(15);
    assertThat(SessionDuration.setupSeconds(CATALOG.get("dumbbell-hip-thrust"))).isEqualTo(25);
    assertThat(SessionDuration.setupSeconds(CATALOG.get("barbell-hip-thrust"))).isEqualTo(60);
  }

  private static Program tiny() {
    Session session = Session.builder().week(1).index(1).date(Fixtures.MONDAY).estimatedMinutes(0)
        .addMain(Prescription.of("glute-bridge", Dose.builder().sets(3).repetitions(TargetRange.of(8, 12)).pauseAtTopSeconds(2).build()))
        .addMain(Prescription.of("clamshell", Dose.builder().sets(2).repetitions(TargetRange.of(12, 15)).perSide(true).build()))
        .addCoolDown(Prescription.of("figure-four-stretch", Dose.builder().sets(1).seconds(TargetRange.of(30, 30)).perSide(true).restSeconds(0).build()))
        .build();
    return Program.builder()
        .builtFrom(BuiltFrom.of(TraineeProfile.defaults(), PlanOptions.startingOn(Fixtures.MONDAY), CATALOG.version()))
        .addPhases(Phase.builder().kind(PhaseKind.ACTIVATION).aim("test").addWeeks(
            Week.builder().number(1).addSessions(session).build()).build())
        .build();
  }

  @Test
  void sessionMinutesAreTheSecondsOfEveryPartRoundedUp() {
    Session session = tiny().sessions().get(0);
    int seconds = (15 + 3 * 12 * 5 + 2 * 60) + (15 + 2 * 15 * 3 * 2 + 60) + (15 + 30 * 2);
    assertThat(SessionDuration.estimateMinutes(session, CATALOG)).isEqualTo((seconds + 59) / 60);
  }

  @Test
  void weeklySetsCountPrimaryMoversOnceAndSecondaryMusclesHalfInTheMainBlockOnly() {
    ProgramStatistics stats = ProgramStatistics.of(tiny(), CATALOG);
    assertThat(stats.weeklySets()).containsExactly(Map.entry(1, 5));
    Map<Muscle, Double> week = stats.weeklySetsPerMuscle().get(1);
    assertThat(week).containsEntry(Muscle.GLUTEUS_MAXIMUS, 3 + 0.5 * 2)
        .containsEntry(Muscle.GLUTEUS_MEDIUS, 0.5 * 3 + 2)
        .containsEntry(Muscle.GLUTEUS_MINIMUS, 2.0)
        .containsEntry(Muscle.HAMSTRINGS, 1.5)
        .doesNotContainKey(Muscle.TENSOR_FASCIAE_LATAE)
        .doesNotContainKey(Muscle.DEEP_ABDOMINALS);
    assertThat(stats.weeklySets(Muscle.CALVES)).containsExactly(Map.entry(1, 0.0));
    assertThat(stats.estimatedMinutesBySession()).containsExactly(
        Map.entry("w01-s1", SessionDuration.estimateMinutes(tiny().sessions().get(0), CATALOG)));
  }
}
