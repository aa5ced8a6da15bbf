package io.glutewise.cli.storage;

import io.glutewise.core.log.SessionLog;
import java.util.List;
import java.util.Optional;

/**
 * Everything read from a training log: the readable entries and the problems, each with its line
 * number. Nothing is dropped: a line is either an entry or a problem.
 *
 * @param entries the readable entries, in file order
 * @param problems the lines that could not be read, in file order
 */
public record LogContents(List<LogLine> entries, List<LogProblem> problems) {
  /** Copies the lists. */
  public LogContents {
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
  }

  /** An empty log. */
  public static LogContents empty() {
    return new LogContents(List.of(), List.of());
  }

  /** The sessions, in file order. */
  public List<SessionLog> sessions() {
    return entries.stream().map(LogLine::session).toList();
  }

  /** The entry for a session id, if it was logged. */
  public Optional<LogLine> find(String sessionId) {
    return entries.stream().filter(e -> e.session().sessionId().equals(sessionId)).findFirst();
  }

  /**
   * The sessions, or a failure listing every bad line.
   *
   * @throws MalformedLogException when any line could not be read
   */
  public List<SessionLog> requireReadable() {
    if (!problems.isEmpty()) {
      throw new MalformedLogException(problems);
    }
    return sessions();
  }
}
