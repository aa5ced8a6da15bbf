package io.glutewise.catalog;

import static io.glutewise.catalog.generators.CatalogGenerators.documents;
import static io.glutewise.catalog.generators.CatalogGenerators.documentsWithLadders;
import static io.glutewise.core.generators.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.glutewise.catalog.CatalogProblem.Kind;
import io.glutewise.catalog.generators.Misspellings;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.DoseKind;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.LadderStep;
import io.glutewise.core.exercise.ProgressionCriterion;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.program.Prescription;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Validation against generated catalogs: every valid catalog passes unchanged, and every
 * corruption of one (a referenced exercise removed, a step back down a ladder, an id used twice, a
 * muscle misspelt) is reported, with the right kind of problem, at the right path and line, and
 * nothing else is.
 */
class CatalogValidationProperties {
  private static final Pattern CYCLE = Pattern.compile("ladder steps lead in a circle: (.*); each step");

  private static ObjectNode treeOf(CatalogDocument document) {
    return GlutewiseJson.mapper().valueToTree(document);
  }

  private static String text(JsonNode tree) {
    return GlutewiseJson.write(tree);
  }

  private static List<CatalogProblem> problemsOf(String json) {
    CatalogValidationException failure =
        catchThrowableOfType(CatalogValidationException.class, () -> CatalogLoader.parse(json, "corrupt.json"));
    assertThat(failure).as("the corrupted catalog must be rejected").isNotNull();
    return failure.problems();
  }

  /** The line of the JSON text that a problem points at. */
  private static String lineAt(String json, CatalogProblem problem) {
    assertThat(problem.line()).as("line of %s", problem.path()).isPositive();
    return json.split("\n", -1)[problem.line() - 1];
  }

  @Test
  void everyGeneratedCatalogPassesAndLoadsToItself() {
    theory().forAll(documents()).checkAssert(document -> {
      Catalog catalog = CatalogLoader.parse(GlutewiseJson.write(document), "generated.json");
      assertThat(catalog.document()).isEqualTo(document);
      assertThat(Catalog.of(document).document()).isEqualTo(document);
    });
  }

