package io.glutewise.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.glutewise.catalog.CatalogProblem.Kind;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The validator reads an exercise's position and demands like any other field: each problem names
 * the file, the exercise id and the JSON path, and says what to change.
 */
class DemandsValidationTest {
  private static List<CatalogProblem> problemsAfter(Consumer<ObjectNode> edit) {
    return catchThrowableOfType(CatalogValidationException.class,
        () -> CatalogLoader.parse(Fixtures.smallEdited(edit), Fixtures.SMALL)).problems();
  }

  private static ObjectNode exercise(ObjectNode root, int index) {
    return (ObjectNode) root.withArray("exercises").get(index);
  }

  private static ObjectNode demands(ObjectNode root, int index) {
    return (ObjectNode) exercise(root, index).get("demands");
  }

  @Test
  void anUnknownPositionOrBendIsNamedWithTheKnownOnes() {
    List<CatalogProblem> problems = problemsAfter(root -> {
      exercise(root, 4).put("position", "lying");
      demands(root, 4).put("kneeFlexion", "bent");
    });
    assertThat(problems).extracting(CatalogProblem::path)
        .containsExactlyInAnyOrder("$.exercises[4].position", "$.exercises[4].demands.kneeFlexion");
    assertThat(problems).allSatisfy(p -> {
      assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_VALUE);
      assertThat(p.exerciseId()).hasValue("clamshell");
      assertThat(p.toString()).startsWith("small-catalog.json: $.exercises[4].");
    });
    assertThat(problems).extracting(CatalogProblem::message).anySatisfy(m -> assertThat(m).isEqualTo(
        "unknown body position \"lying\" (did you mean side-lying?); must be one of "
            + "[kneeling, prone, quadruped, seated, side-lying, standing, supine]"));
    assertThat(problems).extracting(CatalogProblem::message).anySatisfy(m ->
        assertThat(m).startsWith("unknown joint bend \"bent\"; must be one of [deep, none, partial]"));
  }

  @Test
  void demandsThatContradictThePositionAreProblemsAtTheField() {
    List<CatalogProblem> problems = problemsAfter(root -> {
      exercise(root, 4).put("position", "quadruped");
      demands(root, 10).put("floorWork", true);
      demands(root, 6).put("weightOnHands", true);
    });
    assertThat(problems).extracting(CatalogProblem::path, CatalogProblem::kind).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("$.exercises[4].demands.weightOnKnees", Kind.INVALID_VALUE),
        org.assertj.core.groups.Tuple.tuple("$.exercises[4].demands.weightOnArms", Kind.INVALID_VALUE),
        org.assertj.core.groups.Tuple.tuple("$.exercises[10].demands.floorWork", Kind.INVALID_VALUE));
    assertThat(problems).extracting(CatalogProblem::message).anySatisfy(m ->
        assertThat(m).isEqualTo("a quadruped exercise rests on the knees: set weightOnKnees to true"));
    assertThat(problems).extracting(CatalogProblem::message).anySatisfy(m ->
        assertThat(m).isEqualTo("a standing exercise needs no getting down to the floor: set floorWork to false"));
  }

  @Test
  void missingDemandsAreNamed() {
    List<CatalogProblem> problems = problemsAfter(root -> exercise(root, 2).remove("demands"));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.exerciseId()).hasValue("hip-thrust");
      assertThat(p.message()).contains("demands");
    });
  }

  @Test
  void aListedContraindicationMustBeTheOneThatFollows() {
    // the clamshell lies on its side on the floor: only no-floor-work rules it out
    List<CatalogProblem> problems = problemsAfter(root ->
        exercise(root, 4).putArray("contraindications").add("knee-pain"));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.exercises[4].contraindications");
      assertThat(p.kind()).isEqualTo(Kind.INVALID_VALUE);
      assertThat(p.message()).isEqualTo("contraindications follow from position, demands and equipment, which"
          + " rule out [no-floor-work], not [knee-pain]; remove the list or change the demands");
    });
    Catalog agreeing = CatalogLoader.parse(Fixtures.smallEdited(root ->
        exercise(root, 4).putArray("contraindications").add("no-floor-work")), Fixtures.SMALL);
    assertThat(agreeing.get("clamshell").contraindications())
        .containsExactly(io.glutewise.core.trainee.Limitation.NO_FLOOR_WORK);
  }
}
