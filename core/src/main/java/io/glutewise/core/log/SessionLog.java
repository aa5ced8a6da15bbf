package io.glutewise.core.log;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.Checks;
import io.glutewise.core.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What happened to one planned session: whether it was done, what was performed of each
 * exercise, pain before, during and the next morning, and notes.
 *
 * <p>A missed session has no exercises. Pain is on the 0-10 scale. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSessionLog.class)
@JsonDeserialize(as = ImmutableSessionLog.class)
public abstract class SessionLog {
  /** The id of the planned session, such as {@code w03-s2}. */
  public abstract String sessionId();

  /** The date it was done (or was due, when missed). */
  public abstract LocalDate date();

  /** Completed, partial or missed. */
  @Value.Default
  public SessionStatus status() {
    return SessionStatus.COMPLETED;
  }

  /** What was performed, one entry per prescribed exercise that was done. */
  public abstract List<ExerciseLog> exercises();

  /** Back pain before the session, 0 to 10, where recorded. */
  public abstract Optional<Integer> painBefore();

  /** Back pain the next morning, 0 to 10, where recorded. */
  public abstract Optional<Integer> painNextMorning();

  /** Free notes. */
  public abstract Optional<String> notes();

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A missed session. */
  public static SessionLog missed(String sessionId, LocalDate date) {
    return builder().sessionId(sessionId).date(date).status(SessionStatus.MISSED).build();
  }

  /** The highest pain during any exercise of the session; 0 when none was done. */
  public int painDuring() {
    return exercises().stream().mapToInt(ExerciseLog::painDuring).max().orElse(0);
  }

  /** The log of one exercise, if it was done. */
  public Optional<ExerciseLog> exercise(String exerciseId) {
    return exercises().stream().filter(e -> e.exerciseId().equals(exerciseId)).findFirst();
  }

  /** Builds a {@link SessionLog}. */
  public static final class Builder extends ImmutableSessionLog.Builder {}

  @Value.Check
  protected void check() {
    if (!sessionId().matches("w\\d{2}-s\\d")) {
      throw new InvalidValueException("sessionId", "\"" + sessionId() + "\"", "must look like w03-s2");
    }
    painBefore().ifPresent(p -> Checks.pain("painBefore", p));
    painNextMorning().ifPresent(p -> Checks.pain("painNextMorning", p));
    if (status() == SessionStatus.MISSED && !exercises().isEmpty()) {
      throw new InvalidValueException(
          "exercises", exercises().size() + (exercises().size() == 1 ? " entry" : " entries"),
          "must be empty for a missed session");
    }
  }
}
