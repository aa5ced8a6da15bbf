package io.glutewise.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.glutewise.catalog.CatalogProblem.Kind;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CatalogValidationTest {
  private static List<CatalogProblem> problemsOf(String json) {
    return catchThrowableOfType(CatalogValidationException.class, () -> CatalogLoader.parse(json, Fixtures.SMALL))
        .problems();
  }

  private static List<CatalogProblem> problemsAfter(Consumer<ObjectNode> edit) {
    return problemsOf(Fixtures.smallEdited(edit));
  }

  private static ObjectNode exercise(ObjectNode root, int index) {
    return (ObjectNode) root.withArray("exercises").get(index);
  }

  private static ObjectNode muscle(ObjectNode root, int exercise, int muscle) {
    return (ObjectNode) exercise(root, exercise).withArray("muscles").get(muscle);
  }

  /** The 1-based line of the first occurrence of the text after the given start text. */
  private static int lineOf(String json, String after, String text) {
    int at = json.indexOf(text, json.indexOf(after));
    return (int) json.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void aMisspeltMuscleIsNamedWithItsFilePathExerciseLineAndTheKnownMuscles() {
    String json = Fixtures.smallJson();
    String broken = json.replaceFirst(
        "(\"id\": \"clamshell\"[\\s\\S]*?\"muscle\": \"gluteus-medius\"[\\s\\S]*?\"muscle\": )\"gluteus-minimus\"",
        "$1\"glutues-minimus\"");
    assertThat(broken).isNotEqualTo(json);
    int line = lineOf(broken, "\"id\": \"clamshell\"", "\"glutues-minimus\"");
    int column = broken.split("\n", -1)[line - 1].indexOf("\"glutues-minimus\"") + 1;

    assertThat(problemsOf(broken)).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.UNKNOWN_VALUE);
      assertThat(p.path()).isEqualTo("$.exercises[4].muscles[1].muscle");
      assertThat(p.exerciseId()).hasValue("clamshell");
      assertThat(p.line()).isEqualTo(line);
      assertThat(p.column()).isEqualTo(column);
      assertThat(p.toString()).isEqualTo(
          "small-catalog.json: $.exercises[4].muscles[1].muscle (exercise \"clamshell\", line " + line
              + ", column " + column + "): unknown muscle \"glutues-minimus\" (did you mean gluteus-minimus?); "
              + "must be one of [adductors, calves, deep-abdominals, erector-spinae, gluteus-maximus, "
              + "gluteus-medius, gluteus-minimus, hamstrings, hip-flexors, quadriceps, superficial-abdominals, "
              + "tensor-fasciae-latae]");
    });
  }

  @Test
  void theExceptionMessageSummarisesAndListsOneProblemPerLine() {
    CatalogValidationException e = catchThrowableOfType(CatalogValidationException.class,
        () -> CatalogLoader.parse(Fixtures.smallEdited(root -> {
          exercise(root, 0).put("pattern", "brige");
          exercise(root, 1).put("laterality", "one-sided");
        }), "mine.json"));
    assertThat(e.source()).isEqualTo("mine.json");
    assertThat(e.getMessage().split("\n")).hasSize(3);
    assertThat(e.getMessage()).startsWith("catalog mine.json is not valid (2 problems):\n  mine.json: $.exercises[0].pattern");
    assertThat(e.getMessage()).contains("\n  mine.json: $.exercises[1].laterality (exercise \"single-leg-glute-bridge\"");
  }

  @Test
  void oneBadExerciseHidesNoOther() {
    List<CatalogProblem> problems = problemsAfter(root -> {
      muscle(root, 0, 0).put("muscle", "gluteus-maximu");
      exercise(root, 3).withArray("equipment").set(1, root.textNode("barbel"));
      exercise(root, 5).put("difficulty", 9);
      exercise(root, 7).put("pattern", "plank");
    });
    assertThat(problems).extracting(CatalogProblem::path).containsExactly(
        "$.exercises[0].muscles[0].muscle",
        "$.exercises[3].equipment[1]",
        "$.exercises[5].difficulty",
        "$.exercises[7].pattern");
    assertThat(problems).extracting(CatalogProblem::kind).containsExactly(
        Kind.UNKNOWN_VALUE, Kind.UNKNOWN_VALUE, Kind.INVALID_VALUE, Kind.UNKNOWN_VALUE);
    assertThat(problems).extracting(p -> p.exerciseId().orElseThrow()).containsExactly(
        "glute-bridge", "barbell-hip-thrust", "banded-clamshell", "side-plank-hip-abduction");
    assertThat(problems.get(1).message()).startsWith("unknown equipment \"barbel\" (did you mean barbell?)");
    assertThat(problems.get(2).message()).isEqualTo("difficulty must be between 1 and 5, was 9");
    assertThat(problems).allSatisfy(p -> assertThat(p.line()).isPositive());
  }

  @Test
  void everyVocabularyProblemOfOneExerciseIsListed() {
    List<CatalogProblem> problems = problemsAfter(root -> {
      ObjectNode clamshell = exercise(root, 4);
      clamshell.put("pattern", "abduct");
      clamshell.put("lowerBackLoad", "none");
      clamshell.put("doseKind", "reps");
      clamshell.withArray("equipment").add("yoga-mat");
      clamshell.withArray("contraindications").add("bad-knee");
      muscle(root, 4, 1).put("role", "helper");
      ((ObjectNode) muscle(root, 4, 0).withArray("emg").get(0)).put("measure", "average");
    });
    assertThat(problems).extracting(CatalogProblem::path).containsExactlyInAnyOrder(
        "$.exercises[4].pattern",
        "$.exercises[4].lowerBackLoad",
        "$.exercises[4].doseKind",
        "$.exercises[4].equipment[1]",
        "$.exercises[4].contraindications[0]",
        "$.exercises[4].muscles[1].role",
        "$.exercises[4].muscles[0].emg[0].measure");
    assertThat(problems).extracting(CatalogProblem::kind).containsOnly(Kind.UNKNOWN_VALUE);
    assertThat(problems).extracting(CatalogProblem::message).anySatisfy(m ->
        assertThat(m).startsWith("unknown limitation \"bad-knee\"; must be one of [hip-pain, knee-pain"));
  }

  @Test
  void aNameOfTheWrongTypeIsAShapeProblem() {
    assertThat(problemsAfter(root -> exercise(root, 0).put("pattern", 3))).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.WRONG_SHAPE);
      assertThat(p.path()).isEqualTo("$.exercises[0].pattern");
      assertThat(p.message()).isEqualTo("expected a text naming the movement pattern, found a number");
    });
  }

  @Test
  void duplicateIdsAreNamedWithTheFirstUse() {
    assertThat(problemsAfter(root -> root.withArray("exercises").add(exercise(root, 4).deepCopy())))
        .singleElement().satisfies(p -> {
          assertThat(p.kind()).isEqualTo(Kind.DUPLICATE_ID);
          assertThat(p.path()).isEqualTo("$.exercises[12].id");
          assertThat(p.exerciseId()).hasValue("clamshell");
          assertThat(p.message()).matches(
              "duplicate exercise id \"clamshell\"; already used by \\$\\.exercises\\[4] \\(line \\d+\\); ids must be unique");
        });
  }

  @Test
  void everyExerciseNeedsAPrimaryMuscle() {
    assertThat(problemsAfter(root -> muscle(root, 4, 0).put("role", "secondary")))
        .singleElement().satisfies(p -> {
          assertThat(p.kind()).isEqualTo(Kind.NO_PRIMARY_MUSCLE);
          assertThat(p.path()).isEqualTo("$.exercises[4].muscles");
          assertThat(p.exerciseId()).hasValue("clamshell");
        });
    assertThat(problemsAfter(root -> exercise(root, 4).putArray("muscles")))
        .extracting(CatalogProblem::kind).containsExactly(Kind.NO_PRIMARY_MUSCLE);
  }

  @Test
  void emgFiguresStayInRangeInOrderAndSourced() {
    List<CatalogProblem> problems = problemsAfter(root -> {
      ((ObjectNode) muscle(root, 0, 0).withArray("emg").get(0)).put("high", 412);
      ((ObjectNode) muscle(root, 1, 0).withArray("emg").get(0)).put("low", 50).put("high", 40);
      ((ObjectNode) muscle(root, 3, 0).withArray("emg").get(0)).put("source", "  ");
      ((ObjectNode) muscle(root, 4, 0).withArray("emg").get(0)).put("low", -1);
    });
    assertThat(problems).extracting(CatalogProblem::path).containsExactly(
        "$.exercises[0].muscles[0].emg[0].high",
        "$.exercises[1].muscles[0].emg[0].low",
        "$.exercises[3].muscles[0].emg[0].source",
        "$.exercises[4].muscles[0].emg[0].low");
    assertThat(problems).extracting(CatalogProblem::kind).containsOnly(Kind.INVALID_VALUE);
    assertThat(problems).extracting(CatalogProblem::message).containsExactly(
        "EMG figure 412 is outside 0-300 %MVIC",
        "EMG range runs from 50 to 40; low must not exceed high",
        "an EMG figure needs its source (authors, year and journal, or a PMC id); it is blank",
        "EMG figure -1 is outside 0-300 %MVIC");
  }

  @Test
  void theDefaultDoseFitsTheDoseKindAndLaterality() {
    List<CatalogProblem> problems = problemsAfter(root -> {
      ObjectNode sidePlankDose = (ObjectNode) exercise(root, 6).get("defaultDose");
      sidePlankDose.set("repetitions", sidePlankDose.remove("seconds"));
      ((ObjectNode) exercise(root, 4).get("defaultDose")).remove("perSide");
      ((ObjectNode) exercise(root, 0).get("defaultDose")).put("perSide", true);
      exercise(root, 2).put("doseKind", "hold");
    });
    assertThat(problems).extracting(CatalogProblem::path).containsExactly(
        "$.exercises[0].defaultDose.perSide",
        "$.exercises[2].defaultDose",
        "$.exercises[4].defaultDose",
        "$.exercises[6].defaultDose");
    assertThat(problems).extracting(CatalogProblem::kind).containsOnly(Kind.DOSE_MISMATCH);
    assertThat(problems).extracting(CatalogProblem::message).containsExactly(
        "a bilateral exercise works both sides at once: perSide must be false",
        "the exercise is dosed by hold, so its default dose needs seconds, not repetitions",
        "a unilateral exercise is dosed per side: set perSide to true",
        "the exercise is dosed by hold, so its default dose needs seconds, not repetitions");
  }

  @Test
  void ladderStepsNameKnownExercises() {
    List<CatalogProblem> problems = problemsAfter(root -> {
      ((ObjectNode) root.withArray("ladders").get(0)).put("to", "single-leg-glute-brige");
      ((ObjectNode) root.withArray("ladders").get(2)).put("from", "squat-jump");
    });
    assertThat(problems).extracting(CatalogProblem::path)
        .containsExactly("$.ladders[0].to", "$.ladders[2].from");
    assertThat(problems).extracting(CatalogProblem::kind).containsOnly(Kind.UNKNOWN_EXERCISE);
    assertThat(problems).extracting(CatalogProblem::message).containsExactly(
        "unknown exercise \"single-leg-glute-brige\"; did you mean single-leg-glute-bridge?",
        "unknown exercise \"squat-jump\"; no exercise in this catalog has that id");
  }

  @Test
  void aLadderStepIsGivenOnce() {
    assertThat(problemsAfter(root -> root.withArray("ladders").add(root.withArray("ladders").get(3).deepCopy())))
        .singleElement().satisfies(p -> {
          assertThat(p.kind()).isEqualTo(Kind.DUPLICATE_STEP);
          assertThat(p.path()).isEqualTo("$.ladders[6]");
          assertThat(p.message()).isEqualTo(
              "the step from \"clamshell\" to \"banded-clamshell\" is already given at $.ladders[3]; give each step once");
        });
  }

  @Test
  void aCycleIsNamedExerciseByExercise() {
    List<CatalogProblem> problems = problemsAfter(root -> {
      ObjectNode back = root.withArray("ladders").addObject();
      back.put("from", "barbell-hip-thrust").put("to", "glute-bridge");
      back.putObject("criterion").put("sets", 3).put("repetitions", 10);
    });
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.LADDER_CYCLE);
      assertThat(p.path()).isEqualTo("$.ladders[6]");
      assertThat(p.message()).isEqualTo(
          "ladder steps lead in a circle: barbell-hip-thrust -> glute-bridge -> hip-thrust -> barbell-hip-thrust;"
              + " each step must lead to a harder exercise, never back");
    });
  }

  @Test
  void twoSeparateCyclesAreBothReported() {
    List<CatalogProblem> problems = problemsAfter(root -> {
      ArrayNode ladders = root.withArray("ladders");
      ObjectNode one = ladders.addObject().put("from", "banded-clamshell").put("to", "clamshell");
      one.putObject("criterion").put("sets", 3).put("repetitions", 10);
      ObjectNode two = ladders.addObject().put("from", "single-leg-glute-bridge").put("to", "glute-bridge");
      two.putObject("criterion").put("sets", 3).put("repetitions", 10);
    });
    assertThat(problems).extracting(CatalogProblem::kind).containsOnly(Kind.LADDER_CYCLE);
    assertThat(problems).extracting(CatalogProblem::message).containsExactly(
        "ladder steps lead in a circle: banded-clamshell -> clamshell -> banded-clamshell;"
            + " each step must lead to a harder exercise, never back",
        "ladder steps lead in a circle: single-leg-glute-bridge -> glute-bridge -> single-leg-glute-bridge;"
            + " each step must lead to a harder exercise, never back");
  }

  @Test
  void aCriterionCountsWhatTheEasierExerciseCounts() {
    List<CatalogProblem> problems = problemsAfter(root -> {
      ObjectNode sidePlank = (ObjectNode) root.withArray("ladders").get(5).get("criterion");
      sidePlank.remove("seconds");
      sidePlank.put("repetitions", 10);
      ObjectNode bridge = (ObjectNode) root.withArray("ladders").get(0).get("criterion");
      bridge.remove("repetitions");
      bridge.put("seconds", 30);
    });
    assertThat(problems).extracting(CatalogProblem::path)
        .containsExactly("$.ladders[0].criterion", "$.ladders[5].criterion");
    assertThat(problems).extracting(CatalogProblem::kind).containsOnly(Kind.CRITERION_MISMATCH);
    assertThat(problems.get(1).message()).isEqualTo(
        "\"side-plank\" is dosed by hold, so the criterion to climb from it needs seconds, not repetitions");
    assertThat(problems.get(1).exerciseId()).hasValue("side-plank");
  }

  @Test
  void templatesNameKnownExercisesDosedInTheirUnit() {
    List<CatalogProblem> problems = problemsAfter(root -> {
      ObjectNode template = (ObjectNode) root.withArray("templates").get(0);
      ((ObjectNode) template.withArray("main").get(0)).put("exerciseId", "clam-shell");
      ObjectNode dose = (ObjectNode) template.withArray("main").get(1).get("dose");
      dose.set("repetitions", dose.remove("seconds"));
    });
    assertThat(problems).extracting(CatalogProblem::path)
        .containsExactly("$.templates[0].main[0].exerciseId", "$.templates[0].main[1].dose");
    assertThat(problems).extracting(CatalogProblem::kind)
        .containsExactly(Kind.UNKNOWN_EXERCISE, Kind.DOSE_MISMATCH);
    assertThat(problems.get(0).message()).isEqualTo("unknown exercise \"clam-shell\"; did you mean clamshell?");
  }

  @Test
  void guidanceCoversEveryRedFlagAndWeakGluteSignOnce() {
    List<CatalogProblem> problems = problemsAfter(root -> {
      ObjectNode guidance = (ObjectNode) root.get("guidance");
      guidance.withArray("redFlagQuestions").remove(4);
      ((ObjectNode) guidance.withArray("redFlagQuestions").get(0)).put("flag", "saddle-numbness");
      guidance.withArray("weakGluteChecklist").remove(8);
    });
    assertThat(problems).extracting(CatalogProblem::kind).containsExactlyInAnyOrder(
        Kind.DUPLICATE_ID, Kind.MISSING_GUIDANCE, Kind.MISSING_GUIDANCE, Kind.MISSING_GUIDANCE);
    assertThat(problems).extracting(CatalogProblem::message).contains(
        "no question for red flag \"bladder-bowel\"; the guidance needs one for each",
        "no question for red flag \"fever\"; the guidance needs one for each",
        "no item for weak-glute sign \"hip-sway-walking\"; the guidance needs one for each",
        "a second question for red flag \"saddle-numbness\"; the first is at $.guidance.redFlagQuestions[0]");
    assertThat(problems).filteredOn(p -> p.kind() == Kind.DUPLICATE_ID).singleElement()
        .satisfies(p -> assertThat(p.path()).isEqualTo("$.guidance.redFlagQuestions[1].flag"));
  }

  @Test
  void anUnknownRedFlagIsNamed() {
    assertThat(problemsAfter(root ->
        ((ObjectNode) root.get("guidance").withArray("redFlagQuestions").get(3)).put("flag", "weaknes")))
        .extracting(CatalogProblem::kind, CatalogProblem::path)
        .containsExactlyInAnyOrder(
            tuple(Kind.UNKNOWN_VALUE, "$.guidance.redFlagQuestions[3].flag"),
            tuple(Kind.MISSING_GUIDANCE, "$.guidance.redFlagQuestions"));
  }

  @Test
  void aCatalogMayLeaveGuidanceOut() {
    Catalog catalog = CatalogLoader.parse(Fixtures.smallEdited(root -> root.remove("guidance")), "no-guidance.json");
    assertThat(catalog.guidance()).isEmpty();
  }

  @Test
  void malformedJsonIsOneProblemWithLineAndColumn() {
    String json = "{\n  \"version\": \"1\",\n  \"exercises\": [\n    {\"id\": }\n  ]\n}\n";
    assertThat(problemsOf(json)).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.MALFORMED_JSON);
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.column()).isEqualTo(12);
      assertThat(p.path()).isEqualTo("$.exercises[0]");
      assertThat(p.message()).startsWith("malformed JSON: Unexpected character ('}'");
      assertThat(p.toString()).startsWith("small-catalog.json: $.exercises[0] (line 4, column 12): malformed JSON:");
    });
    assertThat(problemsOf("")).singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("malformed JSON: the file is empty"));
    assertThat(problemsOf("{} {}")).singleElement().satisfies(p -> {
      assertThat(p.message()).isEqualTo("malformed JSON: unexpected content after the end of the JSON value");
      assertThat(p.column()).isEqualTo(4);
    });
  }

  @Test
  void theDocumentsOwnFieldsAreChecked() {
    assertThat(problemsAfter(root -> root.put("versoin", "2")))
        .extracting(CatalogProblem::path, CatalogProblem::message)
        .containsExactly(tuple("$.versoin", "unknown field \"versoin\""));
    assertThat(problemsAfter(root -> root.remove("version")))
        .extracting(CatalogProblem::kind, CatalogProblem::message)
        .containsExactly(tuple(Kind.WRONG_SHAPE, "missing field \"version\""));
    assertThat(problemsAfter(root -> root.put("version", " ")))
        .extracting(CatalogProblem::path).containsExactly("$.version");
    assertThat(problemsAfter(root -> root.put("exercises", "none")))
        .extracting(CatalogProblem::path, CatalogProblem::kind)
        .containsExactly(tuple("$.exercises", Kind.WRONG_SHAPE));
    assertThat(problemsOf("[1, 2]")).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo(
        "a catalog is a JSON object with version, exercises, ladders, templates and guidance; this is an array"));
  }

  @Test
  void aMissingVersionIsReportedBesideOtherProblems() {
    String json = Fixtures.smallEdited(root -> root.remove("version"))
        .replaceFirst("\"difficulty\" : 1,", "\"difficulty\" : 1, \"difficulty\" : 2,");
    assertThat(problemsOf(json)).extracting(CatalogProblem::path, CatalogProblem::message).containsExactlyInAnyOrder(
        tuple("$", "missing field \"version\""),
        tuple("$.exercises[0].difficulty", "field given twice in the same object; give it once"));
  }

  @Test
  void anExerciseThatIsNotAnObjectIsNamed() {
    assertThat(problemsAfter(root -> root.withArray("exercises").insertNull(2)))
        .filteredOn(p -> p.path().equals("$.exercises[2]"))
        .singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("expected an object, found null"));
  }

  @Test
  void aFieldGivenTwiceIsNamed() {
    String json = Fixtures.smallJson().replaceFirst("\"difficulty\": 1,", "\"difficulty\": 1, \"difficulty\": 2,");
    assertThat(problemsOf(json)).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.WRONG_SHAPE);
      assertThat(p.path()).isEqualTo("$.exercises[0].difficulty");
      assertThat(p.exerciseId()).hasValue("glute-bridge");
      assertThat(p.message()).isEqualTo("field given twice in the same object; give it once");
    });
  }

  @Test
  void missingAndMistypedFieldsOfAnExerciseAreNamed() {
    assertThat(problemsAfter(root -> exercise(root, 2).remove("name")))
        .extracting(CatalogProblem::path, CatalogProblem::message)
        .containsExactly(tuple("$.exercises[2]", "missing field \"name\""));
    assertThat(problemsAfter(root -> exercise(root, 2).put("difficulty", "two")))
        .extracting(CatalogProblem::path, CatalogProblem::message)
        .containsExactly(tuple(
            "$.exercises[2].difficulty", "expected a whole number, found \"two\""));
    assertThat(problemsAfter(root -> exercise(root, 2).put("id", "Hip Thrust")))
        .extracting(CatalogProblem::kind, CatalogProblem::path)
        .contains(tuple(Kind.INVALID_VALUE, "$.exercises[2].id"));
  }
}
