package io.glutewise.planner.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.trainee.TraineeProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The weights a trainee can load: their own, sorted and each once, or the typical sets. */
class LoadStepsTest {
  private static final Catalog CATALOG = Catalog.standard();

  private static Exercise loadedWith(Equipment equipment) {
    return CATALOG.exercises().stream()
        .filter(e -> e.equipment().contains(equipment))
        .filter(e -> equipment == Equipment.BARBELL || !e.equipment().contains(Equipment.BARBELL))
        .filter(e -> equipment != Equipment.DUMBBELL || !e.equipment().contains(Equipment.KETTLEBELL))
        .findFirst().orElseThrow();
  }

  @Test
  void ownWeightsAreSortedAndEachStepIsKeptOnce() {
    TraineeProfile profile = TraineeProfile.builder().from(TraineeProfile.defaults())
        .dumbbellsKg(List.of(12.5, 5.0, 8.0, 5.0, 2.5)).kettlebellsKg(List.of(16.0, 8.0, 16.0)).build();
    assertThat(LoadSteps.forExercise(loadedWith(Equipment.DUMBBELL), profile).orElseThrow().weights())
        .containsExactly(2.5, 5.0, 8.0, 12.5);
    assertThat(LoadSteps.forExercise(loadedWith(Equipment.KETTLEBELL), profile).orElseThrow().weights())
        .containsExactly(8.0, 16.0);
  }

  @Test
  void withoutOwnWeightsTheTypicalSetsAndTheBarbellPlatesApply() {
    TraineeProfile profile = TraineeProfile.defaults();
    assertThat(LoadSteps.forExercise(loadedWith(Equipment.DUMBBELL), profile).orElseThrow().weights())
        .isEqualTo(LoadSteps.TYPICAL_DUMBBELLS);
    assertThat(LoadSteps.forExercise(loadedWith(Equipment.KETTLEBELL), profile).orElseThrow().weights())
        .isEqualTo(LoadSteps.TYPICAL_KETTLEBELLS);
    List<Double> bar = LoadSteps.forExercise(loadedWith(Equipment.BARBELL), profile).orElseThrow().weights();
    assertThat(bar).startsWith(20.0, 22.5, 25.0).endsWith(197.5, 200.0).hasSize(73);
  }

  @Test
  void anExerciseWithNoWeightHasNoSteps() {
    Exercise bodyweight = CATALOG.get("glute-bridge");
    assertThat(bodyweight.equipment()).doesNotContain(Equipment.DUMBBELL, Equipment.KETTLEBELL, Equipment.BARBELL);
    assertThat(LoadSteps.forExercise(bodyweight, TraineeProfile.defaults())).isEmpty();
  }
}
