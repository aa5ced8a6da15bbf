package io.glutewise.core.dose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words people read for a dose and a load. */
class DoseWordsTest {
  @Test
  void aDoseReadsAsSetsRangeSidePauseLoadRestAndEffort() {
    Dose dose = Dose.builder().sets(3).repetitions(TargetRange.of(10, 12)).perSide(true).pauseAtTopSeconds(2)
        .load(Load.band(BandStrength.LIGHT)).restSeconds(60).repsInReserve(2).build();

    assertThat(DoseWords.of(dose))
        .isEqualTo("3 x 10-12 reps each side, 2 s hold each rep, light band, rest 60 s, 2 reps in reserve");
  }

  @Test
  void aPauseIsAHoldInEachRepetitionNotAPlaceSinceNotEveryExerciseHasATop() {
    // a bird dog or a band press holds at full reach; each exercise's steps say where to hold
    Dose press = Dose.builder().sets(2).repetitions(TargetRange.of(8, 10)).pauseAtTopSeconds(2).restSeconds(45).build();

    assertThat(DoseWords.of(press)).isEqualTo("2 x 8-10 reps, 2 s hold each rep, rest 45 s").doesNotContain("top");
  }

  @Test
  void aTimedDoseWithNoPauseOrRestSaysOnlyWhatIsDone() {
    Dose hold = Dose.builder().sets(1).seconds(TargetRange.of(20, 30)).restSeconds(0).build();

    assertThat(DoseWords.of(hold)).isEqualTo("1 x 20-30 s");
  }

  @Test
  void loadsReadAsPeopleSayThem() {
    assertThat(DoseWords.of(Load.bodyweight())).isEqualTo("bodyweight");
    assertThat(DoseWords.of(Load.band(BandStrength.LIGHT))).isEqualTo("light band");
    assertThat(DoseWords.of(Load.kilograms(12.5))).isEqualTo("12.5 kg");
    assertThat(DoseWords.number(20.0)).isEqualTo("20");
  }

  @Test
  void aNumberHasNoTrailingZerosAndNoExponent() {
    assertThat(DoseWords.number(8.5)).isEqualTo("8.5");
    assertThat(DoseWords.number(2.25)).isEqualTo("2.25");
    assertThat(DoseWords.number(-1.5)).isEqualTo("-1.5");
    assertThat(DoseWords.number(0.0005)).isEqualTo("0.0005");
    assertThat(DoseWords.number(12345678.5)).isEqualTo("12345678.5");
    assertThat(DoseWords.number(1e20)).isEqualTo("100000000000000000000");
    for (double value : new double[] {0.001, 0.1 + 0.2, 1.0 / 3, 9_999_999.25, 1e-7, 2.5e9}) {
      assertThat(DoseWords.number(value)).as("%s", value).doesNotContain("E").doesNotMatch(".*\\.\\d*0")
          .isEqualTo(new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString());
    }
  }
}
