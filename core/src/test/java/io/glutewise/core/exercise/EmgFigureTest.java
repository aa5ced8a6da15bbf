package io.glutewise.core.exercise;

import static io.glutewise.core.generators.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmgFigureTest {

  @Test
  void aSingleValueIsItsOwnRange() {
    EmgFigure figure = EmgFigure.of(38.1, EmgMeasure.MEAN, "Distefano 2009");
    assertThat(figure.high()).isEqualTo(38.1);
    assertThat(figure.isRange()).isFalse();
    assertThat(figure).hasToString("38.1% MVIC (mean; Distefano 2009)");
  }

  @Test
  void aRangeSaysItsBoundsAndCondition() {
    EmgFigure figure =
        EmgFigure.builder()
            .low(70)
            .high(87)
            .measure(EmgMeasure.PEAK)
            .condition("upper fibres")
            .source("Review 2020")
            .build();
    assertThat(figure.isRange()).isTrue();
    assertThat(figure).hasToString("70-87% MVIC (peak, upper fibres; Review 2020)");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.1, 300.5, Double.NaN})
  void aFigureOutsideZeroToThreeHundredIsRejected(double value) {
    assertRejected(() -> EmgFigure.of(value, EmgMeasure.MEAN, "a study"),
            "low", String.valueOf(value))
        .hasMessageContaining("between 0.0 and 300.0");
  }

  @Test
  void aTopOutsideTheRangeIsRejected() {
    assertRejected(() -> EmgFigure.range(10, 301, EmgMeasure.PEAK, "a study"), "high", "301.0");
  }

  @Test
  void aBottomAboveTheTopIsRejected() {
    assertRejected(() -> EmgFigure.range(50, 40, EmgMeasure.PEAK, "a study"), "low", "50.0")
        .hasMessageContaining("must not exceed high 40.0");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void aBlankSourceIsRejected(String source) {
    assertRejected(() -> EmgFigure.of(40, EmgMeasure.MEAN, source), "source", "\"" + source + "\"")
        .hasMessageContaining("must not be blank");
  }
}
