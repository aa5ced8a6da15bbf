package io.glutewise.core.trainee;

import static io.glutewise.core.generators.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.json.GlutewiseJson;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraineeProfileTest {

  @Test
  void theDefaultsAreABeginnerWithAMatThreeTimesAWeekForHalfAnHour() {
    TraineeProfile profile = TraineeProfile.defaults();
    assertThat(profile.level()).isEqualTo(ExperienceLevel.BEGINNER);
    assertThat(profile.equipment()).containsExactly(Equipment.MAT);
    assertThat(profile.daysPerWeek()).isEqualTo(3);
    assertThat(profile.minutesPerSession()).isEqualTo(30);
    assertThat(profile.currentPain()).isZero();
    assertThat(profile.painLimit()).isEqualTo(5);
    assertThat(profile.goals()).containsExactly(Goal.PAIN_RELIEF);
    assertThat(profile.limitations()).isEmpty();
    assertThat(profile.sittingHoursPerDay()).isEmpty();
    assertThat(profile.redFlags()).isEmpty();
    assertThat(profile.weakGluteSigns()).isEmpty();
  }

  @Test
  void anEmptyJsonObjectIsTheDefaultProfile() {
    assertThat(GlutewiseJson.read("{}", TraineeProfile.class, "profile.json"))
        .isEqualTo(TraineeProfile.defaults());
  }

  @Test
  void nothingIsAlwaysAtHand() {
    TraineeProfile bare = TraineeProfile.builder().equipment(Set.of()).build();
    assertThat(bare.has(Equipment.NONE)).isTrue();
    assertThat(bare.has(Equipment.MAT)).isFalse();
    assertThat(TraineeProfile.defaults().has(Equipment.MAT)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 7, -1})
  void daysPerWeekOutsideOneToSixAreRejected(int days) {
    assertRejected(
            () -> TraineeProfile.builder().daysPerWeek(days).build(),
            "daysPerWeek",
            String.valueOf(days))
        .hasMessageContaining("between 1 and 6");
  }

  @ParameterizedTest
  @ValueSource(ints = {5, 9, 121})
  void minutesOutsideTenToOneHundredTwentyAreRejected(int minutes) {
    assertRejected(
            () -> TraineeProfile.builder().minutesPerSession(minutes).build(),
            "minutesPerSession",
            String.valueOf(minutes))
        .hasMessageContaining("between 10 and 120");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 11, 100})
  void currentPainOffTheScaleIsRejected(int pain) {
    assertRejected(
            () -> TraineeProfile.builder().currentPain(pain).build(),
            "currentPain",
            String.valueOf(pain))
        .hasMessageContaining("between 0 and 10");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 11})
  void aPainLimitOffTheScaleIsRejected(int pain) {
    assertRejected(
        () -> TraineeProfile.builder().painLimit(pain).build(), "painLimit", String.valueOf(pain));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 25})
  void sittingHoursOutsideADayAreRejected(int hours) {
    assertRejected(
        () -> TraineeProfile.builder().sittingHoursPerDay(hours).build(),
        "sittingHoursPerDay",
        String.valueOf(hours));
  }

  @Test
  void theScaleEndsAreAccepted() {
    TraineeProfile edges =
        TraineeProfile.builder()
            .daysPerWeek(6)
            .minutesPerSession(10)
            .currentPain(10)
            .painLimit(0)
            .sittingHoursPerDay(24)
            .build();
    assertThat(edges.daysPerWeek()).isEqualTo(6);
    assertThat(edges.currentPain()).isEqualTo(10);
  }
}
