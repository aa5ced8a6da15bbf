package io.glutewise.cli.storage;

import io.glutewise.core.log.SessionLog;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A separate process for the concurrency test: appends sessions {@code w<NN>-s<slot>} for weeks
 * 1..count to the log named on the command line.
 */
public final class AppendWorker {
  private AppendWorker() {}

  /**
   * Appends the entries.
   *
   * @param args the log file, the session slot (1-9) and the number of weeks
   */
  public static void main(String[] args) throws Exception {
    TrainingLog log = TrainingLog.at(Path.of(args[0]));
    int slot = Integer.parseInt(args[1]);
    int count = Integer.parseInt(args[2]);
    for (int week = 1; week <= count; week++) {
      log.append(SessionLog.missed(String.format("w%02d-s%d", week, slot), LocalDate.of(2025, 1, 6)), c -> {});
    }
  }
}
