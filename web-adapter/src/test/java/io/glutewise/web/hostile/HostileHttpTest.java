package io.glutewise.web.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.glutewise.web.Requests;
import io.glutewise.web.ServerOptions;
import io.glutewise.web.TestServer;
import io.glutewise.web.http.JsonBodies;
import io.glutewise.web.problem.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The server against bad requests, as a table of raw HTTP: each row is the bytes sent and the
 * status that must come back. Every answer is a problem document whose status agrees with the
 * status line, short, and free of internals; no request makes the server log a stack trace. The
 * figures are printed at the end.
 */
class HostileHttpTest {
  /** The status a row expects when a 400 or a closed connection are both right answers. */
  private static final int CLOSED_OR_400 = -400;
  private static final String OTHER_ORIGIN = "https://elsewhere.example";
  private static final AtomicInteger TRIED = new AtomicInteger();
  private static final AtomicInteger CLEAR = new AtomicInteger();
  private static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
  private static final List<String> LEAKS = new ArrayList<>();
  private static final ByteArrayOutputStream LOGGED = new ByteArrayOutputStream();
  private static PrintStream originalErr;
  private static TestServer server;

  @BeforeAll
  static void start() {
    // the server logs through SLF4J's simple logger to standard error: keep a copy to grep
    originalErr = System.err;
    System.setErr(new PrintStream(new TeeStream(originalErr, LOGGED), true, StandardCharsets.UTF_8));
    server = TestServer.start(ServerOptions.defaults().withCorsOrigin("https://app.example"));
  }

  @AfterAll
  static void stop() {
    server.close();
    System.setErr(originalErr);
    String log = LOGGED.toString(StandardCharsets.UTF_8);
    System.out.println("hostile HTTP requests: " + TRIED.get() + " tried, " + CLEAR.get()
        + " clear problem answers, " + LEAKS.size() + " leaking internals, " + SERVER_ERRORS.get()
        + " answered 500, stack traces logged: " + (log.contains("\tat ") ? "yes" : "none"));
    assertThat(LEAKS).isEmpty();
    assertThat(log).doesNotContain("\tat ").doesNotContain("unexpected failure");
  }

