package io.glutewise.catalog.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.glutewise.catalog.Catalog;
import io.glutewise.catalog.Fixtures;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.ActivationRole;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.Laterality;
import io.glutewise.core.exercise.LowerBackLoad;
import io.glutewise.core.exercise.MovementPattern;
import io.glutewise.core.trainee.Limitation;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import io.glutewise.core.trainee.ExperienceLevel;
import org.junit.jupiter.api.Test;

/** Every filter of the query, on the small catalog (see small-catalog.json). */
class ExerciseQueryTest {
  private final Catalog catalog = Fixtures.small();

  private static List<String> ids(ExerciseQuery query) {
    return query.list().stream().map(Exercise::id).toList();
  }

  @Test
  void anUnfilteredQueryListsEveryExerciseInCatalogOrder() {
    assertThat(catalog.query().list()).isEqualTo(catalog.exercises());
  }

  @Test
  void pattern() {
    assertThat(ids(catalog.query().pattern(MovementPattern.BRIDGE)))
        .containsExactly("glute-bridge", "single-leg-glute-bridge", "hip-thrust", "barbell-hip-thrust");
    assertThat(ids(catalog.query().pattern(MovementPattern.LUNGE))).isEmpty();
  }

  @Test
  void muscleInAnyRole() {
    assertThat(ids(catalog.query().muscle(Muscle.GLUTEUS_MEDIUS))).containsExactly(
        "single-leg-glute-bridge", "clamshell", "banded-clamshell", "side-plank", "side-plank-hip-abduction");
    assertThat(ids(catalog.query().muscle(Muscle.ADDUCTORS))).isEmpty();
  }

  @Test
  void muscleInAGivenRole() {
    assertThat(ids(catalog.query().muscle(Muscle.GLUTEUS_MEDIUS, ActivationRole.PRIMARY)))
        .containsExactly("clamshell", "banded-clamshell", "side-plank-hip-abduction");
    assertThat(ids(catalog.query().muscle(Muscle.GLUTEUS_MAXIMUS, ActivationRole.STABILISER)))
        .containsExactly("front-plank");
  }

  @Test
  void availableWithKeepsWhatTheEquipmentAtHandAllows() {
    assertThat(ids(catalog.query().availableWith(Set.of()))).containsExactly("bodyweight-squat");
    assertThat(ids(catalog.query().availableWith(EnumSet.of(Equipment.MAT)))).containsExactly(
        "glute-bridge", "single-leg-glute-bridge", "clamshell", "side-plank", "side-plank-hip-abduction",
        "front-plank", "bodyweight-squat", "hip-flexor-stretch");
    assertThat(ids(catalog.query().availableWith(EnumSet.of(Equipment.MAT, Equipment.BAND))))
        .contains("banded-clamshell")
        .doesNotContain("hip-thrust", "barbell-hip-thrust", "deadlift");
    assertThat(ids(catalog.query().availableWith(EnumSet.of(Equipment.BENCH, Equipment.BARBELL))))
        .containsExactly("hip-thrust", "barbell-hip-thrust", "deadlift", "bodyweight-squat");
  }

  @Test
  void needingKeepsWhatUsesTheItemAndNoneMeansNothingAtAll() {
    assertThat(ids(catalog.query().needing(Equipment.BARBELL))).containsExactly("barbell-hip-thrust", "deadlift");
    assertThat(ids(catalog.query().needing(Equipment.BAND))).containsExactly("banded-clamshell");
    assertThat(ids(catalog.query().needing(Equipment.NONE))).containsExactly("bodyweight-squat");
  }

  @Test
  void difficulty() {
    assertThat(ids(catalog.query().difficulty(2)))
        .containsExactly("hip-thrust", "banded-clamshell", "side-plank", "front-plank");
    assertThat(ids(catalog.query().difficulty(5))).containsExactly("deadlift");
  }

  @Test
  void maxDifficulty() {
    assertThat(ids(catalog.query().maxDifficulty(1)))
        .containsExactly("glute-bridge", "clamshell", "bodyweight-squat", "hip-flexor-stretch");
    assertThat(catalog.query().maxDifficulty(5).list()).hasSize(12);
  }

  @Test
  void suitedToALevelShowsTheDifficultyStepsOfThatLevel() {
    assertThat(catalog.query().suitedTo(ExperienceLevel.BEGINNER).list())
        .isEqualTo(catalog.query().maxDifficulty(2).list())
        .allSatisfy(e -> assertThat(e.difficulty()).isLessThanOrEqualTo(2));
    assertThat(catalog.query().suitedTo(ExperienceLevel.INTERMEDIATE).list())
        .isEqualTo(catalog.query().maxDifficulty(4).list())
        .extracting(e -> e.id()).doesNotContain("deadlift");
    assertThat(catalog.query().suitedTo(ExperienceLevel.ADVANCED).list()).hasSize(12);
  }

  @Test
  void maxLowerBackLoad() {
    assertThat(ids(catalog.query().maxLowerBackLoad(LowerBackLoad.MINIMAL)))
        .containsExactly("clamshell", "banded-clamshell", "hip-flexor-stretch");
    assertThat(ids(catalog.query().maxLowerBackLoad(LowerBackLoad.MODERATE))).hasSize(11).doesNotContain("deadlift");
  }

  @Test
  void laterality() {
    assertThat(ids(catalog.query().laterality(Laterality.UNILATERAL))).containsExactly(
        "single-leg-glute-bridge", "clamshell", "banded-clamshell", "side-plank", "side-plank-hip-abduction",
        "hip-flexor-stretch");
    assertThat(ids(catalog.query().laterality(Laterality.BILATERAL)))
        .hasSize(6).contains("glute-bridge", "deadlift");
  }

  @Test
  void excludingDropsWhatALimitationRulesOut() {
    assertThat(ids(catalog.query().excluding(Set.of(Limitation.SHOULDER_PAIN))))
        .hasSize(9).doesNotContain("side-plank", "side-plank-hip-abduction", "front-plank");
    assertThat(ids(catalog.query().excluding(Set.of(Limitation.KNEE_PAIN, Limitation.NO_KNEELING))))
        .doesNotContain("bodyweight-squat", "hip-flexor-stretch", "deadlift").hasSize(9);
    assertThat(catalog.query().excluding(Set.of()).list()).hasSize(12);
  }

  @Test
  void filtersCombineAndAQueryCanBeSharedAndNarrowedTwice() {
    ExerciseQuery outerHip = catalog.query().muscle(Muscle.GLUTEUS_MEDIUS, ActivationRole.PRIMARY);
    assertThat(ids(outerHip.availableWith(EnumSet.of(Equipment.MAT)).maxDifficulty(2))).containsExactly("clamshell");
    assertThat(ids(outerHip.difficulty(4))).containsExactly("side-plank-hip-abduction");
    assertThat(outerHip.list()).hasSize(3);
  }

  @Test
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> catalog.query().pattern(null)).hasMessage("pattern");
    assertThatThrownBy(() -> catalog.query().muscle(Muscle.CALVES, null)).hasMessage("role");
    assertThatThrownBy(() -> catalog.query().needing(null)).hasMessage("item");
  }

  @Test
  void aRuleFromOutsideNarrowsLikeAnyFilter() {
    assertThat(ids(catalog.query().matching(e -> e.id().startsWith("side-plank"))))
        .containsExactly("side-plank", "side-plank-hip-abduction");
    assertThat(ids(catalog.query().matching(e -> e.id().startsWith("side-plank")).maxDifficulty(3)))
        .containsExactly("side-plank");
  }
}
