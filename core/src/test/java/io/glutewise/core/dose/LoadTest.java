package io.glutewise.core.dose;

import static io.glutewise.core.generators.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LoadTest {

  @Test
  void bodyweightTakesNoAmount() {
    assertRejected(
            () -> ImmutableLoad.builder().kind(LoadKind.BODYWEIGHT).amount(20.0).build(),
            "amount",
            "20.0")
        .hasMessageContaining("must be left out for a load of kind bodyweight");
  }

  @Test
  void bodyweightTakesNoBand() {
    assertRejected(
        () -> ImmutableLoad.builder().kind(LoadKind.BODYWEIGHT).band(BandStrength.LIGHT).build(),
        "band",
        "light");
  }

  @Test
  void aBandNeedsAStrength() {
    assertRejected(() -> ImmutableLoad.builder().kind(LoadKind.BAND).build(), "band", "absent")
        .hasMessageContaining("required");
  }

  @Test
  void aBandTakesNoAmount() {
    assertRejected(
        () ->
            ImmutableLoad.builder()
                .kind(LoadKind.BAND)
                .band(BandStrength.HEAVY)
                .amount(5.0)
                .build(),
        "amount",
        "5.0");
  }

  @Test
  void aWeightNeedsAnAmount() {
    assertRejected(() -> ImmutableLoad.builder().kind(LoadKind.KILOGRAMS).build(),
            "amount", "absent")
        .hasMessageContaining("required for a load of kind kg");
    assertRejected(() -> ImmutableLoad.builder().kind(LoadKind.POUNDS).build(),
        "amount", "absent");
  }

  @Test
  void aWeightTakesNoBand() {
    assertRejected(
        () ->
            ImmutableLoad.builder()
                .kind(LoadKind.KILOGRAMS)
                .amount(10.0)
                .band(BandStrength.LIGHT)
                .build(),
        "band",
        "light");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-5, 0, 0.05, 500.5, Double.NaN, Double.POSITIVE_INFINITY})
  void kilogramsOutsideTheirRangeAreRejected(double amount) {
    assertRejected(() -> Load.kilograms(amount), "amount", String.valueOf(amount))
        .hasMessageContaining("between 0.1 and 500.0");
  }

  @Test
  void poundsMayWeighMoreThanKilograms() {
    assertThat(Load.pounds(1100).amount()).contains(1100.0);
    assertRejected(() -> Load.pounds(1100.5), "amount", "1100.5");
  }

  @ParameterizedTest
  @CsvSource({
    "bodyweight, bodyweight",
    "BW, bodyweight",
    "' 20KG ', 20kg",
    "12.5kg, 12.5kg",
    "45lb, 45lb",
    "band:light, band:light",
    "BAND:EXTRA-HEAVY, band:extra-heavy"
  })
  void parseReadsTheUsualSpellings(String text, String written) {
    assertThat(Load.parse(text)).hasToString(written);
  }

  @Test
  void parseReadsBackWhatToStringWrites() {
    for (Load load :
        new Load[] {
          Load.bodyweight(), Load.band(BandStrength.MEDIUM), Load.kilograms(20),
          Load.kilograms(2.5), Load.pounds(0.1), Load.pounds(1100)
        }) {
      assertThat(Load.parse(load.toString())).isEqualTo(load);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"heavy", "", "kg", "twentykg", "20 stone"})
  void parseRejectsTextThatIsNoLoad(String text) {
    assertRejected(() -> Load.parse(text), "load", "\"" + text + "\"")
        .hasMessageContaining("bodyweight, band:<strength>, <n>kg or <n>lb");
  }

  @Test
  void parseRejectsAnUnknownBandWithTheKnownStrengths() {
    assertRejected(() -> Load.parse("band:purple"), "band strength", "\"purple\"")
        .hasMessageContaining("[extra-heavy, heavy, light, medium]");
  }

  @Test
  void parseRejectsAWeightOutsideItsRange() {
    assertRejected(() -> Load.parse("-5kg"), "amount", "-5.0");
  }

  @Test
  void ranksOrderBodyweightBandsAndWeights() {
    assertThat(Load.band(BandStrength.LIGHT).atLeast(Load.bodyweight())).isTrue();
    assertThat(Load.bodyweight().atLeast(Load.band(BandStrength.LIGHT))).isFalse();
    assertThat(Load.band(BandStrength.HEAVY).atLeast(Load.band(BandStrength.MEDIUM))).isTrue();
    assertThat(Load.kilograms(0.5).atLeast(Load.band(BandStrength.EXTRA_HEAVY))).isTrue();
    assertThat(Load.pounds(22.0462).atLeast(Load.kilograms(10))).isTrue();
    assertThat(Load.kilograms(10).atLeast(Load.pounds(22.0462))).isTrue();
    assertThat(Load.pounds(22).atLeast(Load.kilograms(10))).isFalse();
  }
}
