package io.glutewise.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.dose.BandStrength;
import io.glutewise.core.dose.LoadKind;
import io.glutewise.core.exercise.ActivationRole;
import io.glutewise.core.exercise.DoseKind;
import io.glutewise.core.exercise.EmgMeasure;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.Laterality;
import io.glutewise.core.exercise.LowerBackLoad;
import io.glutewise.core.exercise.MovementPattern;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.log.SessionStatus;
import io.glutewise.core.program.PeriodizationModel;
import io.glutewise.core.program.PhaseKind;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Program;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.trainee.Goal;
import io.glutewise.core.trainee.Limitation;
import io.glutewise.core.trainee.RedFlag;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.core.trainee.WeakGluteSign;
import io.glutewise.planner.Planner;
import io.glutewise.planner.adapt.ChangeKind;
import io.glutewise.planner.screening.WeakGluteBand;
import io.glutewise.web.api.ApiRoutes;
import java.lang.reflect.Method;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document tells the truth: every route is documented and nothing else is, and real
 * responses, good and bad, match the documented status, media type and schema.
 */
class OpenApiContractTest {
  private static final TestServer SERVER = TestServer.shared();
  private static final OpenApiDocument DOC = new OpenApiDocument(SERVER.get("/openapi.json").body());

  @Test
  void documentsExactlyTheRoutesTheServerHas() {
    Set<String> declared = new ApiRoutes(Planner.standard()).routes().stream()
        .map(route -> route.method().name() + " " + route.path())
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(DOC.operations()).isEqualTo(declared);
    // every GET route answers HEAD too, as HTTP asks; the document lists the GETs
    Set<String> registered = SERVER.registeredRoutes().stream()
        .filter(route -> !route.startsWith("HEAD "))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(registered).isEqualTo(declared);
  }

