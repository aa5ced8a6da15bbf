package io.glutewise.core.log;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A training log read as a history: every entry in the order it was recorded, and for each session
 * the answer that counts now.
 *
 * <p>A correction is a new entry for a session already logged; it supersedes the older entries for
 * that session, which stay in the history. Nothing is rewritten in place, so a mistaken correction
 * can itself be corrected and every earlier answer can still be read. Immutable and thread-safe.
 */
public final class LogHistory {
  private final List<SessionLog> entries;
  private final Map<String, SessionLog> current;

  private LogHistory(List<SessionLog> entries) {
    this.entries = List.copyOf(entries);
    Map<String, SessionLog> latest = new LinkedHashMap<>();
    for (SessionLog entry : this.entries) {
      // the first time a session appears fixes its place; a later entry replaces its answer
      latest.put(entry.sessionId(), entry);
    }
    this.current = latest;
  }

  /**
   * The history of the given entries.
   *
   * @param entries every entry, oldest first, as recorded; never null
   */
  public static LogHistory of(List<SessionLog> entries) {
    return new LogHistory(Objects.requireNonNull(entries, "entries"));
  }

  /** Every entry, oldest first, superseded ones included. */
  public List<SessionLog> entries() {
    return entries;
  }

  /**
   * One entry per session, the latest recorded for it, in the order the sessions were first
   * logged: what the planner adapts to.
   */
  public List<SessionLog> current() {
    return List.copyOf(current.values());
  }

  /** The answer that counts now for a session, if it was logged. */
  public Optional<SessionLog> current(String sessionId) {
    return Optional.ofNullable(current.get(sessionId));
  }

  /** Every entry for a session, oldest first; the last one is {@link #current(String)}. */
  public List<SessionLog> entriesFor(String sessionId) {
    List<SessionLog> found = new ArrayList<>();
    for (SessionLog entry : entries) {
      if (entry.sessionId().equals(sessionId)) {
        found.add(entry);
      }
    }
    return found;
  }

  /** How many older entries for a session were superseded by a correction. */
  public int corrections(String sessionId) {
    return Math.max(0, entriesFor(sessionId).size() - 1);
  }

  /** The session logged most recently, as its latest entry, if any. */
  public Optional<SessionLog> lastRecorded() {
    return entries.isEmpty()
        ? Optional.empty()
        : Optional.of(entries.get(entries.size() - 1));
  }
}
