package io.glutewise.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.cli.CliRun;
import io.glutewise.cli.CliRun.Result;
import io.glutewise.cli.storage.TrainingLog;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.LogHistory;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.log.SessionStatus;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logging in seconds: answers at the terminal, --as-prescribed with exceptions, corrections. */
class LogAnswersTest {
  @TempDir Path data;

  private Session first;

  @BeforeEach
  void savePlan() throws IOException {
    Result plan = CliRun.in(data).run("plan", "--save", "--start", "2025-06-04");
    assertThat(plan.exitCode()).as(plan.toString()).isZero();
    Program program = GlutewiseJson.read(Files.readString(data.resolve("glutewise/program.json")), Program.class, "plan");
    first = program.session("w01-s1").orElseThrow();
  }

  private LogHistory history() throws IOException {
    return LogHistory.of(TrainingLog.at(data.resolve("glutewise/log.jsonl")).read().requireReadable());
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  @Test
  void enterAcceptsThePrescriptionAndTypedAnswersOverrideIt() throws IOException {
    List<Prescription> main = first.main();
    assertThat(main).as("the answers below need three exercises").hasSizeGreaterThanOrEqualTo(3);
    StringBuilder answers = new StringBuilder();
    answers.append("\n");                 // the first: as prescribed
    answers.append("14,13,12@5kg:pain=3\n"); // the second: as typed
    answers.append(":pain=1\n".repeat(main.size() - 3)); // the middle ones: pain only
    answers.append("bad answer\ns\n");    // the last: a wrong answer is asked again, then skipped
    answers.append("2\n\nfelt it in the glutes\n");
    Result result = CliRun.in(data).answering(answers.toString()).run("log");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("Logging w01-s1 (Wednesday 4 June), " + main.size() + " exercises.")
        .contains("That does not read:");
    SessionLog entry = history().current("w01-s1").orElseThrow();
    Prescription one = main.get(0);
    ExerciseLog asPrescribed = entry.exercise(one.exerciseId()).orElseThrow();
    assertThat(asPrescribed.sets()).hasSize(one.dose().sets())
        .allSatisfy(s -> assertThat(s.amount()).isEqualTo(one.dose().target().min()));
    ExerciseLog typed = entry.exercise(main.get(1).exerciseId()).orElseThrow();
    assertThat(typed.sets()).extracting(s -> s.amount()).containsExactly(14, 13, 12);
    assertThat(typed.sets().get(0).load().toString()).isEqualTo("5kg");
    assertThat(typed.painDuring()).isEqualTo(3);
    for (Prescription middle : main.subList(2, main.size() - 1)) {
      assertThat(entry.exercise(middle.exerciseId()).orElseThrow().painDuring()).isEqualTo(1);
    }
    assertThat(entry.exercise(main.get(main.size() - 1).exerciseId()).orElseThrow().sets()).isEmpty();
    assertThat(entry.status()).isEqualTo(SessionStatus.PARTIAL);
    assertThat(entry.painBefore()).contains(2);
    assertThat(entry.painNextMorning()).isEmpty();
    assertThat(entry.notes()).contains("felt it in the glutes");
    assertThat(flat(result.out())).contains("Partial: 1 of " + main.size());
  }

  @Test
  void pipedAnswersThatRunOutLeaveTheRestAsPrescribed() throws IOException {
    Result result = CliRun.in(data).answering("12\n").run("log", "-i");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    SessionLog entry = history().current("w01-s1").orElseThrow();
    assertThat(entry.status()).isEqualTo(SessionStatus.COMPLETED);
    assertThat(entry.exercise(first.main().get(0).exerciseId()).orElseThrow().sets())
        .allSatisfy(s -> assertThat(s.amount()).isEqualTo(12));
    assertThat(result.out()).contains("[Enter: " + AsPrescribed.setsText(first.main().get(0).dose()) + "] 12\n");
    // every question fits 80 columns (the echoed answer "12" follows the last line of the first)
    assertThat(result.out().lines()).allSatisfy(line -> assertThat(line.endsWith("] 12") ? line.length() - 2
        : line.length()).as(line).isLessThanOrEqualTo(80));
  }

  @Test
  void asPrescribedWithExceptionsAndSkips() throws IOException {
    String changed = first.main().get(0).exerciseId();
    String left = first.main().get(1).exerciseId();
    Result result = CliRun.in(data).run("log", "--as-prescribed", "--except", changed + ":9,8:pain=4",
        "--skip", left);
    assertThat(result.exitCode()).as(result.toString()).isZero();
    SessionLog entry = history().current("w01-s1").orElseThrow();
    assertThat(entry.exercises()).extracting(ExerciseLog::exerciseId)
        .containsExactlyElementsOf(first.main().stream().map(Prescription::exerciseId).toList());
    assertThat(entry.exercise(changed).orElseThrow().painDuring()).isEqualTo(4);
    assertThat(entry.exercise(left).orElseThrow().sets()).isEmpty();
    assertThat(entry.status()).isEqualTo(SessionStatus.PARTIAL);
    assertThat(result.out()).contains("  " + left + ": skipped\n");

    Result skipWithout = CliRun.in(data).run("log", "--skip", left);
    assertThat(skipWithout.exitCode()).isEqualTo(2);
    assertThat(skipWithout.err()).startsWith("glutewise log: --skip goes with --as-prescribed");
    Result unknown = CliRun.in(data).run("log", "--as-prescribed", "--skip", "deadlift");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("--skip deadlift: it is not in the main block of session");
  }

  @Test
  void aCorrectionSupersedesTheLastEntryAndKeepsItInTheHistory() throws IOException {
    assertThat(CliRun.in(data).run("log", "--as-prescribed", "--skip", first.main().get(0).exerciseId())
        .exitCode()).isZero();
    Result corrected = CliRun.in(data).run("log", "--correct", "--as-prescribed", "--pain-before", "1");
    assertThat(corrected.exitCode()).as(corrected.toString()).isZero();
    assertThat(flat(corrected.out())).startsWith("Corrected w01-s1 (2025-06-04, completed)")
        .contains("The earlier entry stays in the log; this one counts.");
    LogHistory history = history();
    assertThat(history.entries()).hasSize(2);
    assertThat(history.entriesFor("w01-s1").get(0).status()).isEqualTo(SessionStatus.PARTIAL);
    assertThat(history.current("w01-s1").orElseThrow().status()).isEqualTo(SessionStatus.COMPLETED);
    Result next = CliRun.in(data).run("log", "--as-prescribed");
    assertThat(next.out()).startsWith("Logged w01-s2");
  }
}
