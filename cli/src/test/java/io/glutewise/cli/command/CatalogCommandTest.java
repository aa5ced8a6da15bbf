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
import java.util.List;
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
  void validatePrintsEveryProblemOnItsOwnLineAndExitsOne() throws IOException {
    Path file = standardCatalogCopy();
    String json = Files.readString(file);
    // two problems in two exercises: a misspelt muscle in the first, a difficulty out of range later
    String first = json.replaceFirst("\"gluteus-maximus\"", "\"glutues-maximus\"");
    int later = first.indexOf("\"id\": \"clamshell\"");
    assertThat(later).isPositive();
    String broken = first.substring(0, later)
        + first.substring(later).replaceFirst("\"difficulty\"\\s*:\\s*\\d", "\"difficulty\": 9");
    assertThat(broken).isNotEqualTo(json);
    Files.writeString(file, broken);
    Result result = CliRun.in(data).run("catalog", "validate", file.toString());
    assertThat(result.exitCode()).isEqualTo(1);
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(3);
    assertThat(lines.subList(0, lines.size() - 1)).allSatisfy(l -> assertThat(l).startsWith(file.toString()));
    assertThat(result.out()).contains("glutues-maximus").contains("difficulty");
    assertThat(lines.get(lines.size() - 1)).matches("\\d+ problems in " + java.util.regex.Pattern.quote(file.toString()));
  }

  @Test
  void validateOfMalformedJsonNamesTheLine() throws IOException {
    Path file = data.resolve("bad.json");
    Files.writeString(file, "{\n  \"version\": \"1\",\n  \"exercises\": [\n");
    Result result = CliRun.in(data).run("catalog", "validate", file.toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).startsWith(file.toString());
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