  @Test
  void removingAReferencedExerciseIsReportedAtEveryReferenceToIt() {
    theory().forAll(documentsWithLadders(), integers().allPositive()).checkAssert((document, pick) -> {
      List<String> referenced = new ArrayList<>();
      document.ladders().forEach(s -> referenced.addAll(List.of(s.from(), s.to())));
      String removed = referenced.get(pick % referenced.size());

      ObjectNode tree = treeOf(document);
      ArrayNode exercises = tree.withArray("exercises");
      for (int i = 0; i < exercises.size(); i++) {
        if (exercises.get(i).get("id").asText().equals(removed)) {
          exercises.remove(i);
          break;
        }
      }
      Set<String> references = new HashSet<>();
      for (int k = 0; k < document.ladders().size(); k++) {
        LadderStep step = document.ladders().get(k);
        if (step.from().equals(removed)) {
          references.add("$.ladders[" + k + "].from");
        }
        if (step.to().equals(removed)) {
          references.add("$.ladders[" + k + "].to");
        }
      }
      for (int t = 0; t < document.templates().size(); t++) {
        var template = document.templates().get(t);
        addReferences(references, "$.templates[" + t + "].warmUp", template.warmUp(), removed);
        addReferences(references, "$.templates[" + t + "].main", template.main(), removed);
        addReferences(references, "$.templates[" + t + "].coolDown", template.coolDown(), removed);
      }

      String json = text(tree);
      List<CatalogProblem> problems = problemsOf(json);
      assertThat(problems).extracting(CatalogProblem::path).containsExactlyInAnyOrderElementsOf(references);
      assertThat(problems).allSatisfy(p -> {
        assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_EXERCISE);
        assertThat(p.exerciseId()).hasValue(removed);
        assertThat(p.message()).startsWith("unknown exercise \"" + removed + "\"");
        assertThat(lineAt(json, p)).contains("\"" + removed + "\"");
      });
    });
  }

  private static void addReferences(Set<String> references, String path,
      List<Prescription> prescriptions, String removed) {
    for (int p = 0; p < prescriptions.size(); p++) {
      if (prescriptions.get(p).exerciseId().equals(removed)) {
        references.add(path + "[" + p + "].exerciseId");
      }
    }
  }

  @Test
  void aStepBackDownALadderIsReportedAsTheCycleItCloses() {
    theory().forAll(documentsWithLadders(), integers().allPositive()).checkAssert((document, pick) -> {
      // climb from a random step as far as the picks say, then step back to where the climb began
      List<LadderStep> steps = document.ladders();
      LadderStep first = steps.get(pick % steps.size());
      String bottom = first.from();
      String top = climb(steps, first.to(), pick / steps.size());
      Exercise topExercise = document.exercises().stream().filter(e -> e.id().equals(top)).findFirst().orElseThrow();
      ProgressionCriterion criterion = topExercise.doseKind() == DoseKind.REPETITIONS
          ? ProgressionCriterion.ofRepetitions(3, 12)
          : ProgressionCriterion.ofSeconds(3, 30);
      ObjectNode tree = treeOf(document);
      tree.withArray("ladders").add(GlutewiseJson.mapper().valueToTree(LadderStep.of(top, bottom, criterion)));

      String json = text(tree);
      List<CatalogProblem> problems = problemsOf(json);
      assertThat(problems).singleElement().satisfies(p -> {
        assertThat(p.kind()).isEqualTo(Kind.LADDER_CYCLE);
        assertThat(p.path()).isEqualTo("$.ladders[" + steps.size() + "]");
        assertThat(lineAt(json, p)).contains("{");
        Matcher cycle = CYCLE.matcher(p.message());
        assertThat(cycle.find()).as(p.message()).isTrue();
        List<String> named = Arrays.asList(cycle.group(1).split(" -> "));
        assertThat(named.get(0)).isEqualTo(top);
        assertThat(named.get(1)).isEqualTo(bottom);
        assertThat(named.get(named.size() - 1)).isEqualTo(top);
        assertThat(named.subList(0, named.size() - 1)).doesNotHaveDuplicates();
        for (int i = 1; i + 1 < named.size(); i++) {
          String from = named.get(i);
          String to = named.get(i + 1);
          assertThat(steps).as("a step %s -> %s", from, to)
              .anyMatch(s -> s.from().equals(from) && s.to().equals(to));
        }
      });
    });
  }

  /** Follows harder steps from an exercise while the picks say so: base-3 digits, 0 stops. */
  private static String climb(List<LadderStep> steps, String from, int picks) {
    String top = from;
    for (int walk = picks; walk % 3 != 0; walk /= 3) {
      String at = top;
      List<LadderStep> up = steps.stream().filter(s -> s.from().equals(at)).toList();
      if (up.isEmpty()) {
        break;
      }
      top = up.get(walk % up.size()).to();
    }
    return top;
  }

  @Test
  void anIdUsedTwiceIsReportedAtItsSecondUse() {
    theory().forAll(documents(), integers().allPositive(), integers().allPositive()).checkAssert((document, pick, place) -> {
      int count = document.exercises().size();
      int original = pick % count;
      int copy = place % (count + 1);
      ObjectNode tree = treeOf(document);
      ArrayNode exercises = tree.withArray("exercises");
      exercises.insert(copy, exercises.get(original).deepCopy());
      int firstUse = copy <= original ? copy : original;
      int secondUse = copy <= original ? original + 1 : copy;
      String id = document.exercises().get(original).id();

      String json = text(tree);
      assertThat(problemsOf(json)).singleElement().satisfies(p -> {
        assertThat(p.kind()).isEqualTo(Kind.DUPLICATE_ID);
        assertThat(p.path()).isEqualTo("$.exercises[" + secondUse + "].id");
        assertThat(p.exerciseId()).hasValue(id);
        assertThat(p.message()).startsWith(
            "duplicate exercise id \"" + id + "\"; already used by $.exercises[" + firstUse + "]");
        assertThat(lineAt(json, p)).contains("\"id\" : \"" + id + "\"");
      });
    });
  }

  @Test
  void aMisspeltMuscleIsReportedWhereItIs() {
    theory().forAll(documents(), integers().allPositive(), integers().allPositive(), integers().allPositive())
        .checkAssert((document, whichExercise, whichMuscle, slip) -> {
          int i = whichExercise % document.exercises().size();
          Exercise exercise = document.exercises().get(i);
          int j = whichMuscle % exercise.muscles().size();
          String muscle = exercise.muscles().get(j).muscle().id();
          String misspelt = Misspellings.of(muscle, slip,
              text -> Arrays.stream(Muscle.values()).anyMatch(m -> m.id().equals(text)));
          ObjectNode tree = treeOf(document);
          ((ObjectNode) tree.withArray("exercises").get(i).withArray("muscles").get(j)).put("muscle", misspelt);

          String json = text(tree);
          assertThat(problemsOf(json)).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_VALUE);
            assertThat(p.path()).isEqualTo("$.exercises[" + i + "].muscles[" + j + "].muscle");
            assertThat(p.exerciseId()).hasValue(exercise.id());
            assertThat(p.message()).startsWith("unknown muscle \"" + misspelt + "\"");
            assertThat(lineAt(json, p).substring(p.column() - 1)).startsWith("\"" + misspelt + "\"");
          });
        });
  }
}
