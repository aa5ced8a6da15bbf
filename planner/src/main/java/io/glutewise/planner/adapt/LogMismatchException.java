package io.glutewise.planner.adapt;

import io.glutewise.core.GlutewiseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A session log that does not fit the program: a session id the program does not have, the same
 * session logged twice, or an exercise that was not prescribed in that session. Names the session
 * and, where it applies, the exercise.
 */
public final class LogMismatchException extends GlutewiseException {
  private static final long serialVersionUID = 1L;

  private final String sessionId;
  private final String exerciseId;

  private LogMismatchException(String message, String sessionId, String exerciseId) {
    super(message);
    this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
    this.exerciseId = exerciseId;
  }

  /** A log for a session the program does not have. */
  public static LogMismatchException unknownSession(String sessionId, String firstId, String lastId) {
    return new LogMismatchException(
        "log for session " + sessionId + ", which is not in this program (its sessions run from "
            + firstId + " to " + lastId + ")",
        sessionId, null);
  }

  /** Two logs for the same session. */
  public static LogMismatchException duplicate(String sessionId) {
    return new LogMismatchException(
        "session " + sessionId + " is logged twice; keep one log per session", sessionId, null);
  }

  /** A logged exercise that was not prescribed in the session. */
  public static LogMismatchException unknownExercise(String sessionId, String exerciseId) {
    return new LogMismatchException(
        "the log of session " + sessionId + " lists exercise " + exerciseId
            + ", which was not prescribed in that session",
        sessionId, exerciseId);
  }

  /** The session id of the offending log. */
  public String sessionId() {
    return sessionId;
  }

  /** The offending exercise id, when the problem is an exercise. */
  public Optional<String> exerciseId() {
    return Optional.ofNullable(exerciseId);
  }
}
