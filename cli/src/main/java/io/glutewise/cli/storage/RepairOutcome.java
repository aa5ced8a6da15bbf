package io.glutewise.cli.storage;

import java.util.List;
import java.util.Optional;

/**
 * What {@link TrainingLog#repair} did: the lines it set aside, and a note when it had to work
 * around a full disk (for example by cutting a torn last line in place and showing its text).
 *
 * @param moved the lines set aside, with their former line numbers; empty when the log was whole
 * @param note what the person should know beyond the moved lines, if anything
 */
public record RepairOutcome(List<LogProblem> moved, Optional<String> note) {
  /** Copies the list. */
  public RepairOutcome {
    moved = List.copyOf(moved);
  }
}
