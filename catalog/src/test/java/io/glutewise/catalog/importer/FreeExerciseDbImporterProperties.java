package io.glutewise.catalog.importer;

import static io.glutewise.core.generators.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.glutewise.core.Slugs;
import io.glutewise.core.generators.CoreGenerators;
import io.glutewise.core.json.GlutewiseJson;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The importer on generated ids and records, good and bad. */
class FreeExerciseDbImporterProperties {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> GROUPS =
      List.of("glutes", "abductors", "hamstrings", "chest", "lower back", "abdominals", "neck", "glute", "");

  /** Ids as free-exercise-db writes them, mixed with any text at all. */
  private static Gen<String> theirIds() {
    Gen<String> word = strings().betweenCodePoints('0', 'z').ofLengthBetween(0, 10);
    return lists().of(word).ofSizeBetween(1, 4).map(w -> String.join("_", w))
        .mix(strings().allPossible().ofLengthBetween(0, 12));
  }

  /** Records, most of them well formed, some with a field missing or of the wrong kind. */
  private static Gen<ObjectNode> records() {
    return in -> {
      ObjectNode record = NODES.objectNode();
      int spoil = integers().between(0, 12).generate(in);
      if (spoil != 1) {
        record.put("id", spoil == 2 ? "__" : theirIds().generate(in));
      }
      if (spoil != 3) {
        record.put("name", CoreGenerators.texts().generate(in));
      }
      record.put("level", Generate.pick(List.of("beginner", "intermediate", "expert", "pro")).generate(in));
      if (spoil == 4) {
        record.put("equipment", 7);
      } else {
        record.put("equipment", Generate.pick(List.of("body only", "barbell", "machine", "sled")).generate(in));
      }
      ArrayNode primary = record.putArray("primaryMuscles");
      lists().of(Generate.pick(GROUPS)).ofSizeBetween(0, 3).generate(in).forEach(primary::add);
      if (spoil == 5) {
        primary.add(3);
      }
      record.putArray("secondaryMuscles");
      record.putArray("instructions").add(CoreGenerators.texts().generate(in));
      return record;
    };
  }

  @Test
  void slugsAreSlugsOrEmptyAndStableOnSlugs() {
    theory().forAll(theirIds()).checkAssert(id -> {
      String slug = FreeExerciseDbImporter.slugOf(id);
      assertThat(slug.isEmpty() || Slugs.isSlug(slug)).as("slug of %s: %s", id, slug).isTrue();
      assertThat(FreeExerciseDbImporter.slugOf(slug)).isEqualTo(slug);
    });
  }

  @Test
  void everyRecordIsImportedOrLeftOutWithAProblemAndIdsStayUnique() {
    theory().forAll(lists().of(records()).ofSizeBetween(0, 8)).checkAssert(records -> {
      ArrayNode file = NODES.arrayNode();
      records.forEach(file::add);
      ImportedCatalog imported =
          FreeExerciseDbImporter.ofCommit(Optional.empty()).read(GlutewiseJson.write(file), "generated.json");

      Set<Integer> skipped = imported.problems().stream()
          .filter(ImportProblem::recordSkipped).map(ImportProblem::recordIndex).collect(Collectors.toSet());
      assertThat(imported.exercises().size() + skipped.size()).isEqualTo(records.size());
      assertThat(imported.exercises()).extracting(ImportedExercise::id).doesNotHaveDuplicates();
      assertThat(imported.problems()).allSatisfy(p -> {
        assertThat(p.recordIndex()).isBetween(0, records.size() - 1);
        assertThat(p.path()).startsWith("$[" + p.recordIndex() + "]");
        assertThat(p.line()).isPositive();
      });
      assertThat(imported.exercises()).allSatisfy(e -> {
        assertThat(e.pattern()).isEmpty();
        assertThat(e.doseKind()).isEmpty();
        e.muscles().forEach(m -> assertThat(m.candidates().isEmpty())
            .isEqualTo(m.fidelity() == MappingFidelity.UNMAPPED));
      });
      assertThat(ImportedCatalogWriter.read(ImportedCatalogWriter.toJson(imported), "again")).isEqualTo(imported);
    });
  }
}