  static Stream<Arguments> badRequests() {
    String deep = "[".repeat(5000) + "]".repeat(5000);
    String huge = "x".repeat(200_000);
    String plan = Requests.clearedPlan();
    return Stream.of(
        // query parameters
        row("percent nonsense", get("/api/exercises?muscle=%zz"), 400),
        row("repeated parameter", get("/api/exercises?muscle=gluteus-maximus&muscle=gluteus-medius"), 400),
        row("unknown parameter", get("/api/exercises?colour=red"), 400),
        row("unknown muscle", get("/api/exercises?muscle=glutes"), 400),
        row("role alone", get("/api/exercises?role=primary"), 400),
        row("empty equipment item", get("/api/exercises?equipment=mat,,band"), 400),
        row("unknown equipment", get("/api/exercises?equipment=sofa"), 400),
        row("unknown level", get("/api/exercises?level=guru"), 400),
        row("unknown back load", get("/api/exercises?maxBackLoad=huge"), 400),
        row("unknown pattern", get("/api/exercises?pattern=cartwheel"), 400),
        row("parameter without value", get("/api/exercises?muscle"), 400),
        row("badly encoded name", get("/api/exercises?%zz=1"), 400),
        row("6 kB value", get("/api/exercises?muscle=" + "m".repeat(6000)), 400),
        row("newline in a value", get("/api/exercises?muscle=a%0Ab"), 400),
        row("parameter on health", get("/health?verbose=1"), 400),
        row("parameter on guidance", get("/api/guidance?lang=fr"), 400),
        row("parameter on a post", post("/api/plans?debug=1", "application/json", plan), 400),
        row("parameter on an export", post("/api/exports/ics?a=1&a=2", "application/json", "{}"), 400),
        // paths and methods
        row("unknown exercise", get("/api/exercises/no-such-exercise"), 404),
        row("5 kB exercise id", get("/api/exercises/" + "e".repeat(5000)), 404),
        row("newline in an id", get("/api/exercises/glute%0Abridge"), 404),
        row("nothing here", get("/nothing/here"), 404),
        row("GET on a POST route", get("/api/plans"), 405),
        row("DELETE", request("DELETE", "/api/plans"), 405),
        row("PUT", request("PUT", "/api/exercises"), 405),
        row("unknown method FOO", request("FOO", "/health"), 501),
        row("unknown method BREW", request("BREW", "/api/plans"), 501),
        row("HEAD with a bad parameter", request("HEAD", "/api/exercises?muscle=%zz"), 400),
        // cross-origin
        row("foreign preflight", raw("OPTIONS /api/plans HTTP/1.1\r\nHost: h\r\nOrigin: " + OTHER_ORIGIN
            + "\r\nAccess-Control-Request-Method: POST\r\nConnection: close\r\n\r\n"), 403),
        row("foreign POST", withOrigin(post("/api/plans", "application/json", plan), OTHER_ORIGIN), 403),
        row("foreign GET", withOrigin(get("/api/exercises"), OTHER_ORIGIN), 403),
        row("allowed origin, forbidden method", raw("OPTIONS /api/plans HTTP/1.1\r\nHost: h\r\nOrigin: https://app.example"
            + "\r\nAccess-Control-Request-Method: DELETE\r\nConnection: close\r\n\r\n"), 403),
        row("allowed origin, forbidden header", raw("OPTIONS /api/plans HTTP/1.1\r\nHost: h\r\nOrigin: https://app.example"
            + "\r\nAccess-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: x-secret"
            + "\r\nConnection: close\r\n\r\n"), 403),
        // the protocol itself
        row("HTTP/9.9", raw("GET /health HTTP/9.9\r\nHost: h\r\nConnection: close\r\n\r\n"), 505),
        row("no Host", raw("GET /health HTTP/1.1\r\nConnection: close\r\n\r\n"), 400),
        row("garbage request line", raw("GARBAGE\r\n\r\n"), 400),
        row("bad percent in the path", raw("GET /%zz HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"), 400),
        row("dot segments", raw("GET /../../etc/passwd HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n"), 400),
        row("16 kB header", raw("GET /health HTTP/1.1\r\nHost: h\r\nX-Pad: " + "p".repeat(16_000)
            + "\r\nConnection: close\r\n\r\n"), 431),
        row("length not a number", raw("POST /api/plans HTTP/1.1\r\nHost: h\r\nContent-Type: application/json"
            + "\r\nContent-Length: abc\r\nConnection: close\r\n\r\n{}"), 400),
        row("negative length", raw("POST /api/plans HTTP/1.1\r\nHost: h\r\nContent-Type: application/json"
            + "\r\nContent-Length: -1\r\nConnection: close\r\n\r\n{}"), 400),
        row("two lengths", raw("POST /api/plans HTTP/1.1\r\nHost: h\r\nContent-Type: application/json"
            + "\r\nContent-Length: 2\r\nContent-Length: 5\r\nConnection: close\r\n\r\n{}"), 400),
        row("bad chunk size", raw("POST /api/plans HTTP/1.1\r\nHost: h\r\nContent-Type: application/json"
            + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"), 400),
        row("body shorter than its length", truncated(post("/api/plans", "application/json", plan), 1000), CLOSED_OR_400),
        // bodies
        row("no content type", post("/api/plans", null, plan), 415),
        row("text/plain", post("/api/plans", "text/plain", plan), 415),
        row("latin-1", post("/api/screenings", "application/json; charset=iso-8859-1", "{}"), 415),
        row("empty body", post("/api/plans", "application/json", ""), 400),
        row("cut-off JSON", post("/api/plans", "application/json", "{"), 400),
        row("a list for an object", post("/api/plans", "application/json", "[]"), 422),
        row("bytes outside UTF-8", postBytes("/api/screenings", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}), 400),
        row("comments", post("/api/screenings", "application/json", "{/* me */}"), 400),
        row("NaN", post("/api/screenings", "application/json", "{\"currentPain\": NaN}"), 400),
        row("a key twice", post("/api/screenings", "application/json", "{\"currentPain\": 1, \"currentPain\": 9}"), 422),
        row("5000 levels deep", post("/api/screenings", "application/json", "{\"equipment\":" + deep + "}"), 422),
        row("a 5000-digit number", post("/api/screenings", "application/json", "{\"currentPain\":" + "9".repeat(5000) + "}"), 400),
        row("a 200 kB bad value", post("/api/screenings", "application/json", "{\"level\":\"" + huge + "\"}"), 422),
        row("a 200 kB field name", post("/api/screenings", "application/json", "{\"" + huge + "\":1}"), 400),
        row("the end of time", post("/api/plans", "application/json", Requests.plan("", "").replace(Requests.START, "+999999999-12-31")), 422),
        row("year 1", post("/api/plans", "application/json", Requests.plan("", "").replace(Requests.START, "0001-01-01")), 422),
        row("February 30", post("/api/plans", "application/json", Requests.plan("", "").replace(Requests.START, "2025-02-30")), 422),
        row("days out of range", post("/api/plans", "application/json", Requests.plan("\"daysPerWeek\":9", "")), 422),
        row("unknown field", post("/api/screenings", "application/json", "{\"mood\":\"fine\"}"), 422),
        row("statistics of a list", post("/api/plans/statistics", "application/json", "[]"), 422),
        row("export of a program without phases", post("/api/exports/ics", "application/json", "{\"program\":{\"phases\":[]}}"), 422),
        row("declared over the limit", raw("POST /api/plans HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\nContent-Length: "
            + (JsonBodies.LIMIT_BYTES + 1) + "\r\nConnection: close\r\n\r\n{}"), 413),
        row("chunked over the limit", chunked("/api/screenings", "{\"notes\":\"" + "n".repeat(JsonBodies.LIMIT_BYTES) + "\"}"), 413));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {2}")
  @MethodSource("badRequests")
  void badRequestGetsAClearProblem(String name, Sent sent, int expected) throws IOException {
    RawHttp.Answer answer = RawHttp.exchange(server.port(), sent.bytes(), sent.halfClose());
    TRIED.incrementAndGet();
    if (answer.status() >= 500 && answer.status() != 501 && answer.status() != 505) {
      SERVER_ERRORS.incrementAndGet();
    }
    if (leaks(answer)) {
      synchronized (LEAKS) {
        LEAKS.add(name);
      }
    }
    int status = expected;
    if (status == CLOSED_OR_400 && answer.closedWithoutAnswer()) {
      CLEAR.incrementAndGet(); // the client went away: nothing to answer, nothing logged
      return;
    }
    status = Math.abs(status);
    assertThat(answer.status()).as(name + ": " + answer.head() + "\n" + shortened(answer.body())).isEqualTo(status);
    assertThat(answer.body().length()).as("a short answer, echoing nothing long").isLessThan(3000);
    if (!sent.head()) {
      assertThat(answer.header("Content-Type")).startsWith(Problem.MEDIA_TYPE);
      JsonNode problem = Requests.json(answer.body());
      assertThat(problem.get("status").asInt()).as("the body agrees with the status line").isEqualTo(status);
      assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("\n");
    }
    assertThat(leaks(answer)).as(answer.body()).isFalse();
    CLEAR.incrementAndGet();
  }

  @org.junit.jupiter.api.Test
  void aHundredAbortedUploadsLeaveNoStackTraceAndTheServerAnswering() throws Exception {
    byte[] start = ("POST /api/plans HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\n"
        + "Content-Length: 5000\r\n\r\n{\"profile\":").getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < 100; i++) {
      try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
        socket.getOutputStream().write(start);
        socket.getOutputStream().flush();
        socket.setSoLinger(true, 0); // close with a reset, as a client that dies does
      }
    }
    Thread.sleep(500);
    RawHttp.Answer health = RawHttp.exchange(server.port(), get("/health").bytes(), false);
    assertThat(health.status()).isEqualTo(200);
    // the log is checked for stack traces when the class ends
  }

