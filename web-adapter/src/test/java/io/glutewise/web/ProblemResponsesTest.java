package io.glutewise.web;

import static io.glutewise.web.Requests.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Program;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.Planner;
import io.glutewise.web.http.SecurityHeaders;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad requests get problem details with the right status, name the offending field, and never
 * reveal how the server is built.
 */
class ProblemResponsesTest {
  private static final TestServer SERVER = TestServer.shared();
  private static final int OVER_LIMIT = io.glutewise.web.http.JsonBodies.LIMIT_BYTES + 1024;
  private static final String JSON_TYPE = "application/json";

  /** One bad request and what must come back. */
  record BadRequest(String name, HttpRequest request, int status, String type, String path) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> badRequests() {
    List<BadRequest> cases = new ArrayList<>();
    cases.add(post("no content type", "/api/plans", Requests.clearedPlan(), null, 415, "unsupported-media-type", null));
    cases.add(post("form content type", "/api/plans", Requests.clearedPlan(), "application/x-www-form-urlencoded", 415, "unsupported-media-type", null));
    cases.add(post("latin-1 charset", "/api/screenings", "{}", "application/json; charset=iso-8859-1", 415, "unsupported-media-type", null));
    cases.add(post("text on an export", "/api/exports/ics", "hello", "text/plain", 415, "unsupported-media-type", null));
    cases.add(post("cut-off JSON", "/api/plans", "{\"profile\":", JSON_TYPE, 400, "malformed-json", "$"));
    cases.add(post("not JSON at all", "/api/screenings", "level=beginner", JSON_TYPE, 400, "malformed-json", "$"));
    cases.add(post("empty body", "/api/plans", "", JSON_TYPE, 400, "malformed-json", "$"));
    cases.add(post("trailing garbage", "/api/screenings", "{} {}", JSON_TYPE, 400, "malformed-json", "$"));
    cases.add(new BadRequest("bytes that are not UTF-8", HttpRequest.newBuilder(SERVER.uri("/api/screenings"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}))
        .build(), 400, "malformed-json", "$"));
    cases.add(post("deeply nested", "/api/screenings", "{\"equipment\":" + "[".repeat(5000) + "]".repeat(5000) + "}", JSON_TYPE, 422, "invalid-value", null));
    cases.add(post("array for an object", "/api/plans", "[]", JSON_TYPE, 422, "invalid-value", "$"));
    cases.add(post("days out of range", "/api/plans", Requests.plan("\"daysPerWeek\":9", ""), JSON_TYPE, 422, "invalid-value", "$.profile.daysPerWeek"));
    cases.add(post("pain out of range", "/api/screenings", "{\"currentPain\":11}", JSON_TYPE, 422, "invalid-value", "$.currentPain"));
    cases.add(post("text for a number", "/api/plans", Requests.plan("\"daysPerWeek\":\"three\"", ""), JSON_TYPE, 422, "invalid-value", "$.profile.daysPerWeek"));
    cases.add(post("a fraction for whole days", "/api/plans", Requests.plan("\"daysPerWeek\":2.5", ""), JSON_TYPE, 422, "invalid-value", "$.profile.daysPerWeek"));
    cases.add(post("not a date", "/api/plans", "{\"profile\":{},\"options\":{\"startDate\":\"2025-13-40\"}}", JSON_TYPE, 422, "invalid-value", "$.options.startDate"));
    cases.add(post("no options", "/api/plans", "{\"profile\":{}}", JSON_TYPE, 422, "invalid-value", "$.options"));
    cases.add(post("no start date", "/api/plans", "{\"profile\":{},\"options\":{}}", JSON_TYPE, 422, "invalid-value", "$.options.startDate"));
    cases.add(post("null profile", "/api/plans", "{\"profile\":null,\"options\":{\"startDate\":\"2025-01-06\"}}", JSON_TYPE, 422, "invalid-value", "$.profile"));
    cases.add(post("too few weeks", "/api/plans", Requests.plan("", "\"weeks\":2"), JSON_TYPE, 422, "invalid-value", "$.options.weeks"));
    cases.add(post("misspelt field", "/api/plans", Requests.plan("\"dayPerWeek\":3", ""), JSON_TYPE, 422, "invalid-value", "$.profile.dayPerWeek"));
    cases.add(post("unknown red flag", "/api/plans", Requests.plan("\"redFlags\":[\"fever\",\"headache\"]", ""), JSON_TYPE, 422, "invalid-value", "$.profile.redFlags[1]"));
    cases.add(post("unknown equipment", "/api/screenings", "{\"equipment\":[\"rowing-machine\"]}", JSON_TYPE, 422, "invalid-value", "$.equipment[0]"));
    cases.add(post("pain out of range in a log", "/api/plans/next", programWithLogs(
        "[{\"sessionId\":\"w01-s1\",\"date\":\"2025-01-06\",\"exercises\":[],\"painNextMorning\":12}]"), JSON_TYPE, 422, "invalid-value", "$.logs[0].painNextMorning"));
    cases.add(post("log for a session the program lacks", "/api/plans/next", programWithLogs(
        "[{\"sessionId\":\"w40-s9\",\"date\":\"2025-01-06\",\"exercises\":[]}]"), JSON_TYPE, 422, "invalid-value", null));
    cases.add(post("program without phases", "/api/exports/markdown", "{\"program\":{\"phases\":[]}}", JSON_TYPE, 422, "invalid-value", null));
    cases.add(post("over the body limit", "/api/plans", "{\"pad\":\"" + "x".repeat(OVER_LIMIT) + "\"}", JSON_TYPE, 413, "body-too-large", null));
    cases.add(new BadRequest("over the body limit, length not declared", HttpRequest.newBuilder(SERVER.uri("/api/plans"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(
            () -> new ByteArrayInputStream(("{\"pad\":\"" + "x".repeat(OVER_LIMIT) + "\"}").getBytes(StandardCharsets.UTF_8))))
        .build(), 413, "body-too-large", null));
    cases.add(get("unknown exercise", "/api/exercises/glute-brige", 404, "unknown-exercise"));
    cases.add(get("unknown muscle", "/api/exercises?muscle=glutes", 400, "invalid-parameter"));
    cases.add(get("unknown parameter", "/api/exercises?colour=red", 400, "invalid-parameter"));
    cases.add(get("role without muscle", "/api/exercises?role=primary", 400, "invalid-parameter"));
    cases.add(get("unknown equipment parameter", "/api/exercises?equipment=mat,sofa", 400, "invalid-parameter"));
    cases.add(get("unknown route", "/api/nothing", 404, "not-found"));
    cases.add(get("unknown file", "/nothing.html", 404, "not-found"));
    cases.add(get("path traversal", "/..%2f..%2fetc%2fpasswd", 400, "bad-request"));
    cases.add(method("DELETE on plans", "DELETE", "/api/plans", 405));
    cases.add(method("GET on plans", "GET", "/api/plans", 405));
    cases.add(method("PUT on health", "PUT", "/health", 405));
    cases.add(method("POST on exercises", "POST", "/api/exercises", 405));
    return cases.stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRequests")
  void answersWithAProblem(BadRequest bad) {
    HttpResponse<String> response = SERVER.send(bad.request());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(bad.status());
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    JsonNode problem = json(response.body());
    assertThat(problem.get("type").asText()).isEqualTo("https://glutewise.io/problems/" + bad.type());
    assertThat(problem.get("status").asInt()).isEqualTo(bad.status());
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).isNotBlank();
    if (bad.status() != 400 || !bad.type().equals("bad-request")) {
      assertThat(problem.get("instance").asText()).isEqualTo(bad.request().uri().getRawPath());
    }
    assertThat(problem.get("errors").isArray()).isTrue();
    if (bad.path() != null) {
      assertThat(problem.get("errors").findValuesAsText("path")).contains(bad.path());
    }
    if (List.of("malformed-json", "unsupported-media-type", "invalid-value", "invalid-parameter",
        "body-too-large").contains(bad.type())) {
      assertThat(problem.get("errors")).as("the offending field is named").isNotEmpty();
      for (JsonNode error : problem.get("errors")) {
        assertThat(error.get("field").asText()).isNotBlank();
        assertThat(error.get("in").asText()).isIn("body", "query", "path", "header");
        assertThat(error.get("message").asText()).isNotBlank();
      }
    }
    assertRevealsNothing(response.body());
    SecurityHeaders.all().forEach((name, value) ->
        assertThat(response.headers().firstValue(name)).as(name).contains(value));
  }

