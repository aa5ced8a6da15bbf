package io.glutewise.cli.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.cli.CliRun;
import io.glutewise.cli.CliRun.Result;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line against bad input, as a table: each row is a command line, the exit code it
 * must give (2 bad usage, 1 failure) and words the one line on standard error must hold. Every
 * message is also checked for internals and length, and the figures are printed at the end.
 */
class HostileCliTest {
  @TempDir static Path data;

  private static final AtomicInteger TRIED = new AtomicInteger();
  private static final AtomicInteger CLEAR = new AtomicInteger();
  private static final List<String> LEAKS = new ArrayList<>();
  private static final String LONG_ID = "a".repeat(100_000);

  @BeforeAll
  static void files() throws IOException {
    Result plan = CliRun.in(data).run("plan", "--save", "--start", "2025-06-09");
    assertThat(plan.exitCode()).as(plan.toString()).isZero();
    Files.createDirectories(data.resolve("folder"));
    try (RandomAccessFile huge = new RandomAccessFile(data.resolve("huge.json").toFile(), "rw")) {
      huge.setLength(17L * 1024 * 1024); // sparse: past the limit without writing it
    }
    Files.write(data.resolve("latin1.json"), "{\"notes\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(data.resolve("empty.json"), "");
    Files.writeString(data.resolve("null.json"), "null");
    Files.writeString(data.resolve("comments.json"), "{/* my profile */ \"daysPerWeek\": 3}");
    Files.writeString(data.resolve("deep.json"), "[".repeat(5000) + "]".repeat(5000));
    Files.writeString(data.resolve("digits.json"), "{\"daysPerWeek\": " + "9".repeat(5000) + "}");
    Files.writeString(data.resolve("far-date.json"), "{\"sessionId\":\"w01-s1\",\"date\":\"9999-12-31\",\"status\":\"missed\"}\n");
    Files.writeString(data.resolve("misfit.jsonl"), "{\"sessionId\":\"w40-s9\",\"date\":\"2025-06-09\",\"status\":\"missed\"}\n");
    Files.writeString(data.resolve("a-file"), "x");
    Files.writeString(data.resolve("list.json"), "[]");
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        // plan: dates, times, numbers
        row(2, "not a day of the calendar", "plan", "--start", "2025-02-30"),
        row(2, "not a day of the calendar", "plan", "--start", "2025-13-01"),
        row(2, "YYYY-MM-DD", "plan", "--start", "+999999999-01-01", "--format", "ics"),
        row(2, "1900-01-01 to 2200-12-31", "plan", "--start", "0001-01-01"),
        row(2, "1900-01-01 to 2200-12-31", "plan", "--start", "9999-12-31"),
        row(2, "YYYY-MM-DD", "plan", "--start", "yesterday"),
        row(2, "YYYY-MM-DD", "plan", "--start", ""),
        row(2, "time of day", "plan", "--time", "25:61", "--format", "ics"),
        row(2, "HH:MM", "plan", "--time", "7pm", "--format", "ics"),
        row(2, "needs --format ics", "plan", "--time", "07:30"),
        row(2, "not a whole number", "plan", "--days", "abc"),
        row(2, "far too large", "plan", "--days", "99999999999999999999"),
        row(2, "between 1 and 6", "plan", "--days", "9"),
        row(2, "between 1 and 6", "plan", "--days", "-1"),
        row(2, "between 10 and 120", "plan", "--minutes", "5"),
        row(2, "between 4 and 26", "plan", "--weeks", "27"),
        row(2, "too large", "plan", "--seed", "99999999999999999999999"),
        row(2, "not a whole number", "plan", "--seed", "1.5"),
        row(2, "between 0 and 10", "plan", "--pain", "11"),
        row(2, "between 0 and 24", "plan", "--sitting-hours", "25"),
        row(2, "between 3 and 8", "plan", "--deload-every", "2"),
        // plan: lists and vocabulary
        row(2, "empty item", "plan", "--equipment", ",,,"),
        row(2, "must be one of", "plan", "--equipment", "mat,,band"),
        row(2, "empty item", "plan", "--limitation", ","),
        row(2, "empty item", "plan", "--goal", "pain-relief,"),
        row(2, "rowing-machine", "plan", "--equipment", "rowing-machine"),
        row(2, "guru", "plan", "--level", "guru"),
        row(2, "docx", "plan", "--format", "docx"),
        row(2, "-o FILE", "plan", "--format", "pdf"),
        row(2, "headache", "plan", "--red-flag", "headache"),
        row(2, "nothing", "plan", "--sign", "nothing"),
        row(2, "circular", "plan", "--model", "circular"),
        row(2, "--frobnicate", "plan", "--frobnicate"),
        // plan: files in and out
        row(2, "file name is empty", "plan", "--profile", ""),
        row(1, "is a folder", "plan", "--profile", "{data}/folder"),
        row(1, "no such file", "plan", "--profile", "{data}/missing.json"),
        row(1, "larger than 16 MiB", "plan", "--profile", "/dev/zero"),
        row(1, "larger than 16 MiB", "plan", "--profile", "{data}/huge.json"),
        row(1, "not UTF-8", "plan", "--profile", "{data}/latin1.json"),
        row(1, "empty", "plan", "--profile", "{data}/empty.json"),
        row(1, "found null", "plan", "--profile", "{data}/null.json"),
        row(1, "comments are not allowed", "plan", "--profile", "{data}/comments.json"),
        row(1, "expected", "plan", "--profile", "{data}/deep.json"),
        row(1, "digits", "plan", "--profile", "{data}/digits.json"),
        row(1, "is a folder", "plan", "-o", "{data}/folder"),
        row(1, "cannot write the plan", "plan", "-o", "{data}/a-file/plan.txt"),
        row(1, "is a folder", "plan", "--save={data}/folder"),
        row(2, "use -o -", "plan", "--save=-"),
        // log
        row(2, "not a day of the calendar", "log", "--missed", "--date", "2025-13-01"),
        row(2, "1900-01-01 to 2200-12-31", "log", "--missed", "--date", "9999-12-31"),
        row(2, "1900-01-01 to 2200-12-31", "log", "--missed", "--date", "0001-01-01"),
        row(2, "far too large", "log", "--exercise", "glute-bridge:99999999999999999999x12"),
        row(2, "twice", "log", "--exercise", "glute-bridge:3x12:pain=2:pain=3"),
        row(2, "between 0 and 10", "log", "--exercise", "glute-bridge:3x12:pain=11"),
        row(2, "must look like", "log", "--exercise", "glute-bridge"),
        row(2, "must look like", "log", "--exercise", LONG_ID + ":3x12:pain=x:y"),
        row(2, "\\n", "log", "--exercise", "glute\nbridge:3x12"),
        row(2, "between 0 and 10", "log", "--missed", "--pain-before", "11"),
        row(2, "exclude each other", "log", "--missed", "--partial"),
        row(2, "--exercise", "log"),
        row(2, "not in the plan", "log", "--missed", "--session", "w99-s9"),
        row(1, "is a folder", "log", "--missed", "--plan", "{data}/folder"),
        row(1, "larger than 16 MiB", "log", "--missed", "--plan", "/dev/zero"),
        row(1, "is a folder", "log", "--missed", "--log", "{data}/folder"),
        // next
        row(1, "larger than 16 MiB", "next", "--log", "/dev/zero"),
        row(1, "is a folder", "next", "--log", "{data}/folder"),
        row(1, "misfit.jsonl:1: the entry does not fit the plan", "next", "--log", "{data}/misfit.jsonl"),
        row(2, "between 1 and 50", "next", "--count", "0"),
        row(2, "not a whole number", "next", "--count", "x"),
        row(1, "no saved plan", "next", "--plan", "{data}/missing.json"),
        row(1, "not UTF-8", "next", "--plan", "{data}/latin1.json"),
        row(1, "larger than 16 MiB", "next", "--plan", "{data}/huge.json"),
        // catalog
        row(1, "is a folder", "catalog", "validate", "{data}/folder"),
        row(1, "no such file", "catalog", "validate", "{data}/missing.json"),
        row(1, "larger than 16 MiB", "catalog", "validate", "/dev/zero"),
        row(1, "not UTF-8", "catalog", "validate", "{data}/latin1.json"),
        row(1, "is a folder", "catalog", "import", "--from", "free-exercise-db", "{data}/folder"),
        row(1, "larger than 16 MiB", "catalog", "import", "--from", "free-exercise-db", "/dev/zero"),
        row(2, "must be free-exercise-db", "catalog", "import", "--from", "wger", "x.json"),
        row(1, "is a folder", "catalog", "import", "--from", "free-exercise-db", "{data}/list.json", "-o", "{data}/folder"),
        // exercises and ids
        row(1, "\\n", "exercise", "glute\nbridge"),
        row(1, "characters", "exercise", LONG_ID),
        row(2, "nonsense", "exercises", "--muscle", "nonsense"),
        row(2, "unknown command", "plna"));
  }

