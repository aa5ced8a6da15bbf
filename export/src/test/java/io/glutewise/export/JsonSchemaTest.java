package io.glutewise.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.Program;
import io.glutewise.core.trainee.TraineeProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The shipped schemas: valid themselves, they accept what GlutewiseJson writes for the fixtures,
 * and they reject, together with GlutewiseJson, documents broken in known ways.
 */
class JsonSchemaTest {
  private static final String META = "https://json-schema.org/draft/2020-12/schema";

  @ParameterizedTest
  @ValueSource(strings = {"profile.schema.json", "program.schema.json", "session-log.schema.json",
      "program-export.schema.json", "referral-export.schema.json", "summary-export.schema.json"})
  void everySchemaIsValidDraft202012(String file) throws IOException {
    String text;
    try (InputStream in = getClass().getResourceAsStream(JsonSchemas.RESOURCE_FOLDER + file)) {
      assertThat(in).as(file).isNotNull();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    JsonNode schema = Schemas.tree(text);

    assertThat(schema.get("$schema").asText()).isEqualTo(META);
    assertThat(schema.get("$id").asText()).isEqualTo(JsonSchemas.BASE_URI + file);
    assertThat(com.networknt.schema.JsonSchemaFactory
            .getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
            .getSchema(com.networknt.schema.SchemaLocation.of(META))
            .validate(schema))
        .isEmpty();
    assertThat(JsonSchemas.all()).contains(file);
  }

  @Test
  void fixturesAsWrittenAreValid() {
    assertThat(Schemas.errors(JsonSchemas.PROGRAM, GlutewiseJson.write(ExportFixtures.program())))
        .isEmpty();
    assertThat(Schemas.errors(JsonSchemas.PROFILE,
        GlutewiseJson.write(ExportFixtures.program().builtFrom().profile()))).isEmpty();
    for (SessionLog log : ExportFixtures.logs()) {
      assertThat(Schemas.errors(JsonSchemas.SESSION_LOG, GlutewiseJson.write(log))).isEmpty();
    }
    assertThat(Schemas.errors(JsonSchemas.PROGRAM_EXPORT,
        ExportFixtures.exporter().json(ExportFixtures.program(), ExportFixtures.logs()))).isEmpty();
    assertThat(Schemas.errors(JsonSchemas.REFERRAL_EXPORT, new String(ExportFixtures.exporter()
        .exportReferral(ExportFormat.JSON, ExportFixtures.referral()), StandardCharsets.UTF_8)))
        .isEmpty();
    assertThat(Schemas.errors(JsonSchemas.SUMMARY_EXPORT,
        ExportFixtures.exporter().summaryJson(ExportFixtures.program()))).isEmpty();
  }

  @Test
  void theEmptyProfileIsValidAndReadsAsTheDefaults() {
    assertThat(Schemas.errors(JsonSchemas.PROFILE, "{}")).isEmpty();
    assertThat(GlutewiseJson.read("{}", TraineeProfile.class, "test"))
        .isEqualTo(TraineeProfile.defaults());
  }

  static Stream<Arguments> brokenPrograms() {
    return Stream.of(
        broken("no phases", p -> p.remove("phases")),
        broken("no phase", p -> ((ArrayNode) p.get("phases")).removeAll()),
        broken("unknown field", p -> p.put("colour", "red")),
        broken("unknown phase kind", p -> phase(p).put("kind", "hypertrophy")),
        broken("sets out of range", p -> dose(p).put("sets", 11)),
        broken("sets as text", p -> dose(p).put("sets", "3")),
        broken("both repetitions and seconds", p -> dose(p).set("seconds",
            Schemas.tree("{\"min\":10,\"max\":20}"))),
        broken("neither repetitions nor seconds", p -> dose(p).remove(List.of("repetitions", "seconds"))),
        broken("rest too long", p -> dose(p).put("restSeconds", 601)),
        broken("bad load kind", p -> dose(p).set("load", Schemas.tree("{\"kind\":\"stone\"}"))),
        broken("kilograms without an amount", p -> dose(p).set("load", Schemas.tree("{\"kind\":\"kg\"}"))),
        broken("band with an amount", p -> dose(p).set("load",
            Schemas.tree("{\"kind\":\"band\",\"band\":\"light\",\"amount\":3}"))),
        broken("too heavy", p -> dose(p).set("load", Schemas.tree("{\"kind\":\"kg\",\"amount\":501}"))),
        broken("exercise id not a slug", p -> prescription(p).put("exerciseId", "Glute Bridge")),
        broken("empty main block", p -> ((ArrayNode) session(p).get("main")).removeAll()),
        broken("session without a date", p -> session(p).remove("date")),
        broken("date not ISO", p -> session(p).put("date", "6/1/2025")),
        broken("index out of range", p -> session(p).put("index", 8)),
        broken("options without a start date", p -> options(p).remove("startDate")),
        broken("too few weeks", p -> options(p).put("weeks", 3)),
        broken("unknown model", p -> options(p).put("model", "wave")),
        broken("pain limit out of range", p -> profile(p).put("painLimit", 11)),
        broken("unknown red flag", p -> ((ArrayNode) profile(p).get("redFlags")).add("headache")),
        broken("unknown equipment", p -> ((ArrayNode) profile(p).get("equipment")).add("sofa")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenPrograms")
  void brokenProgramsFailBothTheSchemaAndTheReader(String what, String json) {
    assertThat(Schemas.errors(JsonSchemas.PROGRAM, json)).as(what).isNotEmpty();
    assertThatThrownBy(() -> GlutewiseJson.read(json, Program.class, what)).as(what)
        .isInstanceOf(io.glutewise.core.json.InvalidJsonException.class);
  }

  static Stream<Arguments> brokenLogs() {
    return Stream.of(
        brokenLog("no session id", l -> l.remove("sessionId")),
        brokenLog("session id of another shape", l -> l.put("sessionId", "week1-session1")),
        brokenLog("unknown status", l -> l.put("status", "skipped")),
        brokenLog("pain before out of range", l -> l.put("painBefore", -1)),
        brokenLog("pain next morning out of range", l -> l.put("painNextMorning", 11)),
        brokenLog("missed with exercises", l -> l.put("status", "missed")),
        brokenLog("set with both", l -> firstSet(l).put("seconds", 20)),
        brokenLog("set with neither", l -> firstSet(l).remove("repetitions")),
        brokenLog("too many repetitions", l -> firstSet(l).put("repetitions", 1001)),
        brokenLog("pain during as null", l -> firstExercise(l).putNull("painDuring")),
        brokenLog("unknown field in an exercise", l -> firstExercise(l).put("rpe", 8)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenLogs")
  void brokenLogsFailBothTheSchemaAndTheReader(String what, String json) {
    assertThat(Schemas.errors(JsonSchemas.SESSION_LOG, json)).as(what).isNotEmpty();
    assertThatThrownBy(() -> GlutewiseJson.read(json, SessionLog.class, what)).as(what)
        .isInstanceOf(io.glutewise.core.json.InvalidJsonException.class);
  }

  private static Arguments broken(String what, Consumer<ObjectNode> change) {
    ObjectNode program = (ObjectNode) Schemas.tree(GlutewiseJson.write(ExportFixtures.program()));
    change.accept(program);
    return Arguments.of(what, Schemas.text(program));
  }

  private static Arguments brokenLog(String what, Consumer<ObjectNode> change) {
    ObjectNode log = (ObjectNode) Schemas.tree(GlutewiseJson.write(ExportFixtures.logs().get(0)));
    change.accept(log);
    return Arguments.of(what, Schemas.text(log));
  }

  private static ObjectNode firstExercise(ObjectNode log) {
    return (ObjectNode) log.get("exercises").get(0);
  }

  private static ObjectNode firstSet(ObjectNode log) {
    return (ObjectNode) firstExercise(log).get("sets").get(0);
  }

  private static ObjectNode phase(ObjectNode program) {
    return (ObjectNode) program.get("phases").get(0);
  }

  private static ObjectNode session(ObjectNode program) {
    return (ObjectNode) phase(program).get("weeks").get(0).get("sessions").get(0);
  }

  private static ObjectNode prescription(ObjectNode program) {
    return (ObjectNode) session(program).get("main").get(0);
  }

  private static ObjectNode dose(ObjectNode program) {
    return (ObjectNode) prescription(program).get("dose");
  }

  private static ObjectNode options(ObjectNode program) {
    return (ObjectNode) program.get("builtFrom").get("options");
  }

  private static ObjectNode profile(ObjectNode program) {
    return (ObjectNode) program.get("builtFrom").get("profile");
  }
}