  @Test
  void isOpenApi31() {
    assertThat(DOC.json().get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(DOC.json().at("/info/title").asText()).isNotBlank();
  }

  @Test
  void vocabulariesMatchTheEnumsTheServerReads() throws Exception {
    Map<String, Class<? extends Enum<?>>> enums = Map.ofEntries(
        Map.entry("Muscle", Muscle.class), Map.entry("ActivationRole", ActivationRole.class),
        Map.entry("MovementPattern", MovementPattern.class), Map.entry("Equipment", Equipment.class),
        Map.entry("Laterality", Laterality.class), Map.entry("LowerBackLoad", LowerBackLoad.class),
        Map.entry("DoseKind", DoseKind.class), Map.entry("EmgMeasure", EmgMeasure.class),
        Map.entry("LoadKind", LoadKind.class), Map.entry("BandStrength", BandStrength.class),
        Map.entry("PeriodizationModel", PeriodizationModel.class), Map.entry("PhaseKind", PhaseKind.class),
        Map.entry("ExperienceLevel", ExperienceLevel.class), Map.entry("Goal", Goal.class),
        Map.entry("Limitation", Limitation.class), Map.entry("RedFlag", RedFlag.class),
        Map.entry("WeakGluteSign", WeakGluteSign.class), Map.entry("SessionStatus", SessionStatus.class),
        Map.entry("ChangeKind", ChangeKind.class), Map.entry("WeakGluteBand", WeakGluteBand.class));
    for (Map.Entry<String, Class<? extends Enum<?>>> entry : enums.entrySet()) {
      Method id = entry.getValue().getMethod("id");
      List<String> ids = new ArrayList<>();
      for (Enum<?> constant : entry.getValue().getEnumConstants()) {
        ids.add((String) id.invoke(constant));
      }
      assertThat(DOC.enumOf(entry.getKey())).as(entry.getKey()).isEqualTo(ids);
    }
  }

  @Test
  void goodResponsesMatchTheirSchemas() {
    Program program = program();
    String programBody = "{\"program\":" + GlutewiseJson.write(program) + "}";
    List<HttpResponse<String>> exchanges = List.of(
        SERVER.get("/health"),
        SERVER.get("/openapi.json"),
        SERVER.get("/api/guidance"),
        SERVER.get("/api/exercises"),
        SERVER.get("/api/exercises?muscle=gluteus-maximus&role=primary&equipment=mat,bench&level=intermediate&maxBackLoad=moderate&pattern=bridge"),
        SERVER.get("/api/exercises?equipment="),
        SERVER.get("/api/exercises/glute-bridge"),
        SERVER.get("/api/exercises/barbell-hip-thrust"),
        SERVER.postJson("/api/screenings", "{}"),
        SERVER.postJson("/api/screenings", "{\"redFlags\":[\"fever\",\"trauma\"],\"weakGluteSigns\":[\"poor-posture\"]}"),
        SERVER.postJson("/api/plans", Requests.clearedPlan()),
        SERVER.postJson("/api/plans", Requests.referralPlan()),
        SERVER.postJson("/api/plans/next", programBody),
        SERVER.postJson("/api/plans/statistics", programBody),
        SERVER.postJson("/api/exports/ics", programBody),
        SERVER.postJson("/api/exports/markdown", programBody),
        SERVER.postJson("/api/exports/html", programBody));
    for (HttpResponse<String> exchange : exchanges) {
      assertThat(exchange.statusCode()).as(exchange.uri() + "\n" + exchange.body()).isEqualTo(200);
      assertThat(DOC.check(exchange)).as(exchange.request().method() + " " + exchange.uri()).isEmpty();
    }
  }

  @Test
  void problemResponsesMatchTheirSchemas() {
    List<HttpResponse<String>> exchanges = new ArrayList<>(List.of(
        SERVER.get("/api/exercises?muscle=glutes"),
        SERVER.get("/api/exercises/glute-brige"),
        SERVER.get("/api/unknown"),
        SERVER.get("/..%2fsecret"),
        SERVER.send(HttpRequest.newBuilder(SERVER.uri("/api/plans")).method("PATCH", HttpRequest.BodyPublishers.noBody()).build()),
        SERVER.postJson("/api/plans", "{"),
        SERVER.postJson("/api/plans", Requests.plan("\"daysPerWeek\":0", "")),
        SERVER.postJson("/api/plans", "{\"profile\":{}}"),
        SERVER.post("/api/plans", "{}", "text/plain"),
        SERVER.postJson("/api/plans", "{\"x\":\"" + "y".repeat(300_000) + "\"}"),
        SERVER.postJson("/api/screenings", "{\"currentPain\":-1}"),
        SERVER.postJson("/api/plans/next", "{\"program\":{}}"),
        SERVER.postJson("/api/plans/statistics", "{\"logs\":[]}"),
        SERVER.postJson("/api/exports/ics", "[]"),
        SERVER.postJson("/api/exports/markdown", ""),
        SERVER.post("/api/exports/html", "{}", "application/xml")));
    for (HttpResponse<String> exchange : exchanges) {
      assertThat(exchange.statusCode()).isBetween(400, 499);
      assertThat(DOC.check(exchange)).as(exchange.request().method() + " " + exchange.uri()).isEmpty();
    }
  }

  @Test
  void theRequestsTheServerTakesMatchTheRequestSchemas() {
    assertThat(DOC.validate(DOC.requestSchema("POST", "/api/plans"), Requests.clearedPlan())).isEmpty();
    assertThat(DOC.validate(DOC.requestSchema("POST", "/api/screenings"), "{}")).isEmpty();
    assertThat(DOC.validate(DOC.requestSchema("POST", "/api/plans/next"),
        "{\"program\":" + GlutewiseJson.write(program()) + ",\"logs\":[{\"sessionId\":\"w01-s1\",\"date\":\""
            + Requests.START + "\",\"exercises\":[],\"painNextMorning\":2}]}")).isEmpty();
  }

  @Test
  void theRequestsTheServerRefusesBreakTheRequestSchemas() {
    for (String body : List.of(Requests.plan("\"daysPerWeek\":9", ""), Requests.plan("\"goals\":[\"fame\"]", ""),
        "{\"profile\":{}}", Requests.plan("\"dayPerWeek\":3", ""), Requests.plan("", "\"weeks\":30"))) {
      assertThat(SERVER.postJson("/api/plans", body).statusCode()).isEqualTo(422);
      assertThat(DOC.validate(DOC.requestSchema("POST", "/api/plans"), body)).as(body).isNotEmpty();
    }
  }

  @Test
  void theSchemasCatchAWrongBody() {
    String plan = SERVER.postJson("/api/plans", Requests.clearedPlan()).body();
    String pointer = "/components/schemas/PlanResult";
    assertThat(DOC.validate(pointer, plan)).isEmpty();
    assertThat(DOC.validate(pointer, plan.replaceFirst("\"daysPerWeek\":3", "\"daysPerWeek\":7"))).isNotEmpty();
    assertThat(DOC.validate(pointer, plan.replaceFirst("\"program\"", "\"programme\""))).isNotEmpty();
    assertThat(DOC.validate(pointer, "{\"screening\":{\"redFlags\":[],\"weakGlutes\":{\"score\":0,"
        + "\"outOf\":9,\"signs\":[],\"emphasis\":\"x\"}}}")).as("neither program nor referral").isNotEmpty();
    assertThat(DOC.validate("/components/schemas/Problem", "{\"title\":\"x\",\"status\":400}")).isNotEmpty();
  }

  @Test
  void everyComponentSchemaIsUsed() {
    String text = DOC.json().toString();
    for (String name : DOC.schemaNames()) {
      assertThat(text).as(name).contains("\"#/components/schemas/" + name + "\"");
    }
  }

  private static Program program() {
    return Planner.standard().plan(TraineeProfile.builder().addEquipment(Equipment.MAT, Equipment.BAND).build(),
        PlanOptions.builder().startDate(LocalDate.parse(Requests.START)).weeks(6).build())
        .program().orElseThrow();
  }

}
