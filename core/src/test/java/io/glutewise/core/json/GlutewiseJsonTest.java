package io.glutewise.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import io.glutewise.core.InvalidValueException;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.dose.Load;
import io.glutewise.core.dose.TargetRange;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.MuscleActivation;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.Phase;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.trainee.TraineeProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading JSON never fails with a stack trace a person cannot use: every failure is an
 * {@link InvalidJsonException} naming the source, the JSON path, the position where known, and
 * the problem in words, without Java class names.
 */
class GlutewiseJsonTest {
  private static final String DOSE = "{\"sets\": 3, \"repetitions\": {\"min\": 8, \"max\": 12}}";
  private static final String DEMANDS =
      "{\"kneeFlexion\": \"none\", \"hipFlexion\": \"none\", \"weightOnHands\": false,"
          + " \"weightOnArms\": false, \"weightOnKnees\": false, \"balance\": \"stable\","
          + " \"spinalFlexionOrTwist\": false, \"floorWork\": true, \"longSupine\": true}";

  private static InvalidJsonException failure(String json, Class<?> type) {
    InvalidJsonException failure =
        catchThrowableOfType(
            InvalidJsonException.class, () -> GlutewiseJson.read(json, type, "plan.json"));
    assertThat(failure).as("reading %s as %s fails", json, type.getSimpleName()).isNotNull();
    assertThat(failure.source()).isEqualTo("plan.json");
    assertThat(failure.getMessage()).startsWith("plan.json");
    return failure;
  }

  /** The message a builder gives for the same invalid value, to compare with the JSON's. */
  private static String builderMessage(Runnable build) {
    return catchThrowableOfType(InvalidValueException.class, build::run).getMessage();
  }

  private static String session(String mainJson) {
    return "{\"week\": 1, \"index\": 1, \"date\": \"2025-03-03\", \"main\": " + mainJson
        + ", \"estimatedMinutes\": 20}";
  }

  @Test
  void aValidDocumentReads() {
    assertThat(GlutewiseJson.read(DOSE, Dose.class, "plan.json"))
        .isEqualTo(Dose.ofRepetitions(3, 8, 12));
    assertThat(
            GlutewiseJson.read(
                "[\"gluteus-maximus\", \"gluteus-medius\"]",
                new TypeReference<List<Muscle>>() {},
                "muscles.json"))
        .containsExactly(Muscle.GLUTEUS_MAXIMUS, Muscle.GLUTEUS_MEDIUS);
  }

  @Test
  void writingUsesIdsIsoDatesAndLeavesOutWhatIsAbsent() {
    String json = GlutewiseJson.write(PlanOptions.startingOn(LocalDate.of(2025, 3, 3)));
    assertThat(json).contains("\"startDate\" : \"2025-03-03\"", "\"model\" : \"linear\"");
    String dose = GlutewiseJson.write(Dose.ofRepetitions(3, 8, 12));
    assertThat(dose).doesNotContain("seconds", "repsInReserve", "timed");
    assertThat(GlutewiseJson.write(Load.kilograms(20)))
        .contains("\"kind\" : \"kg\"", "\"amount\" : 20.0")
        .doesNotContain("weight", "band");
  }

  @Test
  void malformedJsonGivesItsLineAndColumn() {
    InvalidJsonException failure =
        failure("{\n  \"sets\": 3,\n  \"repetitions\": {\"min\": 8 \"max\": 12}\n}", Dose.class);
    assertThat(failure.line()).isEqualTo(3);
    assertThat(failure.column()).isEqualTo(28);
    assertThat(failure.problem()).startsWith("malformed JSON: ");
    assertThat(failure.getMessage()).startsWith("plan.json:3:28: ");
  }

  @Test
  void aStrayCommaIsMalformed() {
    InvalidJsonException failure = failure("{\"sets\": 3,, }", Dose.class);
    assertThat(failure.line()).isEqualTo(1);
    assertThat(failure.column()).isEqualTo(12);
    assertThat(failure.path()).isEqualTo("$");
    assertThat(failure.problem()).startsWith("malformed JSON: ");
  }

  @Test
  void aDocumentCutShortIsMalformed() {
    InvalidJsonException failure = failure("{\"sets\": 3", Dose.class);
    assertThat(failure.problem())
        .startsWith("malformed JSON: Unexpected end-of-input")
        .contains("line 1, column 1");
  }

