package io.glutewise.cli.command;

import static io.glutewise.core.generators.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.glutewise.cli.storage.TrainingLog;
import io.glutewise.core.generators.LogGenerators;
import io.glutewise.core.log.LogHistory;
import io.glutewise.core.log.SessionLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * For any sequence of log entries and corrections written to the training log, the log read back
 * gives the latest answer for every session and keeps every entry.
 */
class LogCorrectionProperties {
  private static final List<String> SESSIONS = List.of("w01-s1", "w01-s2", "w01-s3", "w02-s1", "w02-s2");

  /** Examples that go through real files. */
  private static final int FILE_EXAMPLES = 150;

  @TempDir Path folder;

  /** Entries for a handful of sessions, so that later ones correct earlier ones. */
  private static Gen<List<SessionLog>> recordings() {
    Gen<SessionLog> entry = LogGenerators.sessionLogs()
        .zip(integers().between(0, SESSIONS.size() - 1),
            (log, i) -> SessionLog.builder().from(log).sessionId(SESSIONS.get(i)).build());
    return lists().of(entry).ofSizeBetween(1, 8);
  }

  @Test
  void theLogReadBackGivesTheLatestAnswerPerSessionAndKeepsEveryEntry() {
    AtomicInteger run = new AtomicInteger();
    // every append forces the file to disk, which makes an example cost milliseconds: the
    // thousand-example version of this invariant runs without files in core's LogHistoryProperties
    theory().withExamples(FILE_EXAMPLES).forAll(recordings()).checkAssert(recorded -> {
      TrainingLog log = TrainingLog.at(folder.resolve("run-" + run.incrementAndGet() + "/log.jsonl"));
      Map<String, SessionLog> expected = new LinkedHashMap<>();
      try {
        for (SessionLog entry : recorded) {
          log.append(entry, contents -> { });
          expected.put(entry.sessionId(), entry);
        }
        LogHistory history = LogHistory.of(log.read().requireReadable());
        assertThat(history.entries()).containsExactlyElementsOf(recorded);
        assertThat(Files.readAllLines(log.file())).hasSize(recorded.size());
        assertThat(history.current()).containsExactlyElementsOf(expected.values());
        expected.forEach((id, latest) -> assertThat(history.current(id)).contains(latest));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
