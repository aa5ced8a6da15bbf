package io.glutewise.cli.storage;

import io.glutewise.core.log.SessionLog;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A process for the kill -9 test: appends sessions to the log named on the command line, one
 * after another, and prints each id once its append has returned (the acknowledgement a person
 * would see), until it is killed.
 */
public final class KillWorker {
  private KillWorker() {}

  /**
   * Appends until killed.
   *
   * @param args the log file
   */
  public static void main(String[] args) throws Exception {
    TrainingLog log = TrainingLog.at(Path.of(args[0]));
    for (int n = 10; n <= 999; n++) {
      String id = String.format("w%02d-s%d", n / 10, n % 10);
      // long notes make each write large enough that a kill can land inside one
      log.append(SessionLog.builder().from(SessionLog.missed(id, LocalDate.of(2025, 1, 6)))
          .notes("x".repeat(4000)).build(), c -> {});
      System.out.println(id);
      System.out.flush();
    }
  }
}
