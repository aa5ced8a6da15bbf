package io.glutewise.planner.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.program.PeriodizationModel;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.Planner;
import io.glutewise.planner.adapt.Walk.Step;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Found by AdaptSequenceProperties#aSubstituteKeepsTheSlotThePrimaryMusclesAndAtMostTheBackLoad: a
 * new phase plans fire hydrant right after a session that hurt, so the pain gate keeps side-lying
 * hip abduction one more session. When fire hydrant then comes in, that is the new phase's exercise
 * taking over as planned, not a "back-load" return (fire hydrant loads the back more, and the back
 * load was never why).
 */
class NewPhaseAfterPainExampleTest {
  private static final Planner PLANNER = Planner.standard();

  @Test
  void theNewPhasesExerciseTakesOverAfterThePainGateNotAsABackLoadReturn() {
    TraineeProfile profile = TraineeProfile.builder().level(ExperienceLevel.BEGINNER).equipment(Set.of(Equipment.MAT))
        .daysPerWeek(1).minutesPerSession(10).currentPain(0).painLimit(3).build();
    PlanOptions options = PlanOptions.builder().weeks(6).model(PeriodizationModel.LINEAR)
        .startDate(LocalDate.of(2000, 1, 1)).seed(2730083).deloadEvery(3).build();
    Walk walk = Walk.of(PLANNER, PLANNER.plan(profile, options).program().orElseThrow(),
        List.of(Step.GOOD, Step.GOOD, Step.GOOD, Step.PAINFUL, Step.GOOD));
    Change held = walk.answers.get(4).sessions().get(0).change("side-lying-hip-abduction").orElseThrow();
    assertThat(held.kind()).isEqualTo(ChangeKind.HELD);
    assertThat(held.plannedExerciseId()).contains("fire-hydrant");
    Change fireHydrant = walk.last().sessions().get(0).change("fire-hydrant").orElseThrow();
    assertThat(fireHydrant.kind()).isEqualTo(ChangeKind.UNCHANGED);
    assertThat(fireHydrant.rule()).contains("carry-over");
    assertThat(fireHydrant.previousExerciseId()).contains("side-lying-hip-abduction");
    assertThat(fireHydrant.reason()).contains("takes over from side-lying hip abduction").doesNotContain("lower-back load");
  }
}
