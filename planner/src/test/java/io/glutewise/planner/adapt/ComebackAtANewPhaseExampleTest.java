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

/**
 * The case AdaptProperties found in CI: two good weeks, then four weeks missed across a new phase.
 * The week back has the new phase's exercises (the plan went on) at the comeback's fewer sets, and
 * says which exercise follows which, rather than claiming the exercises stayed the same.
 */
class ComebackAtANewPhaseExampleTest {
  private static final Planner PLANNER = Planner.standard();

  @Test
  void theWeekBackAfterABreakAcrossANewPhaseHasItsExercisesAtFewerSetsAndSaysSo() {
    TraineeProfile profile = TraineeProfile.builder().level(ExperienceLevel.BEGINNER).equipment(Set.of(Equipment.MAT))
        .daysPerWeek(1).minutesPerSession(10).currentPain(0).painLimit(3).build();
    PlanOptions options = PlanOptions.builder().weeks(7).model(PeriodizationModel.LINEAR)
        .startDate(LocalDate.of(2000, 1, 1)).seed(-6545790333L).deloadEvery(3).build();
    Program program = PLANNER.plan(profile, options).program().orElseThrow();
    List<SessionLog> logs = new ArrayList<>();
    Adaptation next = PLANNER.next(program, logs);
    for (Outcome outcome : List.of(Outcome.GOOD, Outcome.GOOD, Outcome.MISSED, Outcome.MISSED, Outcome.MISSED)) {
      logs.add(SessionLogs.log(next.sessions().get(0).session(), outcome, profile));
      next = PLANNER.next(program, logs);
    }

    AdaptedSession back = next.sessions().get(0);
    assertThat(back.session().week()).isEqualTo(6);
    assertThat(next.messages()).anySatisfy(m -> assertThat(m).contains("carries on where it was")
        .doesNotContain("stay the same"));
    var planned = program.session(back.session().id()).orElseThrow();
    back.changes().forEach(change -> {
      assertThat(change.kind()).isEqualTo(ChangeKind.REGRESSED);
      assertThat(change.rule()).contains("comeback");
    });
    // fewer sets than planned in every main slot
    for (int i = 0; i < back.session().main().size(); i++) {
      var adapted = back.session().main().get(i);
      var plannedSlot = planned.main().stream().filter(p -> p.slot().equals(adapted.slot())).findFirst().orElseThrow();
      assertThat(adapted.dose().sets()).isLessThan(plannedSlot.dose().sets());
    }
    // the abduction slot moved on with the plan (side-lying hip abduction was never done): it says so
    assertThat(back.changes()).anySatisfy(change -> {
      assertThat(change.exerciseId()).isEqualTo("fire-hydrant");
      assertThat(change.reason()).contains("fire hydrant follows side-lying hip abduction");
    });
  }
}