  @Test
  void anUnknownExerciseComesWithSuggestions() {
    JsonNode problem = json(SERVER.get("/api/exercises/glute-brige").body());
    assertThat(problem.get("suggestions").get(0).asText()).isEqualTo("glute-bridge");
    assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("id");
  }

  @Test
  void messagesNameTheFieldInPlainWords() {
    JsonNode days = json(SERVER.postJson("/api/plans", Requests.plan("\"daysPerWeek\":9", "")).body());
    assertThat(days.get("errors").get(0).get("field").asText()).isEqualTo("daysPerWeek");
    assertThat(days.get("errors").get(0).get("message").asText()).isEqualTo("daysPerWeek must be between 1 and 6, was 9");

    JsonNode text = json(SERVER.postJson("/api/plans", Requests.plan("\"daysPerWeek\":\"three\"", "")).body());
    assertThat(text.get("errors").get(0).get("message").asText()).isEqualTo("expected a whole number, found \"three\"");

    JsonNode date = json(SERVER.postJson("/api/plans",
        "{\"profile\":{},\"options\":{\"startDate\":\"6/1/2025\"}}").body());
    assertThat(date.get("errors").get(0).get("message").asText()).isEqualTo("expected a date from 1900-01-01 to 2200-12-31 such as 2025-03-01, found \"6/1/2025\"");

    JsonNode missing = json(SERVER.postJson("/api/plans", "{\"profile\":{},\"options\":{}}").body());
    assertThat(missing.get("errors").get(0).get("message").asText()).isEqualTo("startDate is required");

    JsonNode shape = json(SERVER.postJson("/api/plans", "[]").body());
    assertThat(shape.get("errors").get(0).get("message").asText()).isEqualTo("expected an object, found a list");
  }