  @org.junit.jupiter.api.Test
  void headAnswersAsGetWouldWithoutABody() throws IOException {
    RawHttp.Answer head = RawHttp.exchange(server.port(), request("HEAD", "/health").bytes(), false);
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.header("Content-Type")).startsWith("application/json");
    assertThat(head.body()).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void theAllowedOriginsPreflightIsANoContentAnswerWithTheRules() throws IOException {
    RawHttp.Answer preflight = RawHttp.exchange(server.port(), raw("OPTIONS /api/plans HTTP/1.1\r\nHost: h\r\n"
        + "Origin: https://app.example\r\nAccess-Control-Request-Method: POST\r\n"
        + "Access-Control-Request-Headers: content-type\r\nConnection: close\r\n\r\n").bytes(), false);
    assertThat(preflight.status()).isEqualTo(204);
    assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example");
    assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
    assertThat(preflight.header("Vary")).contains("Origin");
    RawHttp.Answer post = RawHttp.exchange(server.port(),
        withOrigin(post("/api/plans", "application/json", Requests.clearedPlan()), "https://app.example").bytes(), false);
    assertThat(post.status()).isEqualTo(200);
    assertThat(post.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example");
  }

  private static boolean leaks(RawHttp.Answer answer) {
    String server = answer.header("Server");
    return io.glutewise.web.hostile.Internals.leak(answer.body())
        || (server != null && server.toLowerCase(java.util.Locale.ROOT).contains("jetty"));
  }

  private static String shortened(String body) {
    return body.length() > 500 ? body.substring(0, 500) + "..." : body;
  }

  /** What a row sends: the bytes, whether to half-close after them, whether it is a HEAD. */
  record Sent(byte[] bytes, boolean halfClose, boolean head) {
    @Override
    public String toString() {
      return bytes.length + " bytes";
    }
  }

  private static Arguments row(String name, Sent sent, int status) {
    return Arguments.of(name, sent, status);
  }

  static Sent raw(String text) {
    return new Sent(text.getBytes(StandardCharsets.UTF_8), false, text.startsWith("HEAD "));
  }

  static Sent get(String path) {
    return request("GET", path);
  }

  static Sent request(String method, String path) {
    return raw(method + " " + path + " HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
  }

  static Sent post(String path, String contentType, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return raw("POST " + path + " HTTP/1.1\r\nHost: h\r\n"
        + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n")
        + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n" + body);
  }

  static Sent postBytes(String path, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(("POST " + path + " HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\nContent-Length: "
        + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(body);
    return new Sent(out.toByteArray(), false, false);
  }

  static Sent chunked(String path, String body) {
    return raw("POST " + path + " HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\n"
        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
        + Integer.toHexString(body.length()) + "\r\n" + body + "\r\n0\r\n\r\n");
  }

  static Sent withOrigin(Sent sent, String origin) {
    String text = new String(sent.bytes(), StandardCharsets.UTF_8);
    return raw(text.replaceFirst("\r\nHost: h\r\n", "\r\nHost: h\r\nOrigin: " + origin + "\r\n"));
  }

  /** The request with its body cut short by {@code missing} bytes, then the sending side closed. */
  static Sent truncated(Sent sent, int missing) {
    byte[] bytes = sent.bytes();
    byte[] cut = java.util.Arrays.copyOf(bytes, Math.max(0, bytes.length - missing));
    return new Sent(cut, true, false);
  }
}
