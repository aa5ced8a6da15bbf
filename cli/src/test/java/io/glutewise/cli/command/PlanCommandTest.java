package io.glutewise.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.cli.CliRun;
import io.glutewise.cli.CliRun.Result;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.program.Program;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.export.ProgramEnvelope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
  @TempDir Path data;
  @TempDir Path work;

  private Result run(String... args) {
    return CliRun.in(data).run(args);
  }

  private static Program program(String json) {
    return GlutewiseJson.read(json, ProgramEnvelope.class, "output").program();
  }

  @Test
  void withNoOptionsABeginnerPlanStartsOnTheFirstMondayAfterToday() {
    Result result = run("plan", "--format", "json");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    Program program = program(result.out());
    assertThat(program.builtFrom().options().startDate()).isEqualTo(LocalDate.of(2025, 6, 9));
    assertThat(program.builtFrom().profile().level()).isEqualTo(ExperienceLevel.BEGINNER);
    assertThat(program.weeks()).hasSize(12);
    assertThat(result.err()).isEmpty();
  }

  @Test
  void theDefaultStartIsAlwaysAMondayStrictlyAfterToday() {
    for (int day = 0; day < 7; day++) {
      LocalDate today = LocalDate.of(2025, 6, 2).plusDays(day);
      LocalDate start = PlanCommand.defaultStart(today);
      assertThat(start.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
      assertThat(start).isAfter(today).isBeforeOrEqualTo(today.plusDays(7));
    }
  }

  @Test
  void theTextPlanCarriesTheClinicianNotice() {
    Result result = run("plan", "--start", "2025-01-06");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("w01-s1").containsIgnoringCase("clinician");
  }

  @Test
  void optionsBuildTheProfileAndThePlanOptions() {
    Result result = run("plan", "--format", "json", "--level", "intermediate", "--days", "4",
        "--minutes", "45", "--equipment", "mat,band,dumbbell", "--weeks", "8", "--model", "undulating",
        "--start", "2025-03-03", "--seed", "7", "--goal", "strength,posture", "--sitting-hours", "9",
        "--pain", "3", "--sign", "glutes-not-felt");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    Program program = program(result.out());
    assertThat(program.builtFrom().profile().daysPerWeek()).isEqualTo(4);
    assertThat(program.builtFrom().profile().minutesPerSession()).isEqualTo(45);
    assertThat(program.builtFrom().profile().equipment())
        .containsExactlyInAnyOrder(Equipment.MAT, Equipment.BAND, Equipment.DUMBBELL);
    assertThat(program.builtFrom().profile().sittingHoursPerDay()).contains(9);
    assertThat(program.builtFrom().options().weeks()).isEqualTo(8);
    assertThat(program.builtFrom().options().seed()).isEqualTo(7);
    assertThat(program.weeks()).hasSize(8);
  }

  @Test
  void aProfileFileIsReadAndOptionsOverrideIt() throws IOException {
    Path profile = work.resolve("me.json");
    Files.writeString(profile, "{ \"level\": \"advanced\", \"daysPerWeek\": 2, \"equipment\": [\"mat\", \"band\"] }");
    Result result = run("plan", "--profile", profile.toString(), "--days", "3", "--format", "json",
        "--start", "2025-01-06");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    Program program = program(result.out());
    assertThat(program.builtFrom().profile().level()).isEqualTo(ExperienceLevel.ADVANCED);
    assertThat(program.builtFrom().profile().daysPerWeek()).isEqualTo(3);
    assertThat(program.builtFrom().profile().equipment()).isEqualTo(Set.of(Equipment.MAT, Equipment.BAND));
  }

  @Test
  void outOfRangeNumbersAreOneLineOfBadUsage() {
    assertThat(run("plan", "--days", "9").err())
        .isEqualTo("glutewise plan: --days must be between 1 and 6, was 9 (see glutewise plan --help)\n");
    assertThat(run("plan", "--pain", "12").err())
        .isEqualTo("glutewise plan: --pain must be between 0 and 10, was 12 (see glutewise plan --help)\n");
    assertThat(run("plan", "--weeks", "3").err()).contains("--weeks must be between 4 and 26, was 3");
    assertThat(run("plan", "--minutes", "5").err()).contains("--minutes must be between 10 and 120, was 5");
    assertThat(run("plan", "--days", "9").exitCode()).isEqualTo(2);
  }

  @Test
  void unknownIdsAndOptionsAreOneLineOfBadUsage() {
    Result equipment = run("plan", "--equipment", "mat,dumbell");
    assertThat(equipment.exitCode()).isEqualTo(2);
    assertThat(equipment.err().lines()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("glutewise plan: invalid value for option '--equipment'")
        .contains("\"dumbell\"", "dumbbell")
        .endsWith("(see glutewise plan --help)"));

    Result option = run("plan", "--dayz", "3");
    assertThat(option.exitCode()).isEqualTo(2);
    assertThat(option.err().lines()).singleElement()
        .satisfies(line -> assertThat(line).contains("unknown option", "--dayz", "did you mean --days?"));

    Result date = run("plan", "--start", "next tuesday");
    assertThat(date.exitCode()).isEqualTo(2);
    assertThat(date.err().lines()).singleElement().satisfies(line -> assertThat(line).contains("--start"));

    Result format = run("plan", "--format", "docx");
    assertThat(format.exitCode()).isEqualTo(2);
    assertThat(format.err()).contains("export format must be one of [", "was \"docx\"");
  }

  @Test
  void aMissingOrMalformedProfileIsOneLineOfFailureWithoutAStackTrace() throws IOException {
    Result missing = run("plan", "--profile", work.resolve("nope.json").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).isEqualTo(
        "glutewise plan: cannot read the profile " + work.resolve("nope.json") + ": no such file\n");

    Path broken = work.resolve("broken.json");
    Files.writeString(broken, "{\n  \"daysPerWeek\": 9\n}\n");
    Result invalid = run("plan", "--profile", broken.toString());
    assertThat(invalid.exitCode()).isEqualTo(1);
    assertThat(invalid.err().lines()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("glutewise plan: " + broken)
        .contains("daysPerWeek must be between 1 and 6, was 9"));

    Files.writeString(broken, "{\n  \"level\": \"beginner\",\n  \"dayz\": 3\n}\n");
    Result unknown = run("plan", "--profile", broken.toString());
    assertThat(unknown.exitCode()).isEqualTo(1);
    assertThat(unknown.err()).contains(broken + ":3:").contains("unknown field \"dayz\"").doesNotContain("\tat ");
  }

  @Test
  void aRedFlagPrintsTheReferralExitsThreeAndWritesNoPlan() throws IOException {
    Path output = work.resolve("plan.md");
    Result result = run("plan", "--red-flag", "saddle-numbness", "--red-flag", "fever", "-o", output.toString(), "--save");
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.out()).startsWith("SEE A CLINICIAN BEFORE YOU START")
        .contains("(saddle-numbness)", "(fever)")
        .doesNotContain("w01-s1");
    assertThat(result.err()).isEqualTo("glutewise plan: no plan was made: a warning sign needs a clinician"
        + " first; the referral was written to " + output + "\n");
    assertThat(Files.readString(output)).startsWith("# See a clinician").contains("saddle-numbness")
        .doesNotContain("w01-s1");
    assertThat(data.resolve("glutewise/program.json")).doesNotExist();
  }

  @Test
  void outputGoesToAFileWrittenWholeAndSaveKeepsTheProgramForLogAndNext() throws IOException {
    Path output = work.resolve("out/plan.json");
    Result result = run("plan", "--format", "json", "-o", output.toString(), "--save", "--start", "2025-01-06");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("Wrote the plan (12 weeks", "to " + output, "Saved the plan to "
        + data.resolve("glutewise/program.json"));
    Program written = program(Files.readString(output));
    Program saved = GlutewiseJson.read(
        Files.readString(data.resolve("glutewise/program.json")), Program.class, "saved");
    assertThat(saved).isEqualTo(written);
    try (var files = Files.list(output.getParent())) {
      assertThat(files).containsExactly(output);
    }
  }

  @Test
  void saveTakesAFileToo() {
    Path file = work.resolve("mine.json");
    Result result = run("plan", "--save=" + file, "--start", "2025-01-06");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(file).exists();
    assertThat(result.err()).contains("Saved the plan to " + file);
  }

  @Test
  void pdfNeedsAFile() {
    Result result = run("plan", "--format", "pdf");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--format pdf writes a binary file: name it with -o FILE");
    assertThat(result.out()).isEmpty();
  }
}
