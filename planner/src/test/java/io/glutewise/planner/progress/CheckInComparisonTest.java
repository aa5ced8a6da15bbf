package io.glutewise.planner.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.glutewise.core.InvalidValueException;
import io.glutewise.core.outcome.ActivityRating;
import io.glutewise.core.outcome.CheckIn;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckInComparisonTest {
  private static CheckIn checkIn(int pain, int... ratings) {
    CheckIn.Builder builder = CheckIn.builder().date(LocalDate.of(2025, 6, 9)).pain(pain);
    String[] names = {"sitting through a film", "tying shoes", "carrying shopping"};
    for (int i = 0; i < ratings.length; i++) {
      builder.addActivities(ActivityRating.of(names[i], ratings[i]));
    }
    return builder.build();
  }

  @Test
  void theFunctionalScaleIsTheMeanOfTheRatings() {
    assertThat(checkIn(5, 4, 6, 8).functionalScore()).hasValue(6.0);
    assertThat(checkIn(5).functionalScore()).isEmpty();
  }

  @Test
  void twoPointsOnTheFunctionalScaleMatterAndLessDoesNot() {
    CheckIn baseline = checkIn(6, 4, 5);
    assertThat(CheckInComparison.of(baseline, checkIn(6, 6, 7)).functionImprovedMeaningfully()).isTrue();
    CheckInComparison small = CheckInComparison.of(baseline, checkIn(6, 5, 7));
    assertThat(small.functionalChange()).hasValue(1.5);
    assertThat(small.functionImprovedMeaningfully()).isFalse();
    assertThat(CheckInComparison.of(baseline, checkIn(6, 2, 3)).functionWorsenedMeaningfully()).isTrue();
  }

  @Test
  void painUsesItsOwnMinimalImportantChange() {
    CheckInComparison c = CheckInComparison.of(checkIn(6), checkIn(4));
    assertThat(c.pain().importantImprovement()).isTrue();
    assertThat(c.functionalChange()).isEmpty();
    assertThat(CheckInComparison.of(checkIn(6), checkIn(5)).pain().importantImprovement()).isFalse();
  }

  @Test
  void atMostThreeActivitiesEachNamedOnce() {
    assertThatThrownBy(() -> CheckIn.builder().date(LocalDate.of(2025, 6, 9)).pain(3)
        .activities(List.of(ActivityRating.of("a", 1), ActivityRating.of("b", 1), ActivityRating.of("c", 1),
            ActivityRating.of("d", 1))).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("at most 3");
    assertThatThrownBy(() -> CheckIn.builder().date(LocalDate.of(2025, 6, 9)).pain(3)
        .activities(List.of(ActivityRating.of("Tying shoes", 1), ActivityRating.of("tying shoes", 2))).build())
        .hasMessageContaining("once");
    assertThatThrownBy(() -> ActivityRating.of("walking", 11)).isInstanceOf(InvalidValueException.class);
  }
}
