package io.glutewise.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import io.glutewise.catalog.Catalog;
import io.glutewise.cli.CliRun;
import io.glutewise.cli.CliRun.Result;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.ActivationRole;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.LowerBackLoad;
import io.glutewise.core.json.GlutewiseJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExercisesCommandTest {
  @TempDir Path data;

  private Result run(String... args) {
    return CliRun.in(data).run(args);
  }

  @Test
  void listsEveryExerciseInATableThatFitsEightyColumns() {
    Result result = run("exercises");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    List<String> lines = result.out().lines().toList();
    assertThat(lines.get(0)).startsWith("ID").contains("PATTERN", "LEVEL", "BACK LOAD", "EQUIPMENT");
    assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    for (Exercise exercise : Catalog.standard().exercises()) {
      assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(exercise.id() + " "));
    }
    assertThat(result.out()).contains(Catalog.standard().exercises().size() + " exercises.");
  }

  @Test
  void filtersCombineAndJsonReadsBack() {
    Result result = run("exercises", "--muscle", "gluteus-medius", "--role", "primary",
        "--equipment", "mat,band", "--max-back-load", "low", "--level", "beginner", "--json");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    List<Exercise> found = GlutewiseJson.read(result.out(), new TypeReference<List<Exercise>>() {}, "out");
    assertThat(found).isNotEmpty().allSatisfy(e -> {
      assertThat(e.roleOf(Muscle.GLUTEUS_MEDIUS)).contains(ActivationRole.PRIMARY);
      assertThat(Set.of(Equipment.MAT, Equipment.BAND)).containsAll(e.equipment());
      assertThat(e.lowerBackLoad().compareTo(LowerBackLoad.LOW)).isLessThanOrEqualTo(0);
      assertThat(e.difficulty()).isLessThanOrEqualTo(2);
    });
    List<Exercise> expected = Catalog.standard().query().muscle(Muscle.GLUTEUS_MEDIUS, ActivationRole.PRIMARY)
        .availableWith(Set.of(Equipment.MAT, Equipment.BAND)).maxLowerBackLoad(LowerBackLoad.LOW)
        .maxDifficulty(2).list();
    assertThat(found).isEqualTo(expected);
  }

  @Test
  void aPatternFilterKeepsOnlyThatPattern() {
    Result result = run("exercises", "--pattern", "bridge");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("glute-bridge", "hip-thrust").doesNotContain("clamshell");
  }

  @Test
  void noMatchSaysSo() {
    Result result = run("exercises", "--equipment", "none", "--pattern", "hinge", "--level", "beginner",
        "--max-back-load", "minimal");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo("No exercise matches these filters.\n");
  }

  @Test
  void badFiltersAreBadUsage() {
    assertThat(run("exercises", "--role", "primary").err())
        .isEqualTo("glutewise exercises: --role needs --muscle to say whose role it is"
            + " (see glutewise exercises --help)\n");
    Result muscle = run("exercises", "--muscle", "glutes");
    assertThat(muscle.exitCode()).isEqualTo(2);
    assertThat(muscle.err()).contains("muscle must be one of [").contains("was \"glutes\"");
  }
}
