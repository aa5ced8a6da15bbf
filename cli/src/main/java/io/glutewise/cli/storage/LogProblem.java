package io.glutewise.cli.storage;

import java.util.Objects;

/**
 * A line of the training log that could not be read: torn by an interrupted write, edited by
 * hand, or written by something else.
 *
 * @param file the log file's name, as it appears in messages
 * @param line the 1-based line number
 * @param problem what is wrong with it, in words
 * @param text the line as found, kept so that a repair loses nothing
 */
public record LogProblem(String file, int line, String problem, String text) {
  /** Checks the fields. */
  public LogProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(text, "text");
  }

  /** The problem as one line: {@code log.jsonl:7: malformed entry: ...}. */
  @Override
  public String toString() {
    return file + ":" + line + ": malformed entry: " + problem;
  }
}
