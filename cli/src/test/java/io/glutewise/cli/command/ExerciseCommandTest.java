package io.glutewise.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.catalog.Catalog;
import io.glutewise.cli.CliRun;
import io.glutewise.cli.CliRun.Result;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.json.GlutewiseJson;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseCommandTest {
  @TempDir Path data;

  @Test
  void showsStepsCuesCautionsMusclesWithEmgSourcesAndTheLadder() {
    Exercise bridge = Catalog.standard().get("glute-bridge");
    Result result = CliRun.in(data).run("exercise", "glute-bridge");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    String flat = result.out().replaceAll("\\s+", " ");
    assertThat(result.out()).startsWith(bridge.name() + " (glute-bridge)")
        .contains("How to do it", "Cues", "Cautions", "Muscles", "Ladder", "Sources", "Default dose");
    assertThat(flat).contains(bridge.steps().get(0).replaceAll("\\s+", " "));
    assertThat(flat).contains("gluteus maximus (primary)").contains("% MVIC").contains("Ekstrom");
    assertThat(flat).contains("harder: bridge-march").contains("harder: hip-thrust");
    assertThat(result.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    assertThat(flat).containsIgnoringCase("doctor");
  }

  @Test
  void showsTheEasierStepWithItsCriterion() {
    Result result = CliRun.in(data).run("exercise", "single-leg-glute-bridge");
    assertThat(result.out().replaceAll("\\s+", " ")).contains("easier: bridge-march (come up from it after");
  }

  @Test
  void anUnknownIdSuggestsTheNearestAndExitsOne() {
    Result result = CliRun.in(data).run("exercise", "glute-brige");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("glutewise exercise: unknown exercise \"glute-brige\"; did you mean"
        + " glute-bridge? (glutewise exercises lists them all)\n");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void jsonIsTheCatalogEntry() {
    Result result = CliRun.in(data).run("exercise", "clamshell", "--json");
    assertThat(result.exitCode()).isZero();
    assertThat(GlutewiseJson.read(result.out(), Exercise.class, "out")).isEqualTo(Catalog.standard().get("clamshell"));
  }
}
