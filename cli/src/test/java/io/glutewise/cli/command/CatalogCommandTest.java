package io.glutewise.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.catalog.Catalog;
import io.glutewise.catalog.CatalogLoader;
import io.glutewise.cli.CliRun;
import io.glutewise.cli.CliRun.Result;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCommandTest {
  @TempDir Path data;

  private Path standardCatalogCopy() throws IOException {
    Path file = data.resolve("catalog.json");
    try (InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.STANDARD_RESOURCE)) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void validatePrintsOkWithTheCounts() throws IOException {
    Path file = standardCatalogCopy();
    Result result = CliRun.in(data).run("catalog", "validate", file.toString());
    assertThat(result.exitCode()).as(result.toString()).isZero();
    Catalog standard = Catalog.standard();
    assertThat(result.out()).isEqualTo("OK: " + file + " (version " + standard.version() + "): "
        + standard.exercises().size() + " exercises, " + standard.ladders().steps().size() + " ladder steps, "
        + standard.templates().size() + " templates, with guidance\n");
  }

  @Test
  void validateOfAMissingFileIsOneLineOfFailure() {
    Result result = CliRun.in(data).run("catalog", "validate", data.resolve("none.json").toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEqualTo(
        "glutewise catalog validate: cannot read the catalog " + data.resolve("none.json") + ": no such file\n");
  }

  @Test
  void catalogWithoutASubcommandIsBadUsage() {
    Result result = CliRun.in(data).run("catalog");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("Usage: glutewise catalog");
  }
}