  private static Arguments row(int exitCode, String words, String... args) {
    return Arguments.of(exitCode, words, args);
  }

  @ParameterizedTest(name = "[{index}] exit {0}: {1}")
  @MethodSource("badInputs")
  void badInputGetsOneClearLine(int exitCode, String words, String[] template) {
    String[] args = Arrays.stream(template).map(a -> a.replace("{data}", data.toString())).toArray(String[]::new);
    long started = System.nanoTime();
    Result result = CliRun.in(data).run(args);
    long millis = (System.nanoTime() - started) / 1_000_000;
    TRIED.incrementAndGet();
    List<String> lines = result.err().lines().toList();
    if (Internals.leak(result.err()) || Internals.leak(result.out())) {
      synchronized (LEAKS) {
        LEAKS.add(String.join(" ", template).substring(0, Math.min(80, String.join(" ", template).length())));
      }
    }
    assertThat(result.exitCode()).as(result.toString()).isEqualTo(exitCode);
    assertThat(lines).as(result.toString()).hasSize(1);
    assertThat(lines.get(0)).startsWith("glutewise").contains(words).hasSizeLessThan(500);
    assertThat(Internals.leak(result.err())).as(result.err()).isFalse();
    assertThat(millis).as("answered quickly").isLessThan(20_000);
    CLEAR.incrementAndGet();
  }