  @Test
  void theLimitIsExactlyTheStatedSize() {
    int limit = io.glutewise.web.http.JsonBodies.LIMIT_BYTES;
    String prefix = "{\"redFlags\":[],\"weakGluteSigns\":[]";
    String justFits = prefix + " ".repeat(limit - prefix.length() - 1) + "}";
    assertThat(justFits.getBytes(StandardCharsets.UTF_8)).hasSize(limit);
    assertThat(SERVER.postJson("/api/screenings", justFits).statusCode()).isEqualTo(200);
    assertThat(SERVER.postJson("/api/screenings", justFits + " ").statusCode()).isEqualTo(413);
  }

  static void assertRevealsNothing(String body) {
    assertThat(body)
        .doesNotContain("io.glutewise")
        .doesNotContain("Exception")
        .doesNotContain("com.fasterxml")
        .doesNotContain("at ")
        .doesNotContain("java.")
        .doesNotContain("jakarta.")
        .doesNotContain("org.eclipse")
        .doesNotContain("Immutable");
  }


  private static String programWithLogs(String logs) {
    Program program = Planner.standard().plan(TraineeProfile.defaults(),
        PlanOptions.startingOn(LocalDate.parse(Requests.START))).program().orElseThrow();
    return "{\"program\":" + GlutewiseJson.write(program) + ",\"logs\":" + logs + "}";
  }

  private static BadRequest post(String name, String path, String body, String contentType,
      int status, String type, String jsonPath) {
    HttpRequest.Builder request = HttpRequest.newBuilder(SERVER.uri(path))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return new BadRequest(name, request.build(), status, type, jsonPath);
  }

  private static BadRequest get(String name, String path, int status, String type) {
    return new BadRequest(name, HttpRequest.newBuilder(SERVER.uri(path)).GET().build(), status, type, null);
  }

  private static BadRequest method(String name, String method, String path, int status) {
    return new BadRequest(name, HttpRequest.newBuilder(SERVER.uri(path))
        .method(method, HttpRequest.BodyPublishers.noBody()).build(), status, "method-not-allowed", null);
  }
}
