package io.glutewise.web.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.glutewise.core.dose.Load;
import io.glutewise.core.dose.PerformedSet;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.web.Requests;
import io.glutewise.web.ServerOptions;
import io.glutewise.web.TestServer;
import io.glutewise.web.http.JsonBodies;
import io.glutewise.web.http.ServerLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The server under the loads the hostile pass found: the largest plan it can make must be
 * accepted back by every endpoint that takes a program, and a crowd of clients stuck half way
 * through their bodies must not keep {@code /health} from answering.
 */
class ServerEnduranceTest {

  @Test
  void theLargestPlanTheApiMakesIsAcceptedBackEverywhere() {
    try (TestServer server = TestServer.start(ServerOptions.defaults())) {
      String equipment = Arrays.stream(Equipment.values()).map(e -> "\"" + e.id() + "\"")
          .collect(Collectors.joining(","));
      HttpResponse<String> planned = server.postJson("/api/plans", Requests.plan(
          "\"level\":\"advanced\",\"daysPerWeek\":6,\"minutesPerSession\":120,\"equipment\":[" + equipment + "]",
          "\"weeks\":26"));
      assertThat(planned.statusCode()).as(planned.body()).isEqualTo(200);
      JsonNode programNode = Requests.json(planned.body()).get("program");
      Program program = GlutewiseJson.read(programNode.toString(), Program.class, "plan");
      assertThat(program.sessions()).hasSize(26 * 6);

      // the program as the API sent it (indented), with a completed log for every session
      ObjectNode request = GlutewiseJson.mapper().createObjectNode();
      request.set("program", programNode);
      ArrayNode logs = request.putArray("logs");
      for (Session session : program.sessions()) {
        logs.add(GlutewiseJson.mapper().valueToTree(completed(session)));
      }
      String body = GlutewiseJson.write(request);
      int bytes = body.getBytes(StandardCharsets.UTF_8).length;
      System.out.println("largest plan: " + planned.body().getBytes(StandardCharsets.UTF_8).length
          + " bytes as the API answers it; with a log for all " + program.sessions().size()
          + " sessions a request is " + bytes + " bytes; the limit is " + JsonBodies.LIMIT_BYTES);
      assertThat(bytes).as("room to spare under the limit").isLessThan(JsonBodies.LIMIT_BYTES * 3 / 4);

      for (String path : List.of("/api/plans/statistics", "/api/plans/next", "/api/exports/ics",
          "/api/exports/markdown", "/api/exports/html")) {
        HttpResponse<String> answer = server.postJson(path, body);
        assertThat(answer.statusCode()).as(path + ": " + answer.body().substring(0, Math.min(300, answer.body().length())))
            .isEqualTo(200);
      }
    }
  }

  private static SessionLog completed(Session session) {
    SessionLog.Builder log = SessionLog.builder().sessionId(session.id()).date(session.date());
    session.main().forEach(p -> log.addExercises(ExerciseLog.builder()
        .exerciseId(p.exerciseId())
        .addSets(PerformedSet.ofRepetitions(12, Load.bodyweight()))
        .addSets(PerformedSet.ofRepetitions(12, Load.bodyweight()))
        .addSets(PerformedSet.ofRepetitions(10, Load.bodyweight()))
        .painDuring(1)
        .build()));
    return log.painBefore(2).painNextMorning(1).build();
  }

  @Test
  void threeHundredClientsStuckInTheirBodiesDoNotStarveHealth() throws Exception {
    try (TestServer server = TestServer.start(ServerOptions.defaults())) {
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < 300; i++) {
          Socket socket = new Socket();
          socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
          OutputStream out = socket.getOutputStream();
          out.write(("POST /api/screenings HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\n"
              + "Content-Length: 100\r\n\r\n{").getBytes(StandardCharsets.US_ASCII));
          out.flush();
          slow.add(socket);
        }
        Thread.sleep(500);
        long started = System.nanoTime();
        HttpResponse<String> health = server.get("/health");
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("with 300 clients stuck one byte into their bodies, /health answered "
            + health.statusCode() + " in " + millis + " ms");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(millis).isLessThan(3_000);

        // and the stuck clients are let go once they have been silent for the idle timeout
        Socket first = slow.get(0);
        first.setSoTimeout(ServerLimits.IDLE_TIMEOUT_MS + 10_000);
        long waited = System.nanoTime();
        InputStream in = first.getInputStream();
        String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        long seconds = (System.nanoTime() - waited) / 1_000_000_000;
        assertThat(answer.isEmpty() || answer.startsWith("HTTP/1.1 400") || answer.startsWith("HTTP/1.1 408"))
            .as(answer).isTrue();
        assertThat(seconds).isLessThanOrEqualTo(ServerLimits.IDLE_TIMEOUT_MS / 1000 + 5);
      } finally {
        for (Socket socket : slow) {
          try {
            socket.close();
          } catch (IOException e) {
            // closing is all that is left to do
          }
        }
      }
    }
  }
}
