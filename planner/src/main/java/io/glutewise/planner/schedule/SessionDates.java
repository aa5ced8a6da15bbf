package io.glutewise.planner.schedule;

import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the next sessions fall once the person's own dates are known: when the latest logged
 * session was done later than planned, the sessions after it move so that each stays at least two
 * days (48 hours) after the one before, the rest the same muscle groups need (docs/evidence.md,
 * section 2). Sessions never move earlier than planned, and a move stops at the first session that
 * already has its spacing. Stateless and thread-safe.
 */
public final class SessionDates {
  /** Days between two sessions: 48 hours. */
  public static final int MIN_DAYS_BETWEEN = 2;

  private SessionDates() {}

  /**
   * One moved session.
   *
   * @param session the session as planned
   * @param date the day it moves to
   * @param cause the logged session whose late date moved it
   */
  public record Move(Session session, LocalDate date, SessionLog cause) {
    /** Checks the fields. */
    public Move {
      Objects.requireNonNull(session, "session");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(cause, "cause");
    }
  }

  /**
   * The sessions after the latest logged one that move, by session id, in plan order.
   *
   * @param program the plan; never null
   * @param logs the latest log of each session; never null
   */
  public static Map<String, Move> moved(Program program, List<SessionLog> logs) {
    Objects.requireNonNull(program, "program");
    List<Session> sessions = program.sessions();
    List<String> order = sessions.stream().map(Session::id).toList();
    Optional<SessionLog> latest = logs.stream()
        .filter(l -> order.contains(l.sessionId()))
        .max(java.util.Comparator.comparingInt(l -> order.indexOf(l.sessionId())));
    Map<String, Move> moves = new LinkedHashMap<>();
    if (latest.isEmpty()) {
      return moves;
    }
    LocalDate previous = latest.get().date();
    for (int i = order.indexOf(latest.get().sessionId()) + 1; i < sessions.size(); i++) {
      Session session = sessions.get(i);
      LocalDate earliest = previous.plusDays(MIN_DAYS_BETWEEN);
      if (!session.date().isBefore(earliest)) {
        break;
      }
      moves.put(session.id(), new Move(session, earliest, latest.get()));
      previous = earliest;
    }
    return moves;
  }

  /** The day a session falls on now: moved, or as planned. */
  public static LocalDate dateOf(Session session, Map<String, Move> moves) {
    Move move = moves.get(session.id());
    return move == null ? session.date() : move.date();
  }
}
