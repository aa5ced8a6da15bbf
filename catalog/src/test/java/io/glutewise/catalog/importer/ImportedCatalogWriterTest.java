package io.glutewise.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.catalog.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportedCatalogWriterTest {
  private static ImportedCatalog sample() {
    return FreeExerciseDbImporter.ofCommit(Optional.of("acd61f751fe15d618862ee3084f27e839222a28f"))
        .read(Fixtures.text("/free-exercise-db/sample-exercises.json"), "sample-exercises.json");
  }

  @Test
  void writesJsonThatReadsBackToTheSameImport() {
    ImportedCatalog catalog = sample();
    String json = ImportedCatalogWriter.toJson(catalog);
    assertThat(ImportedCatalogWriter.read(json, "written")).isEqualTo(catalog);
  }

  @Test
  void theJsonSaysHowFaithfulEachMappingIsAndLeavesUnknownsOut() {
    String json = ImportedCatalogWriter.toJson(sample());
    assertThat(json)
        .contains("\"id\" : \"barbell-hip-thrust\"")
        .contains("\"sourceId\" : \"Barbell_Hip_Thrust\"")
        .contains("\"fidelity\" : \"ambiguous\"")
        .contains("\"candidates\" : [ \"gluteus-maximus\", \"gluteus-medius\", \"gluteus-minimus\" ]")
        .contains("\"commit\" : \"acd61f751fe15d618862ee3084f27e839222a28f\"")
        .doesNotContain("\"pattern\"", "\"laterality\"", "\"doseKind\"", "\"defaultDose\"");
  }

  @Test
  void writesAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("imported.json");
    ImportedCatalogWriter.write(sample(), file);
    assertThat(ImportedCatalogWriter.read(Files.readString(file), file.toString())).isEqualTo(sample());
  }
}
