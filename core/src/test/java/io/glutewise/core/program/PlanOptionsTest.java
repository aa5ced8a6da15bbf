package io.glutewise.core.program;

import static io.glutewise.core.generators.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanOptionsTest {
  private static final LocalDate START = LocalDate.of(2025, 3, 3);

  @Test
  void theDefaultsAreTwelveLinearWeeksWithADeloadEveryFourth() {
    PlanOptions options = PlanOptions.startingOn(START);
    assertThat(options.weeks()).isEqualTo(12);
    assertThat(options.model()).isEqualTo(PeriodizationModel.LINEAR);
    assertThat(options.startDate()).isEqualTo(START);
    assertThat(options.seed()).isZero();
    assertThat(options.deloadEvery()).isEqualTo(4);
  }

  @ParameterizedTest
  @ValueSource(ints = {3, 27, 0})
  void aLengthOutsideFourToTwentySixWeeksIsRejected(int weeks) {
    assertRejected(
            () -> PlanOptions.builder().startDate(START).weeks(weeks).build(),
            "weeks",
            String.valueOf(weeks))
        .hasMessageContaining("between 4 and 26");
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 9})
  void aDeloadCadenceOutsideThreeToEightIsRejected(int every) {
    assertRejected(
        () -> PlanOptions.builder().startDate(START).deloadEvery(every).build(),
        "deloadEvery",
        String.valueOf(every));
  }
}
