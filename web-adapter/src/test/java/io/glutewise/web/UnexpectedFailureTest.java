package io.glutewise.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.web.http.SecurityHeaders;
import io.glutewise.web.problem.ProblemResponses;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * A failure nobody planned for is a 500 with a generic message: the exception's text, class and
 * stack stay in the server's log.
 */
class UnexpectedFailureTest {
  @Test
  void anUnexpectedFailureIsAGeneric500() throws Exception {
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.router.mount(router -> {
        router.before(SecurityHeaders::apply);
        ProblemResponses.register(router);
        router.get("/api/boom", ctx -> {
          throw new IllegalStateException("secret at io.glutewise.internal.Thing: NullPointerException");
        });
      });
    }).start("127.0.0.1", 0);
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/boom")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
      assertThat(response.body()).contains("\"type\" : \"https://glutewise.io/problems/internal-error\"");
      assertThat(response.body()).doesNotContain("secret");
      ProblemResponsesTest.assertRevealsNothing(response.body());
    } finally {
      app.stop();
    }
  }
}
