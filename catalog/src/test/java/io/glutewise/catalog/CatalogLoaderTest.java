package io.glutewise.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.json.GlutewiseJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {
  @Test
  void loadsTheSmallCatalog() {
    Catalog catalog = Fixtures.small();
    assertThat(catalog.version()).isEqualTo("fixture-1");
    assertThat(catalog.exercises()).hasSize(12);
    assertThat(catalog.exercises().get(0).id()).isEqualTo("glute-bridge");
    assertThat(catalog.ladders().steps()).hasSize(6);
    assertThat(catalog.templates()).extracting(t -> t.id()).containsExactly("fixture-routine");
    assertThat(catalog.template("fixture-routine")).isPresent();
    assertThat(catalog.template("nothing")).isEmpty();
    assertThat(catalog.guidance()).hasValueSatisfying(g -> {
      assertThat(g.redFlagQuestions()).hasSize(14);
      assertThat(g.weakGluteChecklist()).hasSize(9);
    });
  }

  @Test
  void findsAndGetsExercisesById() {
    Catalog catalog = Fixtures.small();
    assertThat(catalog.find("clamshell")).map(Exercise::name).hasValue("Clamshell");
    assertThat(catalog.find("clam")).isEmpty();
    assertThat(catalog.get("side-plank").doseKind().id()).isEqualTo("hold");
  }

  @Test
  void getNamesTheNearestIdsOfAMisspeltOne() {
    assertThatThrownBy(() -> Fixtures.small().get("clamshel"))
        .isInstanceOfSatisfying(UnknownExerciseException.class, e -> {
          assertThat(e.id()).isEqualTo("clamshell".substring(0, 8));
          assertThat(e.suggestions()).first().isEqualTo("clamshell");
          assertThat(e.getMessage()).isEqualTo(
              "unknown exercise \"clamshel\"; did you mean " + String.join(", ", e.suggestions()) + "?");
        });
  }

  @Test
  void loadsAFileAndNamesItInMessages(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("mine.json");
    Files.writeString(good, Fixtures.smallJson());
    assertThat(CatalogLoader.load(good).exercises()).hasSize(12);

    Path bad = dir.resolve("broken.json");
    Files.writeString(bad, "{\"version\": ");
    assertThatThrownBy(() -> CatalogLoader.load(bad))
        .isInstanceOfSatisfying(CatalogValidationException.class,
            e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.source()).isEqualTo(bad.toString())));
  }

  @Test
  void aMissingFileIsAClearFailure(@TempDir Path dir) {
    Path missing = dir.resolve("none.json");
    assertThatThrownBy(() -> CatalogLoader.load(missing))
        .hasMessageStartingWith("cannot read catalog " + missing);
  }

  @Test
  void aDocumentBuiltInCodeIsValidatedByTheSameRules() {
    Catalog catalog = Fixtures.small();
    Catalog again = Catalog.of(catalog.document());
    assertThat(again.document()).isEqualTo(catalog.document());

    CatalogDocument broken = ImmutableCatalogDocument.copyOf(catalog.document())
        .withExercises(catalog.exercises().subList(1, catalog.exercises().size()));
    assertThatThrownBy(() -> Catalog.of(broken))
        .isInstanceOfSatisfying(CatalogValidationException.class, e -> {
          assertThat(e.source()).isEqualTo("catalog fixture-1");
          assertThat(e.problems()).extracting(CatalogProblem::kind).containsOnly(CatalogProblem.Kind.UNKNOWN_EXERCISE);
          assertThat(e.problems()).extracting(CatalogProblem::path)
              .containsExactly("$.ladders[0].from", "$.ladders[1].from", "$.templates[0].warmUp[0].exerciseId");
          assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).isZero());
        });
  }

  @Test
  void theDocumentWritesBackToJsonThatLoadsToTheSameCatalog() {
    Catalog catalog = Fixtures.small();
    String written = GlutewiseJson.write(catalog.document());
    assertThat(CatalogLoader.parse(written, "written").document()).isEqualTo(catalog.document());
  }
}
