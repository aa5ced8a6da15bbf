package io.glutewise.web;

import static io.glutewise.web.Requests.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.glutewise.catalog.Catalog;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.ActivationRole;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.LowerBackLoad;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Program;
import io.glutewise.core.trainee.RedFlag;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.PlanResult;
import io.glutewise.planner.Planner;
import io.glutewise.planner.adapt.Adaptation;
import io.glutewise.web.api.PlanRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The API answers with what the planner and the catalog say, through a real server. */
class ApiTest {
  private final TestServer server = TestServer.shared();
  private final Planner planner = Planner.standard();
  private final Catalog catalog = planner.catalog();

  @Test
  void healthSaysOkWithTheVersions() {
    HttpResponse<String> response = server.get("/health");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    JsonNode body = json(response.body());
    assertThat(body.get("status").asText()).isEqualTo("ok");
    assertThat(body.get("catalogVersion").asText()).isEqualTo(catalog.version());
    assertThat(body.get("version").asText()).isNotBlank().doesNotContain("${");
  }

  @Test
  void guidanceAsksEveryRedFlagWithTheCatalogsWords() {
    JsonNode body = json(server.get("/api/guidance").body());
    Set<String> flags = ids(body.get("redFlagQuestions"), "flag");
    assertThat(flags).hasSize(RedFlag.values().length);
    for (RedFlag flag : RedFlag.values()) {
      assertThat(flags).contains(flag.id());
    }
    assertThat(body.get("clinicianNotice").asText()).isEqualTo(planner.clinicianNotice());
    String firstQuestion = catalog.guidance().orElseThrow().redFlagQuestions().get(0).question();
    assertThat(body.get("redFlagQuestions").findValuesAsText("question")).contains(firstQuestion);
  }

  @Test
  void listsTheWholeCatalogWithoutFilters() {
    JsonNode body = json(server.get("/api/exercises").body());
    assertThat(body.get("count").asInt()).isEqualTo(catalog.exercises().size());
    assertThat(ids(body.get("exercises"), "id"))
        .isEqualTo(catalog.exercises().stream().map(Exercise::id).collect(Collectors.toSet()));
  }

  @Test
  void filtersByAvailableEquipment() {
    JsonNode body = json(server.get("/api/exercises?equipment=mat,band").body());
    assertThat(body.get("count").asInt()).isPositive();
    for (JsonNode exercise : body.get("exercises")) {
      for (JsonNode item : exercise.get("equipment")) {
        assertThat(item.asText()).isIn("mat", "band");
      }
    }
    List<String> expected = catalog.exercises().stream()
        .filter(e -> e.equipment().stream().allMatch(q -> q.id().equals("mat") || q.id().equals("band")))
        .map(Exercise::id).toList();
    assertThat(textList(body.get("exercises"), "id")).isEqualTo(expected);
  }

  @Test
  void filtersByMuscleRolePatternLevelAndBackLoad() {
    JsonNode body = json(server.get(
        "/api/exercises?muscle=gluteus-medius&role=primary&level=beginner&maxBackLoad=low").body());
    assertThat(body.get("count").asInt()).isPositive();
    for (JsonNode node : body.get("exercises")) {
      Exercise exercise = catalog.get(node.get("id").asText());
      assertThat(exercise.roleOf(Muscle.GLUTEUS_MEDIUS)).contains(ActivationRole.PRIMARY);
      assertThat(exercise.difficulty()).isLessThanOrEqualTo(2);
      assertThat(exercise.lowerBackLoad()).isLessThanOrEqualTo(LowerBackLoad.LOW);
    }
    JsonNode bridges = json(server.get("/api/exercises?pattern=bridge").body());
    assertThat(bridges.get("count").asInt()).isPositive();
    for (JsonNode node : bridges.get("exercises")) {
      assertThat(node.get("pattern").asText()).isEqualTo("bridge");
    }
  }

  @Test
  void oneExerciseComesWithItsLadderStepsBothWays() {
    JsonNode body = json(server.get("/api/exercises/bridge-march").body());
    assertThat(body.get("exercise").get("id").asText()).isEqualTo("bridge-march");
    assertThat(textList(body.get("easier"), "from")).isEqualTo(catalog.ladders().easier("bridge-march"));
    assertThat(textList(body.get("harder"), "to")).isEqualTo(catalog.ladders().harder("bridge-march"));
    assertThat(textList(body.get("easier"), "from")).contains("glute-bridge");
    assertThat(textList(body.get("harder"), "to")).contains("single-leg-glute-bridge");
    assertThat(body.get("harder").get(0).get("criterion").get("sets").asInt()).isPositive();
  }