  @Test
  void contentAfterTheValueIsMalformed() {
    InvalidJsonException failure = failure(DOSE + " {}", Dose.class);
    assertThat(failure.problem()).startsWith("malformed JSON: ");
    assertThat(failure.column()).isPositive();
  }

  @Test
  void emptyInputAndNullAreNoValue() {
    assertThat(failure("", Dose.class).problem()).isEqualTo("no JSON found: the input is empty");
    assertThat(failure("  \n ", Dose.class).problem())
        .isEqualTo("no JSON found: the input is empty");
    assertThat(failure("null", Dose.class).problem()).isEqualTo("expected a value, found null");
  }

  @Test
  void aRejectedValueGivesThePathOfItsField() {
    InvalidJsonException failure =
        failure("{\"sets\": 0, \"repetitions\": {\"min\": 8, \"max\": 12}}", Dose.class);
    assertThat(failure.path()).isEqualTo("$.sets");
    assertThat(failure.problem()).isEqualTo(builderMessage(() -> Dose.ofRepetitions(0, 8, 12)));
    assertThat(failure.getMessage()).contains("$.sets: sets must be between 1 and 10, was 0");
    assertThat(failure.getCause()).isNotNull();
  }

  @Test
  void aRejectedValueDeepInADocumentGivesItsFullPath() {
    InvalidJsonException failure =
        failure(
            session(
                "[{\"exerciseId\": \"glute-bridge\", \"dose\": {\"sets\": 11,"
                    + " \"repetitions\": {\"min\": 8, \"max\": 12}}}]"),
            Session.class);
    assertThat(failure.path()).isEqualTo("$.main[0].dose.sets");
    assertThat(failure.problem()).isEqualTo(builderMessage(() -> Dose.ofRepetitions(11, 8, 12)));
  }

  static Stream<Arguments> rejectedValues() {
    return Stream.of(
        Arguments.of(
            Dose.class,
            "{\"sets\": 3, \"repetitions\": {\"min\": 12, \"max\": 8}}",
            "$.repetitions.min",
            "min must not exceed max 8, was 12"),
        Arguments.of(
            Dose.class,
            "{\"sets\": 3, \"repetitions\": {\"min\": 8, \"max\": 12},"
                + " \"load\": {\"kind\": \"kg\", \"amount\": -5}}",
            "$.load.amount",
            "amount must be between 0.1 and 500.0, was -5.0"),
        Arguments.of(
            Dose.class,
            "{\"sets\": 3, \"repetitions\": {\"min\": 8, \"max\": 12},"
                + " \"load\": {\"kind\": \"band\"}}",
            "$.load.band",
            "band is required for a load of kind band, was absent"),
        Arguments.of(
            MuscleActivation.class,
            "{\"muscle\": \"gluteus-medius\", \"role\": \"primary\", \"emg\": ["
                + "{\"low\": 20, \"measure\": \"mean\", \"source\": \"a\"},"
                + "{\"low\": 400, \"measure\": \"mean\", \"source\": \"b\"}]}",
            "$.emg[1].low",
            "low must be between 0.0 and 300.0, was 400.0"),
        Arguments.of(
            TraineeProfile.class,
            "{\"currentPain\": 11}",
            "$.currentPain",
            "currentPain must be between 0 and 10, was 11"),
        Arguments.of(
            SessionLog.class,
            "{\"sessionId\": \"w01-s1\", \"date\": \"2025-03-03\","
                + " \"exercises\": [{\"exerciseId\": \"clamshell\", \"painDuring\": 12}]}",
            "$.exercises[0].painDuring",
            "painDuring must be between 0 and 10, was 12"),
        Arguments.of(
            SessionLog.class,
            "{\"sessionId\": \"week 1\", \"date\": \"2025-03-03\"}",
            "$.sessionId",
            "sessionId must look like w03-s2, was \"week 1\""),
        Arguments.of(
            Phase.class,
            "{\"kind\": \"activation\", \"aim\": \"wake up\", \"weeks\": [{\"number\": 2,"
                + " \"sessions\": [" + session("[{\"exerciseId\": \"glute-bridge\", \"dose\": "
                + "{\"sets\": 1, \"seconds\": {\"min\": 10, \"max\": 10}}}]") + "]}]}",
            "$.weeks[0].sessions[0].week",
            "sessions[0].week must equal the week's number 2, was 1"),
        Arguments.of(
            Session.class,
            session("[]"),
            "$.main",
            "main must not be empty in session w01-s1, was []"),
        Arguments.of(
            PlanOptions.class,
            "{\"weeks\": 27, \"startDate\": \"2025-03-03\"}",
            "$.weeks",
            "weeks must be between 4 and 26, was 27"));
  }

