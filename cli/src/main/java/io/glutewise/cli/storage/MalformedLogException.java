package io.glutewise.cli.storage;

import io.glutewise.core.GlutewiseException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The training log has lines that cannot be read. The message names each one with its line
 * number ({@code log.jsonl:7: malformed entry: ...}); nothing is dropped or overwritten until the
 * person decides (see {@code glutewise log --repair}).
 */
public final class MalformedLogException extends GlutewiseException {
  private static final long serialVersionUID = 1L;

  private final transient List<LogProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the bad lines; never empty
   */
  public MalformedLogException(List<LogProblem> problems) {
    super(problems.stream().map(LogProblem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** The bad lines, in file order. */
  public List<LogProblem> problems() {
    return problems;
  }
}
