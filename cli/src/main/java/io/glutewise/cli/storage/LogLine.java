package io.glutewise.cli.storage;

import io.glutewise.core.log.SessionLog;
import java.util.Objects;

/**
 * One readable entry of the training log, with the line it sits on.
 *
 * @param line the 1-based line number in the file
 * @param session the session recorded on that line
 */
public record LogLine(int line, SessionLog session) {
  /** Checks the fields. */
  public LogLine {
    Objects.requireNonNull(session, "session");
  }
}
