package io.glutewise.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.ActivationRole;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.Exercise;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the catalog snippet of README.md compiling and true. */
class ReadmeCatalogExampleTest {
  @Test
  void readmeSnippetRunsAndAnswersAsDocumented() {
    // --- the README snippet, verbatim ---
    Catalog catalog = Catalog.standard();
    List<Exercise> outerHip = catalog.query()
        .muscle(Muscle.GLUTEUS_MEDIUS, ActivationRole.PRIMARY)
        .availableWith(EnumSet.of(Equipment.MAT))
        .maxDifficulty(2)
        .list();
    List<String> harder = catalog.ladders().harder("glute-bridge"); // bridge-march, hip-thrust, banded-glute-bridge
    // --- end of snippet ---

    assertThat(outerHip).extracting(Exercise::id).contains("clamshell", "side-lying-hip-abduction");
    assertThat(outerHip).allSatisfy(e -> {
      assertThat(e.isPrimary(Muscle.GLUTEUS_MEDIUS)).isTrue();
      assertThat(e.difficulty()).isLessThanOrEqualTo(2);
      assertThat(EnumSet.of(Equipment.MAT)).containsAll(e.equipment());
    });
    assertThat(harder).containsExactlyInAnyOrder("bridge-march", "hip-thrust", "banded-glute-bridge");
  }
}
