package io.glutewise.core.exercise;

import static io.glutewise.core.generators.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProgressionCriterionTest {

  @Test
  void theDefaultsArePainAtMostThreeOnTwoSessionsInARow() {
    ProgressionCriterion criterion = ProgressionCriterion.ofRepetitions(3, 12);
    assertThat(criterion.maxPain()).isEqualTo(3);
    assertThat(criterion.consecutiveSessions()).isEqualTo(2);
    assertThat(criterion.target()).isEqualTo(12);
    assertThat(criterion).hasToString("3 x 12 with pain at most 3/10 on 2 sessions in a row");
    assertThat(ProgressionCriterion.ofSeconds(2, 30))
        .hasToString("2 x 30 s with pain at most 3/10 on 2 sessions in a row");
  }

  @Test
  void bothOrNeitherOfRepetitionsAndSecondsAreRejected() {
    assertRejected(
        () -> ProgressionCriterion.builder().sets(3).repetitions(12).seconds(30).build(),
        "repetitions",
        "12");
    assertRejected(
        () -> ProgressionCriterion.builder().sets(3).build(), "repetitions", "absent");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 11})
  void setsOutsideOneToTenAreRejected(int sets) {
    assertRejected(
        () -> ProgressionCriterion.ofRepetitions(sets, 12), "sets", String.valueOf(sets));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 11})
  void aPainCeilingOffTheScaleIsRejected(int pain) {
    assertRejected(
        () -> ProgressionCriterion.builder().sets(3).repetitions(12).maxPain(pain).build(),
        "maxPain",
        String.valueOf(pain));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6})
  void sessionsInARowOutsideOneToFiveAreRejected(int sessions) {
    assertRejected(
        () ->
            ProgressionCriterion.builder()
                .sets(3)
                .repetitions(12)
                .consecutiveSessions(sessions)
                .build(),
        "consecutiveSessions",
        String.valueOf(sessions));
  }

  @Test
  void targetsOutsideTheirRangesAreRejected() {
    assertRejected(() -> ProgressionCriterion.ofRepetitions(3, 0), "repetitions", "0");
    assertRejected(() -> ProgressionCriterion.ofRepetitions(3, 101), "repetitions", "101");
    assertRejected(() -> ProgressionCriterion.ofSeconds(3, 3601), "seconds", "3601");
  }
}
