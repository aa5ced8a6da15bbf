package io.glutewise.planner.internal.adapt;

import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Session;
import io.glutewise.planner.adapt.LogMismatchException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first step: the logs checked against the program and indexed by session. A log must name a
 * session of the program, once; each exercise it lists must be one the session prescribed (as
 * planned or as adapted), or say which prescribed exercise it was done instead of.
 */
final class LogIndex {
  private final Map<String, SessionLog> bySession;
  private final int latest;

  private LogIndex(Map<String, SessionLog> bySession, int latest) {
    this.bySession = bySession;
    this.latest = latest;
  }

  static LogIndex of(ProgramContext context, List<SessionLog> logs) {
    Map<String, Integer> indexById = new HashMap<>();
    List<Session> sessions = context.sessions;
    for (int i = 0; i < sessions.size(); i++) {
      indexById.put(sessions.get(i).id(), i);
    }
    Map<String, SessionLog> bySession = new HashMap<>();
    int latest = -1;
    for (SessionLog log : logs) {
      Integer index = indexById.get(log.sessionId());
      if (index == null) {
        throw LogMismatchException.unknownSession(log.sessionId(), sessions.get(0).id(),
            sessions.get(sessions.size() - 1).id());
      }
      if (bySession.put(log.sessionId(), log) != null) {
        throw LogMismatchException.duplicate(log.sessionId());
      }
      latest = Math.max(latest, index);
    }
    return new LogIndex(bySession, latest);
  }

  /** The index of the latest logged session; -1 with no logs. */
  int latest() {
    return latest;
  }

  /** The log of a session; null when it has none (missed). */
  SessionLog log(Session session) {
    return bySession.get(session.id());
  }

  /** Checks a log's exercises against the session as planned and as adapted. */
  static void check(SessionLog log, Session planned, Set<String> adapted) {
    Set<String> known = new HashSet<>();
    planned.all().stream().map(Prescription::exerciseId).forEach(known::add);
    known.addAll(adapted);
    for (ExerciseLog exercise : log.exercises()) {
      String id = exercise.insteadOf().orElse(exercise.exerciseId());
      if (!known.contains(id)) {
        throw LogMismatchException.unknownExercise(log.sessionId(), id);
      }
    }
  }
}
