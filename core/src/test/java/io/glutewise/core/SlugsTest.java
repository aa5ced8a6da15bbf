package io.glutewise.core;

import static io.glutewise.core.generators.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.anatomy.JointAction;
import io.glutewise.core.anatomy.Muscle;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "glute-bridge", "single-leg-glute-bridge", "w03", "90-90-stretch"})
  void lowerCaseWordsJoinedBySingleHyphensAreSlugs(String text) {
    assertThat(Slugs.isSlug(text)).isTrue();
    assertThat(Slugs.require("id", text)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "Glute-Bridge", "glute bridge", "glute_bridge", "-bridge", "bridge-", "a--b",
        "gesäß", " bridge"})
  void otherTextsAreNotSlugs(String text) {
    assertThat(Slugs.isSlug(text)).isFalse();
    assertRejected(() -> Slugs.require("exerciseId", text), "exerciseId", "\"" + text + "\"")
        .hasMessageContaining("must be a slug of lower-case words joined by hyphens");
  }

  @Test
  void nullIsNoSlug() {
    assertThat(Slugs.isSlug(null)).isFalse();
  }

  @Test
  void anEnumConstantsSlugIsItsNameInLowerCaseWithHyphens() {
    assertThat(Slugs.of(Muscle.GLUTEUS_MAXIMUS)).isEqualTo("gluteus-maximus");
    assertThat(Slugs.of(JointAction.HIP_EXTERNAL_ROTATION)).isEqualTo("hip-external-rotation");
  }

  @Test
  void anIndexFindsEveryConstantByItsIdAndRejectsOthersWithTheKnownIdsInOrder() {
    Map<String, JointAction> index = Slugs.index(JointAction.class, JointAction::id);
    assertThat(index).hasSize(JointAction.values().length);
    assertThat(Slugs.parse(index, "joint action", "hip-abduction"))
        .isEqualTo(JointAction.HIP_ABDUCTION);
    assertRejected(() -> Slugs.parse(index, "joint action", "hip-twist"), "joint action",
            "\"hip-twist\"")
        .hasMessageContaining(
            "must be one of [ankle-plantar-flexion, hip-abduction, hip-adduction, hip-extension,");
  }

  @Test
  void aMissingIdIsUnknownRatherThanAnError() {
    Map<String, JointAction> index = Slugs.index(JointAction.class, JointAction::id);
    assertRejected(() -> Slugs.parse(index, "joint action", null), "joint action", "null");
  }
}
