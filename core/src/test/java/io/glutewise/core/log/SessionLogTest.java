package io.glutewise.core.log;

import static io.glutewise.core.generators.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.dose.Load;
import io.glutewise.core.dose.PerformedSet;
import java.time.LocalDate;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exercise and session logs: pain on the 0-10 scale, session ids, missed sessions. */
class SessionLogTest {
  private static final LocalDate DAY = LocalDate.of(2025, 3, 5);

  private static ExerciseLog bridge(int pain) {
    return ExerciseLog.builder()
        .exerciseId("glute-bridge")
        .addSets(PerformedSet.ofRepetitions(12, Load.bodyweight()))
        .painDuring(pain)
        .build();
  }

  private static SessionLog.Builder completed() {
    SessionLog.Builder log = SessionLog.builder();
    log.sessionId("w01-s2").date(DAY);
    return log;
  }

  @Test
  void aSessionIsCompletedUnlessSaidOtherwise() {
    SessionLog log = completed().addExercises(bridge(2)).build();
    assertThat(log.status()).isEqualTo(SessionStatus.COMPLETED);
    assertThat(log.exercise("glute-bridge")).contains(bridge(2));
    assertThat(log.exercise("clamshell")).isEmpty();
  }

  @Test
  void painDuringIsTheHighestOfAnyExercise() {
    SessionLog log =
        completed()
            .addExercises(bridge(2), ExerciseLog.builder().exerciseId("clamshell").painDuring(4)
                .build())
            .build();
    assertThat(log.painDuring()).isEqualTo(4);
    assertThat(completed().build().painDuring()).isZero();
  }

  @Test
  void aMissedSessionHasNoExercises() {
    SessionLog missed = SessionLog.missed("w02-s1", DAY);
    assertThat(missed.status()).isEqualTo(SessionStatus.MISSED);
    assertThat(missed.exercises()).isEmpty();
    assertRejected(
            () -> completed().status(SessionStatus.MISSED).addExercises(bridge(0)).build(),
            "exercises",
            "1 entry")
        .hasMessageContaining("must be empty for a missed session");
  }

  @ParameterizedTest
  @ValueSource(strings = {"w3-s2", "W03-S2", "week3", "w03-s10", "w03s2", "", "w003-s1"})
  void aSessionIdOfAnotherShapeIsRejected(String id) {
    assertRejected(() -> completed().sessionId(id).build(), "sessionId", "\"" + id + "\"")
        .hasMessageContaining("must look like w03-s2");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 11})
  void painBeforeOffTheScaleIsRejected(int pain) {
    assertRejected(() -> completed().painBefore(pain).build(), "painBefore", String.valueOf(pain))
        .hasMessageContaining("between 0 and 10");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 11})
  void painNextMorningOffTheScaleIsRejected(int pain) {
    assertRejected(
        () -> completed().painNextMorning(pain).build(), "painNextMorning", String.valueOf(pain));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 11})
  void painDuringAnExerciseOffTheScaleIsRejected(int pain) {
    assertRejected(() -> bridge(pain), "painDuring", String.valueOf(pain));
  }

  @Test
  void anExerciseLogNamesItsExerciseBySlug() {
    assertRejected(
        () -> ExerciseLog.builder().exerciseId("Glute Bridge").build(),
        "exerciseId",
        "\"Glute Bridge\"");
  }

  @Test
  void anExerciseLogHoldsAtMostTwentySets() {
    PerformedSet set = PerformedSet.ofRepetitions(10, Load.bodyweight());
    assertThat(
            ExerciseLog.builder().exerciseId("clamshell")
                .sets(Collections.nCopies(20, set)).build().sets())
        .hasSize(20);
    assertRejected(
        () -> ExerciseLog.builder().exerciseId("clamshell").sets(Collections.nCopies(21, set))
            .build(),
        "sets",
        "21 sets");
  }
}