  @ParameterizedTest
  @MethodSource("rejectedValues")
  void everyRejectedValueIsReportedAtItsPath(
      Class<?> type, String json, String path, String problem) {
    InvalidJsonException failure = failure(json, type);
    assertThat(failure.path()).isEqualTo(path);
    assertThat(failure.problem()).isEqualTo(problem);
    assertThat(failure.line()).isPositive();
  }

  @Test
  void aGapInAProgramsWeeksIsReportedAtTheWeek() {
    String week1 = "{\"number\": 1, \"sessions\": []}";
    String week3 = "{\"number\": 3, \"sessions\": []}";
    String json =
        "{\"builtFrom\": {\"profile\": {}, \"options\": {\"startDate\": \"2025-03-03\"},"
            + " \"catalogVersion\": \"1\"}, \"phases\": [{\"kind\": \"activation\", \"aim\": \"a\","
            + " \"weeks\": [" + week1 + ", " + week3 + "]}]}";
    InvalidJsonException failure = failure(json, Program.class);
    assertThat(failure.path()).isEqualTo("$.phases[0].weeks[1].number");
    assertThat(failure.problem()).startsWith("phases[0].weeks[1].number must be 2");
  }

  @Test
  void aDuplicateMuscleIsReportedAtTheSecondMention() {
    String json =
        "{\"id\": \"glute-bridge\", \"name\": \"Glute bridge\", \"pattern\": \"bridge\","
            + " \"muscles\": [{\"muscle\": \"gluteus-maximus\", \"role\": \"primary\"},"
            + " {\"muscle\": \"gluteus-maximus\", \"role\": \"secondary\"}],"
            + " \"laterality\": \"bilateral\", \"lowerBackLoad\": \"low\", \"difficulty\": 1,"
            + " \"position\": \"supine\", \"demands\": " + DEMANDS + ","
            + " \"doseKind\": \"repetitions\", \"defaultDose\": " + DOSE + "}";
    InvalidJsonException failure = failure(json, Exercise.class);
    assertThat(failure.path()).isEqualTo("$.muscles[1].muscle");
    assertThat(failure.problem()).contains("must list each muscle once in glute-bridge");
  }

  @Test
  void anUnknownIdIsReportedAtItsPathWithTheKnownIds() {
    InvalidJsonException failure =
        failure("{\"equipment\": [\"mat\", \"sofa\"]}", TraineeProfile.class);
    assertThat(failure.path()).isEqualTo("$.equipment[1]");
    assertThat(failure.problem())
        .isEqualTo(
            "equipment must be one of [back-extension-bench, band, barbell, bench, dumbbell,"
                + " kettlebell, mat, none, step], was \"sofa\"");
  }

  @Test
  void anUnknownFieldIsNamed() {
    InvalidJsonException failure =
        failure("{\"sets\": 3, \"reps\": {\"min\": 8, \"max\": 12}}", Dose.class);
    assertThat(failure.path()).isEqualTo("$.reps");
    assertThat(failure.problem()).isEqualTo("unknown field \"reps\"");
  }

  @Test
  void anUnknownFieldDeepInADocumentIsNamedAtItsPath() {
    InvalidJsonException failure =
        failure(
            session(
                "[{\"exerciseId\": \"glute-bridge\", \"dose\": {\"sets\": 3, \"rest\": 60,"
                    + " \"repetitions\": {\"min\": 8, \"max\": 12}}}]"),
            Session.class);
    assertThat(failure.path()).isEqualTo("$.main[0].dose.rest");
    assertThat(failure.problem()).isEqualTo("unknown field \"rest\"");
  }

  @Test
  void aMissingFieldIsNamed() {
    assertThat(failure("{\"repetitions\": {\"min\": 8, \"max\": 12}}", Dose.class).problem())
        .isEqualTo("missing field \"sets\"");
    InvalidJsonException session = failure("{\"date\": \"2025-03-03\"}", Session.class);
    assertThat(session.path()).isEqualTo("$");
    assertThat(session.problem()).startsWith("missing fields ").contains("\"week\"", "\"index\"");
  }

