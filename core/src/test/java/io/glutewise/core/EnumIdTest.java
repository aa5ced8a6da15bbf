package io.glutewise.core;

import static io.glutewise.core.generators.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.dose.LoadKind;
import io.glutewise.core.generators.VocabularyEnum;
import io.glutewise.core.trainee.RedFlag;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** An unknown id never passes silently: it is rejected with the list of ids that would do. */
class EnumIdTest {

  static List<VocabularyEnum<?>> vocabulary() {
    return VocabularyEnum.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabulary")
  void anUnknownIdIsRejectedWithEveryKnownId(VocabularyEnum<?> vocabulary) {
    var rejection =
        assertRejected(() -> vocabulary.fromId("no-such-id"), vocabulary.what(), "\"no-such-id\"")
            .hasMessageContaining("must be one of [");
    for (String id : vocabulary.ids()) {
      rejection.hasMessageContaining(id);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabulary")
  void theJavaNameIsNoId(VocabularyEnum<?> vocabulary) {
    Enum<?> first = vocabulary.type().getEnumConstants()[0];
    if (!vocabulary.ids().contains(first.name())) {
      assertRejected(() -> vocabulary.fromId(first.name()), vocabulary.what(),
          "\"" + first.name() + "\"");
    }
  }

  @Test
  void everyCoreEnumIsListed() {
    assertThat(VocabularyEnum.all()).hasSize(21);
  }

  @Test
  void redFlagsAreTheFourteenScreeningQuestions() {
    assertThat(VocabularyEnum.all().stream().filter(v -> v.type() == RedFlag.class).findFirst()
            .orElseThrow().ids())
        .containsExactly(
            "bladder-bowel", "saddle-numbness", "leg-numbness", "weakness", "fever",
            "weight-loss", "cancer-history", "trauma", "worsening", "severe-limitation",
            "night-pain", "age-onset", "steroids-osteoporosis", "immunosuppression");
    assertThat(RedFlag.SADDLE_NUMBNESS.plainWords()).isNotBlank();
  }

  @Test
  void loadKindsUseUnitsAsIds() {
    assertThat(LoadKind.fromId("kg")).isEqualTo(LoadKind.KILOGRAMS);
    assertThat(LoadKind.fromId("lb")).isEqualTo(LoadKind.POUNDS);
  }
}
