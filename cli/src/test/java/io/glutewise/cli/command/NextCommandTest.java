package io.glutewise.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.cli.CliRun;
import io.glutewise.cli.CliRun.Result;
import io.glutewise.cli.storage.TrainingLog;
import com.fasterxml.jackson.databind.JsonNode;
import io.glutewise.core.log.SessionLog;
import io.glutewise.planner.Planner;
import java.util.List;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.program.Program;
import io.glutewise.planner.adapt.Adaptation;
import io.glutewise.planner.adapt.AdaptedSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NextCommandTest {
  @TempDir Path data;

  private Result run(String... args) {
    return CliRun.in(data).run(args);
  }

  @Test
  void printsTheNextSessionsWithTheReasonForEveryChange() throws IOException {
    assertThat(run("plan", "--save", "--start", "2025-06-09", "--format", "json").exitCode()).isZero();
    Program program = GlutewiseJson.read(
        Files.readString(data.resolve("glutewise/program.json")), Program.class, "plan");
    String exercise = program.session("w01-s1").orElseThrow().main().get(0).exerciseId();
    assertThat(run("log", "--exercise", exercise + ":3x12:pain=1").exitCode()).isZero();

    List<SessionLog> logs = TrainingLog.at(data.resolve("glutewise/log.jsonl")).read().requireReadable();
    Adaptation adaptation = Planner.standard().next(program, logs);
    assertThat(adaptation.sessions()).isNotEmpty();

    Result json = run("next", "--json");
    assertThat(json.exitCode()).as(json.toString()).isZero();
    JsonNode tree = GlutewiseJson.mapper().readTree(json.out());
    assertThat(tree.get("sessions")).hasSize(adaptation.sessions().size());

    Result text = run("next");
    assertThat(text.exitCode()).as(text.toString()).isZero();
    for (AdaptedSession adapted : adaptation.sessions()) {
      assertThat(text.out()).contains(adapted.session().id() + ", ");
      adapted.changes().forEach(c -> assertThat(text.out().replaceAll("\\s+", " "))
          .contains(c.reason().replaceAll("\\s+", " ")));
    }
    assertThat(text.out()).containsIgnoringCase("doctor");
    assertThat(text.out().lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));

    Result one = run("next", "--count", "1", "--json");
    assertThat(GlutewiseJson.mapper().readTree(one.out()).get("sessions")).hasSize(1);
  }

  @Test
  void withoutAPlanItSaysHowToMakeOne() {
    Result result = run("next");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("glutewise next: no saved plan at ");
  }

  @Test
  void aPlanIsReadAsSavedOrAsTheJsonExportAlike() throws IOException {
    assertThat(run("plan", "--save", "--start", "2025-06-09").exitCode()).isZero();
    Path export = data.resolve("export.json");
    assertThat(run("plan", "--start", "2025-06-09", "--format", "json", "-o", export.toString()).exitCode()).isZero();
    assertThat(Files.readString(export)).contains("\"format\"", "\"program\"");

    Result saved = run("next", "--count", "2");
    Result exported = run("next", "--count", "2", "--plan", export.toString());
    assertThat(exported.exitCode()).as(exported.toString()).isZero();
    assertThat(exported.out()).isEqualTo(saved.out());

    // an envelope damaged after its first names is still named as the file it is, with the position
    Files.writeString(export, "{\"format\": \"glutewise-program\", \"program\": {\"phases\": [");
    Result damaged = run("next", "--plan", export.toString());
    assertThat(damaged.exitCode()).isEqualTo(1);
    assertThat(damaged.err()).startsWith("glutewise next: " + export + ":1:");
  }

  @Test
  void aDamagedPlanFileIsNamedWithItsPosition() throws IOException {
    Path plan = data.resolve("plan.json");
    Files.writeString(plan, "{\n  \"phases\": [\n");
    Result result = run("next", "--plan", plan.toString());
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err().lines()).singleElement()
        .satisfies(l -> assertThat(l).startsWith("glutewise next: " + plan + ":3:1: $.phases: ")
            .containsIgnoringCase("unexpected end-of-input").doesNotContain("Source:", "StreamReadFeature"));
  }
}
