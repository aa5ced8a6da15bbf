package io.glutewise.cli.command;

import io.glutewise.cli.storage.LogContents;
import io.glutewise.cli.storage.LogLine;
import io.glutewise.cli.storage.TrainingLog;
import io.glutewise.core.GlutewiseException;
import io.glutewise.core.log.LogHistory;
import io.glutewise.core.program.Program;
import io.glutewise.planner.Planner;
import io.glutewise.planner.adapt.Adaptation;
import io.glutewise.planner.adapt.LogMismatchException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Whether the readable entries of a training log fit a plan, line by line: an entry for a session
 * the plan lacks, a session logged twice, or an exercise the session did not prescribe is named
 * by its line of the log, and {@code log --repair} can set such lines aside.
 */
final class LogFit {
  private LogFit() {}

  /**
   * The plan adapted to the log, or a failure naming the log line that does not fit.
   *
   * @throws GlutewiseException naming the file and line of the entry that does not fit the plan
   */
  static Adaptation adapt(Planner planner, Program program, LogContents contents, TrainingLog log) {
    contents.requireReadable();
    List<LogLine> current = current(contents.entries());
    try {
      return planner.next(program, current.stream().map(LogLine::session).toList());
    } catch (LogMismatchException e) {
      int line = lineOf(current, e);
      throw new GlutewiseException(log.file() + ":" + line + ": the entry does not fit the plan: "
          + e.getMessage() + "; if the log belongs to another plan, name that one with --plan FILE,"
          + " otherwise `glutewise log --repair` moves the line to " + log.rejectedFile());
    }
  }

  /**
   * The entries that do not fit the plan, each with the reason, found one at a time as the
   * planner meets them.
   */
  static Function<LogLine, Optional<String>> misfits(Planner planner, Program program, LogContents contents) {
    List<LogLine> remaining = new ArrayList<>(current(contents.entries()));
    Map<Integer, String> reasons = new HashMap<>();
    for (int round = 0; round <= contents.entries().size() && !remaining.isEmpty(); round++) {
      try {
        planner.next(program, remaining.stream().map(LogLine::session).toList());
        break;
      } catch (LogMismatchException e) {
        int line = lineOf(remaining, e);
        reasons.put(line, "the entry does not fit the plan: " + e.getMessage());
        remaining.removeIf(entry -> entry.line() == line);
      }
    }
    return entry -> Optional.ofNullable(reasons.get(entry.line()));
  }

  /**
   * The entries that count: for a session logged more than once (a correction), its latest entry,
   * in the place where the session was first logged, as {@link LogHistory#current()} has it.
   */
  private static List<LogLine> current(List<LogLine> entries) {
    Map<String, LogLine> latest = new LinkedHashMap<>();
    for (LogLine entry : entries) {
      latest.put(entry.session().sessionId(), entry);
    }
    return List.copyOf(latest.values());
  }

  /** The line of the entry the mismatch is about: for a session logged twice, the later one. */
  private static int lineOf(List<LogLine> entries, LogMismatchException e) {
    List<LogLine> matching = entries.stream()
        .filter(entry -> entry.session().sessionId().equals(e.sessionId()))
        .toList();
    if (matching.isEmpty()) {
      return 0;
    }
    boolean duplicate = matching.size() > 1 && e.exerciseId().isEmpty();
    return matching.get(duplicate ? 1 : 0).line();
  }
}
