package io.glutewise.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Answers are compact JSON unless indented JSON is asked for, and gzipped when accepted. */
class JsonResponsesTest {
  private static final TestServer SERVER = TestServer.shared();

  @Test
  void aPlanComesCompactByDefault() {
    HttpResponse<String> response = SERVER.postJson("/api/plans", Requests.clearedPlan());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    assertThat(response.body()).doesNotContain("\n").startsWith("{\"");
  }

  @Test
  void prettyInTheQueryOrTheAcceptHeaderIndentsTheSameDocument() {
    String compact = SERVER.postJson("/api/plans", Requests.clearedPlan()).body();
    String byQuery = SERVER.postJson("/api/plans?pretty", Requests.clearedPlan()).body();
    HttpResponse<String> byAccept = SERVER.send(HttpRequest.newBuilder(SERVER.uri("/api/plans"))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json; pretty")
        .POST(HttpRequest.BodyPublishers.ofString(Requests.clearedPlan())).build());
    assertThat(byQuery).contains("\n  \"");
    assertThat(byAccept.body()).isEqualTo(byQuery);
    assertThat(Requests.json(byQuery)).isEqualTo(Requests.json(compact));
    assertThat(SERVER.postJson("/api/plans?pretty=false", Requests.clearedPlan()).body()).isEqualTo(compact);
  }

  @Test
  void prettyIsUnderstoodByRoutesThatOtherwiseTakeStrictQueryParameters() {
    HttpResponse<String> list = SERVER.get("/api/exercises?muscle=gluteus-medius&pretty");
    HttpResponse<String> one = SERVER.get("/api/exercises/clamshell?pretty");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("\n  \"");
    assertThat(one.statusCode()).isEqualTo(200);
    assertThat(one.body()).contains("\n  \"");
    assertThat(SERVER.get("/api/exercises/clamshell?prety").statusCode()).isEqualTo(400);
  }

  @Test
  void aClientThatAcceptsGzipGetsTheSameDocumentCompressed() throws IOException, InterruptedException {
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(SERVER.uri("/api/plans"))
            .header("Content-Type", "application/json")
            .header("Accept-Encoding", "gzip")
            .POST(HttpRequest.BodyPublishers.ofString(Requests.clearedPlan())).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
    String body;
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String plain = SERVER.postJson("/api/plans", Requests.clearedPlan()).body();
    assertThat(body).isEqualTo(plain);
    assertThat(response.body().length).isLessThan(plain.length() / 4);
  }
}
