package io.glutewise.planner.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.LowerBackLoad;
import io.glutewise.core.program.PeriodizationModel;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.trainee.Limitation;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.Planner;
import io.glutewise.planner.adapt.Walk.Step;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Found by AdaptSequenceProperties#noPrescriptionLoadsTheLowerBackMoreThanThePainNowAllows: a
 * pregnant beginner with shoulder pain and a limit of 7 comes to a session sore (7/10); the next
 * 10-minute session's only movement is the romanian deadlift (a moderate back load) and nothing of its
 * family suits her. It used to stay; now a gentle stand-in within the low back load a pain of 7
 * allows keeps the session going, and says why.
 */
class BackLoadStandInExampleTest {
  private static final Planner PLANNER = Planner.standard();

  @Test
  void theOnlyMovementOfASessionNeverLoadsTheBackMoreThanThePainAllows() {
    TraineeProfile profile = TraineeProfile.builder().level(ExperienceLevel.BEGINNER).equipment(Set.of(Equipment.MAT))
        .daysPerWeek(4).minutesPerSession(10).currentPain(0).painLimit(7)
        .limitations(Set.of(Limitation.SHOULDER_PAIN, Limitation.PREGNANCY)).build();
    PlanOptions options = PlanOptions.builder().weeks(4).model(PeriodizationModel.LINEAR)
        .startDate(LocalDate.of(2000, 1, 1)).seed(-869995007).deloadEvery(3).build();
    Walk walk = Walk.of(PLANNER, PLANNER.plan(profile, options).program().orElseThrow(),
        List.of(Step.GOOD, Step.GOOD, Step.GOOD, Step.SORE_BEFORE));
    List<AdaptedSession> next = walk.last().sessions();
    assertThat(next).isNotEmpty().allSatisfy(session -> assertThat(session.session().main()).isNotEmpty()
        .allSatisfy(p -> assertThat(PLANNER.catalog().get(p.exerciseId()).lowerBackLoad())
            .isLessThanOrEqualTo(LowerBackLoad.LOW)));
    assertThat(next.stream().flatMap(s -> s.session().main().stream()).map(Prescription::exerciseId))
        .doesNotContain("romanian-deadlift");
  }
}
