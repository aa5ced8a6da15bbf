package io.glutewise.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.glutewise.core.dose.BandStrength;
import io.glutewise.core.dose.Load;
import io.glutewise.core.dose.PerformedSet;
import io.glutewise.core.GlutewiseException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExerciseResultTest {
  @Test
  void readsRepeatedSetsWithPain() {
    ExerciseResult result = ExerciseResult.parse("glute-bridge:3x12:pain=2");
    assertThat(result.exerciseId()).isEqualTo("glute-bridge");
    assertThat(result.sets()).containsExactly(
        PerformedSet.ofRepetitions(12, Load.bodyweight()),
        PerformedSet.ofRepetitions(12, Load.bodyweight()),
        PerformedSet.ofRepetitions(12, Load.bodyweight()));
    assertThat(result.painDuring()).contains(2);
    assertThat(result.toLog().painDuring()).isEqualTo(2);
  }

  @Test
  void readsAListOfSetsWithALoad() {
    ExerciseResult result = ExerciseResult.parse("hip-thrust:12,12,10@20kg:pain=3");
    assertThat(result.sets()).extracting(PerformedSet::amount).containsExactly(12, 12, 10);
    assertThat(result.sets()).allSatisfy(s -> assertThat(s.load()).isEqualTo(Load.kilograms(20)));
    assertThat(result.painDuring()).contains(3);
  }

  @Test
  void readsHoldsBandsAndRepsInReserve() {
    ExerciseResult plank = ExerciseResult.parse("front-plank:3x30s");
    assertThat(plank.sets()).hasSize(3).allSatisfy(s -> assertThat(s.seconds()).contains(30));
    assertThat(plank.painDuring()).isEmpty();
    assertThat(plank.toLog().painDuring()).isZero();

    ExerciseResult band = ExerciseResult.parse("banded-clamshell:15,15@band:light:rir=2:pain=1");
    assertThat(band.sets()).allSatisfy(s -> {
      assertThat(s.load()).isEqualTo(Load.band(BandStrength.LIGHT));
      assertThat(s.repsInReserve()).contains(2);
    });
    assertThat(band.painDuring()).contains(1);

    assertThat(ExerciseResult.parse("side-plank:30s,25s").sets()).extracting(PerformedSet::amount)
        .isEqualTo(List.of(30, 25));
  }

  @Test
  void readsAnExerciseDoneInsteadAndAHurtingMark() {
    ExerciseResult swapped = ExerciseResult.parse("side-plank:2x20s:instead-of=dead-bug:hurts");
    org.assertj.core.api.Assertions.assertThat(swapped.toLog().insteadOf()).contains("dead-bug");
    org.assertj.core.api.Assertions.assertThat(swapped.toLog().hurting()).isTrue();
    org.assertj.core.api.Assertions.assertThat(ExerciseResult.parse("banded-clamshell:3x15@band:light:pain=2").toLog().hurting())
        .isFalse();
  }

  @Test
  void rejectsWhatDoesNotReadWithTheExpectedShape() {
    assertThatThrownBy(() -> ExerciseResult.parse("glute-bridge"))
        .isInstanceOf(ExerciseResult.FormatException.class)
        .hasMessage("'glute-bridge' must look like " + ExerciseResult.SHAPE);
    assertThatThrownBy(() -> ExerciseResult.parse("glute-bridge:3xx2")).hasMessageContaining("must give the sets as 3x12");
    assertThatThrownBy(() -> ExerciseResult.parse("glute-bridge:3x12:pain=11")).hasMessageContaining("pain between 0 and 10, not 11");
    assertThatThrownBy(() -> ExerciseResult.parse("glute-bridge:3x12:effort=3")).hasMessageContaining(":pain=N, :rir=N, :instead-of=ID and :hurts only");
    assertThatThrownBy(() -> ExerciseResult.parse("side-plank:2x20s:instead-of=side-plank"))
        .hasMessageContaining("needs :instead-of=ID naming the prescribed exercise");
    assertThatThrownBy(() -> ExerciseResult.parse("glute-bridge:12,30s")).hasMessageContaining("all in seconds");
    assertThatThrownBy(() -> ExerciseResult.parse("glute-bridge:0x12")).hasMessageContaining("sets between 1 and 20");
    assertThatThrownBy(() -> ExerciseResult.parse("glute-bridge:3x12@20kgs")).isInstanceOf(GlutewiseException.class)
        .hasMessageContaining("load must be bodyweight");
  }
}
