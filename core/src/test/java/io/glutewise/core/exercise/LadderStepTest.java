package io.glutewise.core.exercise;

import static io.glutewise.core.generators.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LadderStepTest {
  private static final ProgressionCriterion THREE_BY_TWELVE =
      ProgressionCriterion.ofRepetitions(3, 12);

  @Test
  void aStepLeadsFromOneExerciseToAnother() {
    LadderStep step = LadderStep.of("glute-bridge", "bridge-march", THREE_BY_TWELVE);
    assertThat(step.from()).isEqualTo("glute-bridge");
    assertThat(step.to()).isEqualTo("bridge-march");
    assertThat(step.criterion()).isEqualTo(THREE_BY_TWELVE);
  }

  @Test
  void aStepToItselfIsRejected() {
    assertRejected(
            () -> LadderStep.of("glute-bridge", "glute-bridge", THREE_BY_TWELVE),
            "to",
            "glute-bridge")
        .hasMessageContaining("must differ from from");
  }

  @Test
  void idsThatAreNoSlugsAreRejected() {
    assertRejected(
        () -> LadderStep.of("Glute Bridge", "bridge-march", THREE_BY_TWELVE),
        "from",
        "\"Glute Bridge\"");
    assertRejected(
        () -> LadderStep.of("glute-bridge", "bridge_march", THREE_BY_TWELVE),
        "to",
        "\"bridge_march\"");
  }
}
