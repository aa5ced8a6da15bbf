package io.glutewise.core.anatomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The anatomy the seeds describe: three separate glutes and the actions each one serves. */
class MuscleTest {

  @Test
  void theThreeGlutesAreKeptApart() {
    assertThat(Arrays.stream(Muscle.values()).filter(Muscle::isGlute))
        .containsExactly(Muscle.GLUTEUS_MAXIMUS, Muscle.GLUTEUS_MEDIUS, Muscle.GLUTEUS_MINIMUS);
    assertThat(Arrays.stream(Muscle.values()).filter(m -> m.group() == MuscleGroup.GLUTES))
        .hasSize(3);
    assertThat(Muscle.GLUTEUS_MAXIMUS.id()).isEqualTo("gluteus-maximus");
    assertThat(Muscle.GLUTEUS_MEDIUS.id()).isEqualTo("gluteus-medius");
    assertThat(Muscle.GLUTEUS_MINIMUS.id()).isEqualTo("gluteus-minimus");
  }

  @Test
  void gluteusMaximusServesHipExtension() {
    assertThat(Muscle.GLUTEUS_MAXIMUS.actions())
        .contains(JointAction.HIP_EXTENSION, JointAction.HIP_EXTERNAL_ROTATION);
  }

  @Test
  void gluteusMediusAndMinimusServeAbductionAndPelvicStability() {
    for (Muscle muscle : new Muscle[] {Muscle.GLUTEUS_MEDIUS, Muscle.GLUTEUS_MINIMUS}) {
      assertThat(muscle.actions())
          .as(muscle.displayName())
          .contains(JointAction.HIP_ABDUCTION, JointAction.PELVIC_STABILISATION);
    }
  }

  @Test
  void theTensorFasciaeLataeAbductsTooWhichIsWhyItCanTakeOver() {
    assertThat(Muscle.TENSOR_FASCIAE_LATAE.actions()).contains(JointAction.HIP_ABDUCTION);
    assertThat(Muscle.TENSOR_FASCIAE_LATAE.isGlute()).isFalse();
  }

  @Test
  void theHamstringsHelpWithHipExtension() {
    assertThat(Muscle.HAMSTRINGS.actions()).contains(JointAction.HIP_EXTENSION);
    assertThat(Muscle.HAMSTRINGS.isGlute()).isFalse();
  }

  @Test
  void everyMuscleHasANameAGroupAndAtLeastOneAction() {
    for (Muscle muscle : Muscle.values()) {
      assertThat(muscle.displayName()).as(muscle.id()).isNotBlank();
      assertThat(muscle.group()).as(muscle.id()).isNotNull();
      assertThat(muscle.actions()).as(muscle.id()).isNotEmpty();
    }
  }

  @Test
  void theBackAndCoreMusclesStabiliseTheLowerBack() {
    assertThat(Muscle.ERECTOR_SPINAE.actions()).contains(JointAction.LUMBAR_STABILISATION);
    assertThat(Muscle.DEEP_ABDOMINALS.actions()).contains(JointAction.LUMBAR_STABILISATION);
  }
}
