package io.glutewise.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.cli.CliRun;
import io.glutewise.cli.CliRun.Result;
import io.glutewise.cli.storage.TrainingLog;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.log.SessionStatus;
import io.glutewise.core.program.Program;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogCommandTest {
  @TempDir Path data;

  private Path logFile;
  private Program program;

  private Result run(String... args) {
    return CliRun.in(data).run(args);
  }

  @BeforeEach
  void savePlan() throws IOException {
    Result plan = run("plan", "--save", "--start", "2025-06-09", "--format", "json");
    assertThat(plan.exitCode()).as(plan.toString()).isZero();
    program = GlutewiseJson.read(Files.readString(data.resolve("glutewise/program.json")), Program.class, "plan");
    logFile = data.resolve("glutewise/log.jsonl");
  }

  /** Output with line breaks and runs of spaces as single spaces, since long lines wrap at 80. */
  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private String firstExercise(String sessionId) {
    return program.session(sessionId).orElseThrow().main().get(0).exerciseId();
  }

  private List<SessionLog> logged() throws IOException {
    return TrainingLog.at(logFile).read().requireReadable();
  }

  @Test
  void logsTheFirstUnloggedSessionByDefaultAndAppendsOneLine() throws IOException {
    String exercise = firstExercise("w01-s1");
    Result result = run("log", "--exercise", exercise + ":3x12:pain=2", "--pain-before", "3",
        "--pain-next-morning", "2", "--notes", "felt the glutes");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    int main = program.session("w01-s1").orElseThrow().main().size();
    assertThat(flat(result.out())).startsWith("Logged w01-s1 (2025-06-04, partial) to " + logFile + ", line 1.")
        .contains(exercise + ": 3 sets (12, 12, 12), pain 2/10")
        .contains("Partial: " + (main - 1) + " of " + main + " exercises of the main block were not done")
        .contains("Next: w01-s2 on Wednesday 11 June; glutewise today shows it");
    SessionLog entry = logged().get(0);
    assertThat(entry.sessionId()).isEqualTo("w01-s1");
    assertThat(entry.painBefore()).contains(3);
    assertThat(entry.painNextMorning()).contains(2);
    assertThat(entry.notes()).contains("felt the glutes");
    assertThat(entry.exercise(exercise).orElseThrow().sets()).hasSize(3);

    Result second = run("log", "--exercise", firstExercise("w01-s2") + ":12,12,10@5kg:pain=3", "--date", "2025-06-11");
    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(flat(second.out())).startsWith("Logged w01-s2 (2025-06-11, partial)").contains("line 2");
    assertThat(Files.readAllLines(logFile)).hasSize(2);
  }

  @Test
  void aMissedSessionDefaultsToItsPlannedDate() throws IOException {
    Result result = run("log", "--missed");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    SessionLog entry = logged().get(0);
    assertThat(entry.status()).isEqualTo(SessionStatus.MISSED);
    assertThat(entry.date()).isEqualTo(program.session("w01-s1").orElseThrow().date());
  }

  @Test
  void theSameSessionIsNeverLoggedTwice() throws IOException {
    assertThat(run("log", "--session", "w01-s1", "--missed").exitCode()).isZero();
    Result again = run("log", "--session", "w01-s1", "--missed");
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).isEqualTo(
        "glutewise log: w01-s1 is in the log already (line 1); name another session with --session,"
            + " or add --correct to replace what was logged\n");
    assertThat(logged()).hasSize(1);
  }

  @Test
  void badInputIsOneLineOfBadUsageAndWritesNothing() {
    assertThat(run("log").err()).startsWith("glutewise log: say what you did with --as-prescribed, --exercise ID:SETSxREPS");
    assertThat(run("log", "--pain-next-morning", "12", "--missed").err())
        .isEqualTo("glutewise log: --pain-next-morning must be between 0 and 10, was 12 (see glutewise log --help)\n");
    Result notInSession = run("log", "--exercise", "deadlift:3x5");
    assertThat(notInSession.exitCode()).isEqualTo(2);
    assertThat(notInSession.err()).startsWith("glutewise log: deadlift is not in session w01-s1, which has ");
    Result shape = run("log", "--exercise", "glute-bridge:3xx2");
    assertThat(shape.exitCode()).isEqualTo(2);
    assertThat(shape.err().lines()).singleElement().satisfies(l -> assertThat(l)
        .startsWith("glutewise log: invalid value for option '--exercise'")
        .contains("'glute-bridge:3xx2' must give the sets as 3x12"));
    Result unknownSession = run("log", "--session", "w40-s1", "--missed");
    assertThat(unknownSession.exitCode()).isEqualTo(2);
    assertThat(unknownSession.err()).contains("--session w40-s1 is not in the plan, which runs from w01-s1 to w12-s3");
    assertThat(run("log", "--missed", "--exercise", "glute-bridge:3x12").exitCode()).isEqualTo(2);
    assertThat(logFile).doesNotExist();
  }

  @Test
  void withoutASavedPlanItSaysHowToMakeOne() throws IOException {
    Files.delete(data.resolve("glutewise/program.json"));
    Result result = run("log", "--missed");
    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEqualTo("glutewise log: no saved plan at " + data.resolve("glutewise/program.json")
        + "; save one with glutewise plan --save, or name one with --plan FILE\n");
  }

  @Test
  void aTornLastLineIsReportedWithItsNumberAndRepairSetsItAside() throws IOException {
    assertThat(run("log", "--missed").exitCode()).isZero();
    assertThat(run("log", "--missed").exitCode()).isZero();
    Files.writeString(logFile, "{\"sessionId\":\"w01-s3\",\"da", StandardOpenOption.APPEND);
    byte[] before = Files.readAllBytes(logFile);

    Result refused = run("log", "--missed");
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err().lines().toList()).hasSize(3);
    assertThat(refused.err())
        .startsWith("glutewise log: the training log has 1 damaged line; nothing was changed:\n")
        .contains("  " + logFile + ":3: malformed entry: ")
        .contains("glutewise log --repair");
    assertThat(Files.readAllBytes(logFile)).isEqualTo(before);

    Result next = run("next");
    assertThat(next.exitCode()).isEqualTo(1);
    assertThat(next.err()).contains(logFile + ":3: malformed entry: ");

    Result repaired = run("log", "--repair", "--missed");
    assertThat(repaired.exitCode()).as(repaired.toString()).isZero();
    assertThat(repaired.out()).startsWith("Moved 1 damaged line to " + logFile + ".rejected:")
        .contains("Logged w01-s3");
    assertThat(Files.readString(Path.of(logFile + ".rejected"))).isEqualTo("{\"sessionId\":\"w01-s3\",\"da\n");
    assertThat(logged()).extracting(SessionLog::sessionId).containsExactly("w01-s1", "w01-s2", "w01-s3");
  }

  @Test
  void aLogFileAndAPlanFileCanBeNamed() throws IOException {
    Path plan = data.resolve("elsewhere/plan.json");
    Files.createDirectories(plan.getParent());
    Files.copy(data.resolve("glutewise/program.json"), plan);
    Path log = data.resolve("elsewhere/my.jsonl");
    Result result = run("log", "--plan", plan.toString(), "--log", log.toString(), "--missed");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(Files.readAllLines(log)).hasSize(1);
    assertThat(logFile).doesNotExist();
    assertThat(LocalDate.parse("2025-06-09")).isEqualTo(program.builtFrom().options().startDate());
  }

  @Test
  void theNextMorningsPainIsANewEntryThatSupersedesTheOldOne() throws IOException {
    assertThat(run("log", "--exercise", firstExercise("w01-s1") + ":3x12:pain=2", "--pain-before", "2").exitCode())
        .isZero();
    assertThat(run("log", "--missed").exitCode()).isZero();
    List<String> before = Files.readAllLines(logFile);

    Result first = run("log", "--session", "w01-s1", "--morning", "4", "--notes", "stiff");
    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(flat(first.out())).startsWith("Recorded for w01-s1 in " + logFile + ", line 3. Pain the next morning: 4/10.")
        .contains("higher than before the session (2/10)");
    Result last = run("log", "--pain-next-morning", "1");
    assertThat(last.out()).startsWith("Recorded for w01-s1");

    List<String> lines = Files.readAllLines(logFile);
    assertThat(lines).hasSize(4).startsWith(before.toArray(String[]::new));
    io.glutewise.core.log.LogHistory history = io.glutewise.core.log.LogHistory.of(logged());
    SessionLog current = history.current("w01-s1").orElseThrow();
    assertThat(current.painNextMorning()).contains(1);
    assertThat(current.notes()).contains("stiff");
    assertThat(current.exercises()).hasSize(1);
    assertThat(history.corrections("w01-s1")).isEqualTo(2);
    assertThat(history.current("w01-s2").orElseThrow().painNextMorning()).isEmpty();

    Result again = run("log", "--session", "w01-s1", "--morning", "6");
    assertThat(again.exitCode()).isZero();
    assertThat(flat(again.out())).contains("Pain the next morning: 6/10 (was 1/10; the earlier entry stays in the log).");

    Result next = run("next");
    assertThat(next.exitCode()).as(next.toString()).isZero();

    Result missing = run("log", "--session", "w05-s1", "--morning", "1");
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).isEqualTo("glutewise log: w05-s1 is not in the log " + logFile + "\n");
  }
}
