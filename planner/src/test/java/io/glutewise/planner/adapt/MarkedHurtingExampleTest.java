package io.glutewise.planner.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.Planner;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Found in the page test: a beginner with a mat and a band marks glute bridge as hurting in the first
 * session. Nothing of the bridge family is both suitable and no harder, so the slot takes an exercise
 * of another family for the same primary muscles; and an exercise that hurts is never told to aim
 * for more.
 */
class MarkedHurtingExampleTest {
  private static final Planner PLANNER = Planner.standard();

  @Test
  void aGluteBridgeMarkedAsHurtingIsReplacedAndNeverToldToAimForMore() {
    TraineeProfile profile = TraineeProfile.builder().equipment(Set.of(Equipment.MAT, Equipment.BAND)).build();
    History history = new History(PLANNER, PLANNER.plan(profile, PlanOptions.startingOn(LocalDate.of(2025, 1, 6)))
        .program().orElseThrow());
    history.follow(1, (s, i) -> {
      SessionLog.Builder log = SessionLog.builder().sessionId(s.id()).date(s.date()).painBefore(2).painNextMorning(2);
      for (Prescription p : s.main()) {
        ExerciseLog done = History.done(p, 2, History.Amount.BOTTOM);
        log.addExercises(p.exerciseId().equals("glute-bridge") ? ExerciseLog.builder().from(done).hurting(true).build()
            : done);
      }
      return log.build();
    });
    assertThat(history.given.get(0).session().main()).extracting(Prescription::exerciseId).contains("glute-bridge");
    AdaptedSession next = history.next().sessions().get(0);
    Change slot = next.changes().get(0);
    assertThat(next.session().main()).extracting(Prescription::exerciseId).doesNotContain("glute-bridge");
    assertThat(slot.kind()).isEqualTo(ChangeKind.REPLACED);
    assertThat(slot.reason()).contains("marked glute bridge as hurting").doesNotContain("aim for");
  }
}
