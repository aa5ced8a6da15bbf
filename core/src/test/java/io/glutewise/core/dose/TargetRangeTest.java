package io.glutewise.core.dose;

import static io.glutewise.core.generators.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetRangeTest {

  @Test
  void aRangeKeepsItsBoundsAndPrintsThem() {
    TargetRange range = TargetRange.of(8, 12);
    assertThat(range.min()).isEqualTo(8);
    assertThat(range.max()).isEqualTo(12);
    assertThat(range).hasToString("8-12");
    assertThat(TargetRange.exactly(5)).hasToString("5").isEqualTo(TargetRange.of(5, 5));
  }

  @Test
  void theTopIsReachedAtOrAboveTheMaximum() {
    TargetRange range = TargetRange.of(8, 12);
    assertThat(range.reachesTop(11)).isFalse();
    assertThat(range.reachesTop(12)).isTrue();
    assertThat(range.reachesTop(13)).isTrue();
  }

  @Test
  void aMinimumAboveTheMaximumIsRejected() {
    assertRejected(() -> TargetRange.of(12, 8), "min", "12")
        .hasMessageContaining("must not exceed max 8");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void aMinimumBelowOneIsRejected(int min) {
    assertRejected(() -> TargetRange.of(min, 10), "min", String.valueOf(min))
        .hasMessageContaining("at least 1");
  }

  @Test
  void aMaximumAboveAnHourIsRejected() {
    assertRejected(() -> TargetRange.of(10, 3601), "max", "3601");
  }
}