  @Test
  void screeningWithARedFlagIsAReferral() {
    JsonNode flagged = json(server.postJson("/api/screenings", "{\"redFlags\":[\"fever\"]}").body());
    assertThat(flagged.get("referral").get("flags").get(0).asText()).isEqualTo("fever");
    assertThat(flagged.get("referral").get("message").asText()).isNotBlank();

    HttpResponse<String> clear = server.postJson("/api/screenings",
        "{\"weakGluteSigns\":[\"glutes-not-felt\",\"sits-most-of-day\"]}");
    assertThat(clear.statusCode()).isEqualTo(200);
    assertThat(json(clear.body()).has("referral")).isFalse();
    assertThat(json(clear.body()).get("weakGlutes").get("score").asInt()).isEqualTo(2);
  }

  @Test
  void planIsExactlyWhatThePlannerBuilds() {
    HttpResponse<String> response = server.postJson("/api/plans", Requests.clearedPlan());
    assertThat(response.statusCode()).isEqualTo(200);
    PlanRequest request = GlutewiseJson.read(Requests.clearedPlan(), PlanRequest.class, "test");
    PlanResult expected = planner.plan(request.profile(), request.options());
    assertThat(json(response.body())).isEqualTo(json(GlutewiseJson.write(expected)));
    JsonNode body = json(response.body());
    assertThat(body.has("program")).isTrue();
    assertThat(body.has("referral")).isFalse();
  }

  @Test
  void aRedFlagGivesAReferralAndNoProgramWithStatus200() {
    HttpResponse<String> response = server.postJson("/api/plans", Requests.referralPlan());
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json(response.body());
    assertThat(body.has("program")).isFalse();
    assertThat(body.get("referral").get("flags").get(0).asText()).isEqualTo("saddle-numbness");
    assertThat(body.get("referral").get("message").asText()).containsIgnoringCase("clinician");
  }

  @Test
  void nextAdaptsThePostedProgram() {
    Program program = program();
    String body = "{\"program\":" + GlutewiseJson.write(program) + ",\"logs\":[]}";
    HttpResponse<String> response = server.postJson("/api/plans/next", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Adaptation expected = planner.next(program, List.of());
    assertThat(json(response.body())).isEqualTo(json(GlutewiseJson.write(expected)));
    assertThat(expected.sessions()).isNotEmpty();
  }

  @Test
  void statisticsHaveOneEntryPerWeekWithGluteVolume() {
    Program program = program();
    HttpResponse<String> response = server.postJson("/api/plans/statistics",
        "{\"program\":" + GlutewiseJson.write(program) + "}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode body = json(response.body());
    assertThat(body.get("weeks")).hasSize(program.weeks().size());
    JsonNode first = body.get("weeks").get(0);
    assertThat(first.get("week").asInt()).isEqualTo(1);
    assertThat(first.get("setsPerMuscle").get("gluteus-maximus").asDouble()).isPositive();
    assertThat(body.get("muscleNames").get("gluteus-maximus").asText())
        .isEqualTo(Muscle.GLUTEUS_MAXIMUS.displayName());
    assertThat(body.get("estimatedMinutesBySession").size()).isEqualTo(program.sessions().size());
  }

  @Test
  void exportsComeAsFilesToSave() {
    Program program = program();
    String body = "{\"program\":" + GlutewiseJson.write(program) + "}";

    HttpResponse<String> ics = server.postJson("/api/exports/ics", body);
    assertThat(ics.statusCode()).as(ics.body()).isEqualTo(200);
    assertThat(ics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
    assertThat(ics.headers().firstValue("Content-Disposition").orElseThrow())
        .isEqualTo("attachment; filename=\"glutewise-plan-" + Requests.START + ".ics\"");
    assertThat(ics.body()).startsWith("BEGIN:VCALENDAR");
    assertThat(ics.body().split("BEGIN:VEVENT", -1)).hasSize(program.sessions().size() + 1);

    HttpResponse<String> markdown = server.postJson("/api/exports/markdown", body);
    assertThat(markdown.statusCode()).isEqualTo(200);
    assertThat(markdown.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/markdown");
    assertThat(markdown.headers().firstValue("Content-Disposition").orElseThrow()).endsWith(".md\"");
    assertThat(markdown.body()).contains("Glute bridge");

    HttpResponse<String> html = server.postJson("/api/exports/html", body);
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(html.headers().firstValue("Content-Disposition").orElseThrow()).endsWith(".html\"");
    assertThat(html.body()).contains("<html").contains(planner.clinicianNotice().substring(0, 40));
  }

  @Test
  void thePageIsServedAtTheRoot() {
    HttpResponse<String> page = server.get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.body()).contains("<script src=\"/app.js\" defer></script>").doesNotContain("<script>");
    assertThat(server.get("/app.js").statusCode()).isEqualTo(200);
    assertThat(server.get("/app.css").statusCode()).isEqualTo(200);
  }

  private Program program() {
    PlanOptions options = PlanOptions.builder().startDate(java.time.LocalDate.parse(Requests.START)).weeks(8).build();
    return planner.plan(TraineeProfile.defaults(), options).program().orElseThrow();
  }

  private static Set<String> ids(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(node -> node.get(field).asText()).collect(Collectors.toSet());
  }

  private static List<String> textList(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.get(field).asText()));
    return values;
  }
}
