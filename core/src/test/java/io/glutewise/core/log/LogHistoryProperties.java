package io.glutewise.core.log;

import static io.glutewise.core.generators.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.glutewise.core.generators.LogGenerators;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class LogHistoryProperties {
  private static final List<String> SESSIONS = List.of("w01-s1", "w01-s2", "w01-s3", "w02-s1");

  /** Entries and corrections: any entry, re-addressed to one of a few sessions so ids repeat. */
  static Gen<List<SessionLog>> recordings() {
    Gen<SessionLog> entry =
        LogGenerators.sessionLogs()
            .zip(integers().between(0, SESSIONS.size() - 1),
                (log, i) -> SessionLog.builder().from(log).sessionId(SESSIONS.get(i)).build());
    return lists().of(entry).ofSizeBetween(0, 12);
  }

  @Test
  void theLatestEntryForASessionIsItsAnswerAndNoEntryIsLost() {
    theory().forAll(recordings()).checkAssert(recorded -> {
      LogHistory history = LogHistory.of(recorded);
      assertThat(history.entries()).containsExactlyElementsOf(recorded);
      Set<String> seen = new HashSet<>();
      for (int i = recorded.size() - 1; i >= 0; i--) {
        SessionLog entry = recorded.get(i);
        if (seen.add(entry.sessionId())) {
          // nothing recorded after this entry names its session: it is the answer
          assertThat(history.current(entry.sessionId())).contains(entry);
        }
      }
      assertThat(history.current()).hasSize(seen.size())
          .extracting(SessionLog::sessionId).doesNotHaveDuplicates();
      assertThat(history.current()).allSatisfy(c -> assertThat(recorded).contains(c));
    });
  }

  @Test
  void aCorrectionCountsEveryEarlierEntryOfItsSession() {
    theory().forAll(recordings()).checkAssert(recorded -> {
      LogHistory history = LogHistory.of(recorded);
      int superseded = SESSIONS.stream().mapToInt(history::corrections).sum();
      assertThat(superseded + history.current().size()).isEqualTo(recorded.size());
    });
  }
}
