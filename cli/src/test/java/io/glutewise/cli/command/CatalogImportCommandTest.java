package io.glutewise.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.catalog.importer.ImportedCatalog;
import io.glutewise.catalog.importer.ImportedCatalogWriter;
import io.glutewise.cli.CliRun;
import io.glutewise.cli.CliRun.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogImportCommandTest {
  @TempDir Path data;

  private static final String SAMPLE = """
      [
        {"id": "Barbell_Hip_Thrust", "name": "Barbell Hip Thrust", "force": "push", "level": "intermediate",
         "mechanic": "compound", "equipment": "barbell", "primaryMuscles": ["glutes"],
         "secondaryMuscles": ["calves", "hamstrings"], "instructions": ["Sit on the floor.", "Drive the hips up."],
         "category": "powerlifting", "images": []},
        {"id": "Band_Hip_Adductions", "name": "Band Hip Adductions", "force": null, "level": "beginner",
         "mechanic": "isolation", "equipment": "bands", "primaryMuscles": ["adductors"],
         "secondaryMuscles": [], "instructions": ["Stand.", "Pull the band."], "category": "stretching",
         "images": []},
        {"name": 12}
      ]
      """;

  @Test
  void importsToAFileAndSummarizesWhatWasLeftOut() throws IOException {
    Path source = data.resolve("exercises.json");
    Files.writeString(source, SAMPLE);
    Path out = data.resolve("out/imported.json");
    Result result = CliRun.in(data).run("catalog", "import", "--from", "free-exercise-db", source.toString(),
        "-o", out.toString());
    assertThat(result.exitCode()).as(result.toString()).isZero();
    ImportedCatalog imported = ImportedCatalogWriter.read(Files.readString(out), out.toString());
    assertThat(imported.exercises()).extracting(e -> e.id()).containsExactly("barbell-hip-thrust", "band-hip-adductions");
    assertThat(result.out())
        .startsWith("Imported 2 exercises from " + source + " (free-exercise-db, commit unknown, Unlicense) to " + out + ".")
        .contains("1 may work the glutes as a primary mover")
        .contains("2 problems (1 record left out):")
        .contains(source + ": $[2]");
  }

  @Test
  void withoutAnOutputTheJsonGoesToStandardOutputAndTheSummaryToStandardError() throws IOException {
    Path source = data.resolve("exercises.json");
    Files.writeString(source, SAMPLE);
    Result result = CliRun.in(data).run("catalog", "import", "--from", "free-exercise-db", source.toString());
    assertThat(result.exitCode()).isZero();
    assertThat(ImportedCatalogWriter.read(result.out(), "out").exercises()).hasSize(2);
    assertThat(result.err()).startsWith("Imported 2 exercises");
  }

  @Test
  void badInputIsOneClearLine() throws IOException {
    Result format = CliRun.in(data).run("catalog", "import", "--from", "wger", "x.json");
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).isEqualTo("glutewise catalog import: --from must be free-exercise-db, was wger"
        + " (see glutewise catalog import --help)\n");

    Result missing = CliRun.in(data).run("catalog", "import", "--from", "free-exercise-db", data.resolve("no.json").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).isEqualTo("glutewise catalog import: cannot read the file to import " + data.resolve("no.json") + ": no such file\n");

    Path notAList = data.resolve("object.json");
    Files.writeString(notAList, "{\"exercises\": []}");
    Result wrong = CliRun.in(data).run("catalog", "import", "--from", "free-exercise-db", notAList.toString());
    assertThat(wrong.exitCode()).isEqualTo(1);
    assertThat(wrong.err().lines()).singleElement().satisfies(l -> assertThat(l).startsWith("glutewise catalog import: " + notAList));
  }

  @Test
  void importsThePublishedDataset() {
    Path published = Path.of("../catalog/src/test/resources/free-exercise-db/exercises.json");
    Result result = CliRun.in(data).run("catalog", "import", "--from", "free-exercise-db", published.toString(),
        "-o", data.resolve("all.json").toString());
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("Imported 873 exercises").contains("No problems.");
  }
}