  @org.junit.jupiter.api.Test
  void anEntryForASessionThePlanLacksIsNamedByLineAndRepairSetsItAside(@TempDir Path home) throws IOException {
    CliRun run = CliRun.in(home);
    assertThat(run.run("plan", "--save", "--start", "2025-06-09").exitCode()).isZero();
    assertThat(run.run("log", "--missed").exitCode()).isZero();
    Path log = home.resolve("glutewise/log.jsonl");
    Files.writeString(log, "{\"sessionId\":\"w40-s9\",\"date\":\"2025-06-09\",\"status\":\"missed\"}\n",
        java.nio.file.StandardOpenOption.APPEND);

    Result blocked = run.run("next");
    assertThat(blocked.exitCode()).isEqualTo(1);
    assertThat(blocked.err()).startsWith("glutewise next: " + log + ":2: the entry does not fit the plan")
        .contains("--repair");

    Result repaired = run.run("log", "--repair");
    assertThat(repaired.exitCode()).as(repaired.toString()).isZero();
    assertThat(repaired.out()).contains("Moved 1 damaged line").contains(":2:");
    assertThat(Files.readString(home.resolve("glutewise/log.jsonl.rejected"))).contains("w40-s9");
    assertThat(run.run("next").exitCode()).isZero();
  }

  @org.junit.jupiter.api.Test
  void aCatalogWhoseExercisesAreNullIsNotOk() throws IOException {
    Path catalog = Files.writeString(data.resolve("null-exercises.json"),
        "{\"version\": \"1\", \"exercises\": null, \"ladders\": [], \"templates\": []}");
    Result result = CliRun.in(data).run("catalog", "validate", catalog.toString());
    assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
    assertThat(result.out()).contains("$.exercises").contains("not null").doesNotContain("OK");
  }

  @org.junit.jupiter.api.Test
  void dashIsStandardOutputForTextAndForPdf() throws IOException {
    Result text = CliRun.in(data).run("plan", "--start", "2025-06-09", "-o", "-");
    assertThat(text.exitCode()).as(text.toString()).isZero();
    assertThat(text.out()).startsWith("GLUTE STRENGTHENING PROGRAM");
    assertThat(Path.of("-")).doesNotExist();
    java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
    picocli.CommandLine commandLine = io.glutewise.cli.GlutewiseCommand.commandLine(
        CliRun.in(data).environment().withStandardOutput(pdf));
    Result binary = CliRun.run(commandLine, "plan", "--start", "2025-06-09", "--format", "pdf", "-o", "-");
    assertThat(binary.exitCode()).as(binary.toString()).isZero();
    assertThat(new String(pdf.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @AfterAll
  static void figures() {
    System.out.println("hostile CLI inputs: " + TRIED.get() + " tried, " + CLEAR.get()
        + " clear one-line errors, " + LEAKS.size() + " leaking internals " + LEAKS);
    assertThat(LEAKS).isEmpty();
  }
}
