package io.glutewise.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.web.http.SecurityHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of response carries the security headers; cross-origin access is off unless asked for. */
class SecurityHeadersTest {
  private final TestServer server = TestServer.shared();

  @Test
  void everyKindOfResponseCarriesTheHeaders() {
    List<HttpResponse<String>> responses = List.of(
        server.get("/"),
        server.get("/app.js"),
        server.get("/app.css"),
        server.get("/health"),
        server.get("/openapi.json"),
        server.get("/api/exercises"),
        server.postJson("/api/plans", Requests.clearedPlan()),
        server.get("/api/missing"),
        server.post("/api/plans", "x", "text/plain"),
        server.send(HttpRequest.newBuilder(server.uri("/health"))
            .method("DELETE", HttpRequest.BodyPublishers.noBody()).build()),
        server.get("/..%2fsecret"));
    for (HttpResponse<String> response : responses) {
      SecurityHeaders.all().forEach((name, value) ->
          assertThat(response.headers().firstValue(name))
              .as(name + " on " + response.request().method() + " " + response.uri()).contains(value));
    }
  }

  @Test
  void thePolicyAllowsNoInlineScriptAndNoFraming() {
    String policy = server.get("/").headers().firstValue("Content-Security-Policy").orElseThrow();
    assertThat(policy).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
        "img-src 'self' data:", "frame-ancestors 'none'");
    assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "*");
  }

  @Test
  void apiAnswersAreNotCached() {
    assertThat(server.postJson("/api/plans", Requests.clearedPlan()).headers().firstValue("Cache-Control"))
        .contains("no-store");
  }

  @Test
  void noCrossOriginAccessByDefault() {
    HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/api/exercises"))
        .header("Origin", "https://elsewhere.example").GET().build());
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void theConfiguredOriginAloneMayCallTheApi() {
    try (TestServer cors = TestServer.start(ServerOptions.defaults().withCorsOrigin("https://app.example"))) {
      HttpResponse<String> allowed = cors.send(HttpRequest.newBuilder(cors.uri("/api/exercises"))
          .header("Origin", "https://app.example").GET().build());
      assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("https://app.example");

      HttpResponse<String> other = cors.send(HttpRequest.newBuilder(cors.uri("/api/exercises"))
          .header("Origin", "https://elsewhere.example").GET().build());
      assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }
}
