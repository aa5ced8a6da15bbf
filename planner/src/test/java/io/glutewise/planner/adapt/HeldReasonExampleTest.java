package io.glutewise.planner.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.PeriodizationModel;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Program;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.Planner;
import io.glutewise.planner.generators.PlannerGenerators.Outcome;
import io.glutewise.planner.generators.SessionLogs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The reason beside a prescription never states another dose than the prescription's. */
class HeldReasonExampleTest {
  private static final Planner PLANNER = Planner.standard();

  /**
   * A hold in activation names no dose: the week's plan can move the range on (10-15 to 12-15), and
   * a reason saying "keep it at 2 x 10-15" beside a line that says 2 x 12-15 read as a contradiction.
   */
  @Test
  void aHoldInActivationDoesNotContradictTheWeeksDose() {
    // the default plan: two activation weeks; every set over the top in week 1 holds in week 2
    TraineeProfile profile = TraineeProfile.defaults();
    Program program = PLANNER.plan(profile, PlanOptions.builder().startDate(LocalDate.of(2027, 1, 4)).seed(0).build())
        .program().orElseThrow();
    List<SessionLog> logs = new ArrayList<>();
    Adaptation next = PLANNER.next(program, logs);
    while (next.sessions().get(0).session().week() == 1) {
      logs.add(SessionLogs.log(next.sessions().get(0).session(), Outcome.OVER, profile));
      next = PLANNER.next(program, logs);
    }

    AdaptedSession week2 = next.sessions().get(0);
    assertThat(program.phaseOf(2).kind()).isEqualTo(io.glutewise.core.program.PhaseKind.ACTIVATION);
    assertThat(week2.changes()).anySatisfy(change -> assertThat(change.kind()).isEqualTo(ChangeKind.HELD));
    // a hold names no dose (no "2 x 10-15" beside a prescription of 2 x 12-15)
    week2.changes().stream().filter(change -> change.kind() == ChangeKind.HELD).forEach(change ->
        assertThat(change.reason()).contains("stays as it is").doesNotContainPattern("\\d+ x \\d+"));
  }

  /**
   * A load step earned back after a pain step down, in the first week of a new phase: the step names
   * the old phase's range, so the reason goes on to say what it is with this week's plan.
   */
  @Test
  void aStepIntoANewWeeksRangeSaysWhatItIsThisWeek() {
    TraineeProfile profile = TraineeProfile.builder().level(ExperienceLevel.ADVANCED)
        .equipment(Set.of(Equipment.MAT, Equipment.BENCH, Equipment.DUMBBELL, Equipment.BARBELL))
        .daysPerWeek(3).minutesPerSession(10).currentPain(0).painLimit(3).build();
    PlanOptions options = PlanOptions.builder().weeks(4).model(PeriodizationModel.LINEAR)
        .startDate(LocalDate.of(2000, 1, 1)).seed(2127650259728809L).deloadEvery(3).build();
    Program program = PLANNER.plan(profile, options).program().orElseThrow();
    List<SessionLog> logs = new ArrayList<>();
    Adaptation next = PLANNER.next(program, logs);
    for (Outcome outcome : List.of(Outcome.PAINFUL, Outcome.GOOD, Outcome.GOOD)) {
      logs.add(SessionLogs.log(next.sessions().get(0).session(), outcome, profile));
      next = PLANNER.next(program, logs);
    }

    AdaptedSession week2 = next.sessions().get(0);
    var change = week2.changes().get(0);
    var dose = week2.session().main().get(0).dose();
    assertThat(change.kind()).isEqualTo(ChangeKind.PROGRESSED);
    assertThat(change.reason()).contains("load up to 10 kg")
        .endsWith("with this week's plan that is " + io.glutewise.core.dose.DoseWords.of(dose));
    // fire hydrant was held in activation ("harder variants come with the next phase"); this is it
    var abduction = week2.changes().get(1);
    assertThat(abduction.exerciseId()).isEqualTo("fire-hydrant");
    assertThat(abduction.kind()).isEqualTo(ChangeKind.UNCHANGED);
    assertThat(abduction.reason()).contains("as planned for the strength endurance phase")
        .doesNotContain("activation");
  }
}
