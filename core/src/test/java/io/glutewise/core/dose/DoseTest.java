package io.glutewise.core.dose;

import static io.glutewise.core.generators.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DoseTest {

  @Test
  void aRepetitionDoseHasTheSeedsDefaults() {
    Dose dose = Dose.ofRepetitions(3, 8, 12);
    assertThat(dose.sets()).isEqualTo(3);
    assertThat(dose.target()).isEqualTo(TargetRange.of(8, 12));
    assertThat(dose.isTimed()).isFalse();
    assertThat(dose.perSide()).isFalse();
    assertThat(dose.restSeconds()).isEqualTo(60);
    assertThat(dose.pauseAtTopSeconds()).isZero();
    assertThat(dose.load()).isEqualTo(Load.bodyweight());
    assertThat(dose.repsInReserve()).isEmpty();
    assertThat(dose).hasToString("3 x 8-12");
  }

  @Test
  void aTimedDoseSaysSecondsSideAndLoad() {
    Dose dose =
        Dose.builder()
            .sets(2)
            .seconds(TargetRange.of(20, 30))
            .perSide(true)
            .load(Load.band(BandStrength.LIGHT))
            .build();
    assertThat(dose.isTimed()).isTrue();
    assertThat(dose.target()).isEqualTo(TargetRange.of(20, 30));
    assertThat(dose).hasToString("2 x 20-30 s per side @ band:light");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, -100})
  void zeroOrNegativeSetsAreRejected(int sets) {
    assertRejected(() -> Dose.ofRepetitions(sets, 8, 12), "sets", String.valueOf(sets))
        .hasMessageContaining("between 1 and 10");
  }

  @ParameterizedTest
  @ValueSource(ints = {11, 12, 1000})
  void moreThanTenSetsAreRejected(int sets) {
    assertRejected(() -> Dose.ofSeconds(sets, 20, 30), "sets", String.valueOf(sets));
  }

  @Test
  void bothRepetitionsAndSecondsAreRejected() {
    assertRejected(
            () ->
                Dose.builder()
                    .sets(3)
                    .repetitions(TargetRange.of(8, 12))
                    .seconds(TargetRange.of(20, 30))
                    .build(),
            "repetitions",
            "8-12")
        .hasMessageContaining("exactly one");
  }

  @Test
  void neitherRepetitionsNorSecondsIsRejected() {
    assertRejected(() -> Dose.builder().sets(3).build(), "repetitions", "absent")
        .hasMessageContaining("and seconds: exactly one must be given");
  }

  @Test
  void restPauseEffortAndRepetitionsOutsideTheirRangesAreRejected() {
    Dose.Builder base = new Dose.Builder();
    base.sets(3).repetitions(TargetRange.of(8, 12));
    assertRejected(() -> Dose.builder().from(base.build()).restSeconds(-1).build(),
        "restSeconds", "-1");
    assertRejected(() -> Dose.builder().from(base.build()).restSeconds(601).build(),
        "restSeconds", "601");
    assertRejected(() -> Dose.builder().from(base.build()).pauseAtTopSeconds(11).build(),
        "pauseAtTopSeconds", "11");
    assertRejected(() -> Dose.builder().from(base.build()).repsInReserve(11).build(),
        "repsInReserve", "11");
    assertRejected(() -> Dose.ofRepetitions(3, 8, 101), "repetitions.max", "101");
  }
}
