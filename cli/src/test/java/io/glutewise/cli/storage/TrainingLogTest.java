package io.glutewise.cli.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.glutewise.core.GlutewiseException;
import io.glutewise.core.dose.Load;
import io.glutewise.core.dose.PerformedSet;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingLogTest {
  @TempDir Path folder;

  private static SessionLog done(String id, int pain) {
    return SessionLog.builder()
        .sessionId(id)
        .date(LocalDate.of(2025, 1, 6))
        .addExercises(ExerciseLog.builder()
            .exerciseId("glute-bridge")
            .addSets(PerformedSet.ofRepetitions(12, Load.bodyweight()))
            .addSets(PerformedSet.ofRepetitions(10, Load.kilograms(20)))
            .painDuring(pain)
            .build())
        .notes("felt it in the glutes\nnot the back")
        .build();
  }

  @Test
  void appendsOneCompactLinePerSessionAndReadsThemBackWithLineNumbers() throws IOException {
    TrainingLog log = TrainingLog.at(folder.resolve("sub/log.jsonl"));
    assertThat(log.read().entries()).isEmpty();
    LogLine first = log.append(done("w01-s1", 2), c -> {});
    LogLine second = log.append(SessionLog.missed("w01-s2", LocalDate.of(2025, 1, 8)), c -> {});

    assertThat(first.line()).isEqualTo(1);
    assertThat(second.line()).isEqualTo(2);
    List<String> lines = Files.readAllLines(log.file());
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("{").endsWith("}").doesNotContain("\n");
    assertThat(Files.readString(log.file())).endsWith("}\n");
    LogContents contents = log.read();
    assertThat(contents.problems()).isEmpty();
    assertThat(contents.sessions()).containsExactly(done("w01-s1", 2), SessionLog.missed("w01-s2", LocalDate.of(2025, 1, 8)));
    assertThat(contents.find("w01-s2").orElseThrow().line()).isEqualTo(2);
  }

  @Test
  void aTruncatedLastLineIsReportedWithItsNumberAndNothingIsAppendedAfterIt() throws IOException {
    Path file = folder.resolve("log.jsonl");
    TrainingLog log = TrainingLog.at(file);
    log.append(done("w01-s1", 1), c -> {});
    log.append(done("w01-s2", 1), c -> {});
    String whole = TrainingLog.compact(done("w01-s3", 1));
    Files.writeString(file, whole.substring(0, whole.length() / 2), java.nio.file.StandardOpenOption.APPEND);
    byte[] before = Files.readAllBytes(file);

    LogContents contents = log.read();
    assertThat(contents.entries()).extracting(LogLine::line).containsExactly(1, 2);
    assertThat(contents.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.toString()).startsWith(file + ":3: malformed entry: ").contains("cut short");
    });
    assertThatThrownBy(() -> log.append(done("w02-s1", 1), c -> {}))
        .isInstanceOf(MalformedLogException.class)
        .hasMessageStartingWith(file + ":3: malformed entry:");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void aCompleteButUnterminatedLastLineIsStillReportedSoNoEntryIsGluedToIt() throws IOException {
    Path file = folder.resolve("log.jsonl");
    Files.writeString(file, TrainingLog.compact(done("w01-s1", 1)));
    TrainingLog log = TrainingLog.at(file);
    assertThat(log.read().problems()).singleElement()
        .satisfies(p -> assertThat(p.toString()).contains(":1: malformed entry: the line has no newline"));
    assertThatThrownBy(() -> log.append(done("w01-s2", 1), c -> {})).isInstanceOf(MalformedLogException.class);
  }

  @Test
  void everyBadLineInTheMiddleIsReportedWithItsNumberAndPath() throws IOException {
    Path file = folder.resolve("log.jsonl");
    Files.writeString(file, String.join("\n",
        TrainingLog.compact(done("w01-s1", 1)),
        "not json at all",
        TrainingLog.compact(done("w01-s2", 1)).replace("\"painDuring\":1", "\"painDuring\":12"),
        "",
        TrainingLog.compact(done("w01-s3", 1))) + "\n");
    LogContents contents = TrainingLog.at(file).read();
    assertThat(contents.entries()).extracting(LogLine::line).containsExactly(1, 5);
    assertThat(contents.problems()).extracting(LogProblem::line).containsExactly(2, 3);
    assertThat(contents.problems().get(1).toString())
        .contains(":3: malformed entry: ")
        .contains("painDuring must be between 0 and 10, was 12");
    assertThatThrownBy(contents::requireReadable)
        .isInstanceOf(MalformedLogException.class)
        .hasMessageContaining(file + ":2: malformed entry:")
        .hasMessageContaining(file + ":3: malformed entry:");
  }

  @Test
  void repairMovesTheBadLinesAsideWithoutLosingAnything() throws IOException {
    Path file = folder.resolve("log.jsonl");
    String good = TrainingLog.compact(done("w01-s1", 1));
    Files.writeString(file, good + "\n{\"sessionId\": broken\n" + TrainingLog.compact(done("w01-s2", 2)) + "\n{\"torn");
    TrainingLog log = TrainingLog.at(file);

    List<LogProblem> moved = log.repair();

    assertThat(moved).extracting(LogProblem::line).containsExactly(2, 4);
    assertThat(Files.readString(log.rejectedFile())).isEqualTo("{\"sessionId\": broken\n{\"torn\n");
    assertThat(log.read().problems()).isEmpty();
    assertThat(log.read().sessions()).extracting(SessionLog::sessionId).containsExactly("w01-s1", "w01-s2");
    assertThat(log.append(done("w01-s3", 1), c -> {}).line()).isEqualTo(3);
    assertThat(log.repair()).isEmpty();
  }

  @Test
  void aRefusedPreconditionWritesNothing() throws IOException {
    TrainingLog log = TrainingLog.at(folder.resolve("log.jsonl"));
    log.append(done("w01-s1", 1), c -> {});
    assertThatThrownBy(() -> log.append(done("w01-s1", 1), c -> {
      if (c.find("w01-s1").isPresent()) {
        throw new GlutewiseException("already there");
      }
    })).hasMessage("already there");
    assertThat(Files.readAllLines(log.file())).hasSize(1);
  }

  @Test
  void concurrentAppendsFromManyThreadsKeepEveryLineWhole() throws Exception {
    TrainingLog log = TrainingLog.at(folder.resolve("log.jsonl"));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> work = new ArrayList<>();
    for (int slot = 1; slot <= 8; slot++) {
      int s = slot;
      work.add(pool.submit(() -> {
        for (int week = 1; week <= 25; week++) {
          log.append(done(String.format("w%02d-s%d", week, s), week % 11), c -> {});
        }
        return null;
      }));
    }
    for (Future<?> f : work) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    LogContents contents = log.read();
    assertThat(contents.problems()).isEmpty();
    assertThat(contents.entries()).hasSize(200);
    Set<String> ids = new HashSet<>();
    contents.sessions().forEach(s -> ids.add(s.sessionId()));
    assertThat(ids).hasSize(200);
    assertThat(Files.readAllLines(log.file(), StandardCharsets.UTF_8)).hasSize(200);
  }

  @Test
  void concurrentAppendsFromSeveralProcessesKeepEveryLineWhole() throws Exception {
    Path file = folder.resolve("log.jsonl");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Process> processes = new ArrayList<>();
    for (int slot = 1; slot <= 3; slot++) {
      processes.add(new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
          AppendWorker.class.getName(), file.toString(), String.valueOf(slot), "40")
          .redirectErrorStream(true)
          .start());
    }
    // threads of this process write at the same time as the other processes
    TrainingLog log = TrainingLog.at(file);
    for (int week = 1; week <= 40; week++) {
      log.append(done(String.format("w%02d-s9", week), 1), c -> {});
    }
    for (Process process : processes) {
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue())
          .as(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
          .isZero();
    }
    LogContents contents = log.read();
    assertThat(contents.problems()).isEmpty();
    assertThat(contents.entries()).hasSize(160);
    assertThat(contents.sessions().stream().map(SessionLog::sessionId).distinct().count()).isEqualTo(160);
  }
}