  static Stream<Arguments> wrongTypes() {
    return Stream.of(
        Arguments.of("{\"sets\": \"three\", \"repetitions\": {\"min\": 8, \"max\": 12}}",
            Dose.class, "$.sets", "expected a whole number, found \"three\""),
        Arguments.of("{\"sets\": 3.5, \"repetitions\": {\"min\": 8, \"max\": 12}}",
            Dose.class, "$.sets", "expected a whole number, found 3.5"),
        Arguments.of("{\"sets\": null, \"repetitions\": {\"min\": 8, \"max\": 12}}",
            Dose.class, "$.sets", "expected a whole number, found null"),
        Arguments.of("{\"sets\": [3], \"repetitions\": {\"min\": 8, \"max\": 12}}",
            Dose.class, "$.sets", "expected a whole number, found a list"),
        Arguments.of("{\"sets\": 3, \"repetitions\": \"8-12\"}",
            Dose.class, "$.repetitions", "expected an object, found \"8-12\""),
        Arguments.of(
            "{\"sets\": 3, \"perSide\": \"yes\", \"repetitions\": {\"min\": 8, \"max\": 12}}",
            Dose.class, "$.perSide", "expected true or false, found \"yes\""),
        Arguments.of("[]", Dose.class, "$", "expected an object, found a list"),
        Arguments.of("\"3 x 8-12\"", Dose.class, "$", "expected an object, found \"3 x 8-12\""),
        Arguments.of("{\"equipment\": \"mat\"}",
            TraineeProfile.class, "$.equipment", "expected a list, found a text"),
        Arguments.of("{\"sessionId\": \"w01-s1\", \"date\": \"2025-13-01\"}",
            SessionLog.class, "$.date", "expected a date from 1900-01-01 to 2200-12-31 such as 2025-03-01, found \"2025-13-01\""),
        Arguments.of("{\"sessionId\": \"w01-s1\", \"date\": 20250301}",
            SessionLog.class, "$.date", "expected a date from 1900-01-01 to 2200-12-31 such as 2025-03-01, found 20250301"));
  }

  @ParameterizedTest
  @MethodSource("wrongTypes")
  void aValueOfTheWrongTypeSaysWhatWasExpected(
      String json, Class<?> type, String path, String problem) {
    InvalidJsonException failure = failure(json, type);
    assertThat(failure.path()).isEqualTo(path);
    assertThat(failure.problem()).isEqualTo(problem);
  }

  static Stream<Arguments> badDocuments() {
    return Stream.concat(
        Stream.concat(rejectedValues(), wrongTypes())
            .map(a -> a.get()[0] instanceof Class
                ? Arguments.of(a.get()[1], a.get()[0]) : Arguments.of(a.get()[0], a.get()[1])),
        Stream.of(
            Arguments.of("{\"sets\": 3,, }", Dose.class),
            Arguments.of("{\"sets\": 3", Dose.class),
            Arguments.of(DOSE + " []", Dose.class),
            Arguments.of("", Dose.class),
            Arguments.of("{}", Dose.class),
            Arguments.of("{\"x\": 1}", TraineeProfile.class),
            Arguments.of("{\"muscle\": null, \"role\": \"primary\"}", MuscleActivation.class),
            Arguments.of("{\"muscle\": 7, \"role\": \"primary\"}", MuscleActivation.class),
            Arguments.of("{\"muscle\": \"gluteus-maximus\", \"role\": \"primary\","
                + " \"emg\": [null]}", MuscleActivation.class),
            Arguments.of("{\"muscle\": \"gluteus-maximus\", \"role\": \"primary\","
                + " \"emg\": {}}", MuscleActivation.class),
            Arguments.of("{\"min\": 1, \"max\": 99999999999}", TargetRange.class),
            Arguments.of("{\"goals\": [[]]}", TraineeProfile.class),
            Arguments.of("{\"sittingHoursPerDay\": \"many\"}", TraineeProfile.class),
            Arguments.of("{\"builtFrom\": 1, \"phases\": []}", Program.class)));
  }

  @ParameterizedTest
  @MethodSource("badDocuments")
  void noMessageNamesAJavaClass(String json, Class<?> type) {
    InvalidJsonException failure = failure(json, type);
    assertThat(failure.getMessage())
        .doesNotContain("io.glutewise", "Immutable", "com.fasterxml", "java.", "$Json", "`",
            "JsonToken", "CoercionConfig", "DeserializationFeature", "StreamReadFeature",
            "Exception", "REDACTED", "Cannot build");
    assertThat(failure.problem()).isNotBlank();
  }
}
