package io.glutewise.core.dose;

import static io.glutewise.core.generators.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PerformedSetTest {

  @Test
  void aSetKnowsWhatWasCounted() {
    PerformedSet counted = PerformedSet.ofRepetitions(12, Load.bodyweight());
    PerformedSet held = PerformedSet.ofSeconds(30, Load.band(BandStrength.LIGHT));
    assertThat(counted.amount()).isEqualTo(12);
    assertThat(counted.seconds()).isEmpty();
    assertThat(held.amount()).isEqualTo(30);
    assertThat(held.repetitions()).isEmpty();
  }

  @Test
  void bothOrNeitherOfRepetitionsAndSecondsAreRejected() {
    assertRejected(
        () -> PerformedSet.builder().repetitions(10).seconds(30).build(), "repetitions", "10");
    assertRejected(() -> PerformedSet.builder().build(), "repetitions", "absent");
  }

  @Test
  void countsOutsideTheirRangesAreRejected() {
    assertRejected(() -> PerformedSet.ofRepetitions(-1, Load.bodyweight()), "repetitions", "-1");
    assertRejected(
        () -> PerformedSet.ofRepetitions(1001, Load.bodyweight()), "repetitions", "1001");
    assertRejected(() -> PerformedSet.ofSeconds(-1, Load.bodyweight()), "seconds", "-1");
    assertRejected(() -> PerformedSet.ofSeconds(7201, Load.bodyweight()), "seconds", "7201");
    assertRejected(
        () -> PerformedSet.builder().repetitions(5).repsInReserve(11).build(),
        "repsInReserve",
        "11");
  }
}
