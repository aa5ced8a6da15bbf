package io.glutewise.planner.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.Checks;
import io.glutewise.core.dose.PerformedSet;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionStatus;
import io.glutewise.core.program.Prescription;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One attempt at a place in a program: what the plan had there, what was prescribed after
 * adaptation, and what was done, with the session's pain. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAttempt.class)
@JsonDeserialize(as = ImmutableAttempt.class)
public abstract class Attempt {
  /** The session's id, such as {@code w02-s1}. */
  public abstract String sessionId();

  /** The session's planned date. */
  public abstract LocalDate date();

  /** Whether the session fell in a deload week. */
  public abstract boolean deloadWeek();

  /** What happened to the session; missed when there was no log. */
  public abstract SessionStatus status();

  /** What the plan had in this place. */
  public abstract Prescription planned();

  /** What was prescribed after adaptation. */
  public abstract Prescription prescribed();

  /** What was done of it; absent when the session was missed or the exercise left out. */
  public abstract Optional<ExerciseLog> performed();

  /** The highest pain during any exercise of the session, 0 to 10. */
  public abstract int sessionPainDuring();

  /**
   * The pain to compare the next morning with: the log's pain before, else the latest earlier
   * next-morning pain, else the trainee's current pain.
   */
  public abstract int painBefore();

  /** Back pain the next morning, where recorded. */
  public abstract Optional<Integer> painNextMorning();

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Attempt}. */
  public static final class Builder extends ImmutableAttempt.Builder {}

  /** The sets done, empty when nothing was done. */
  @JsonIgnore
  public List<PerformedSet> sets() {
    return performed().map(ExerciseLog::sets).orElse(List.of());
  }

  /** Whether any set of this place was done. */
  @JsonIgnore
  public boolean wasDone() {
    return status() != SessionStatus.MISSED && !sets().isEmpty();
  }

  /** Whether what was done is the exercise prescribed. */
  @JsonIgnore
  public boolean isPrescribedExercise() {
    return performed().filter(e -> e.exerciseId().equals(prescribed().exerciseId())).isPresent();
  }

  /** The highest pain during this exercise, 0 when it was not done. */
  @JsonIgnore
  public int painDuring() {
    return performed().map(ExerciseLog::painDuring).orElse(0);
  }

  /** Whether every set was done with at least the prescribed load (and at least one set was done). */
  @JsonIgnore
  public boolean loadMet() {
    return wasDone() && sets().stream().allMatch(s -> s.load().atLeast(prescribed().dose().load()));
  }

  /** Whether at least the prescribed number of sets was done and every set reached the amount. */
  @JsonIgnore
  public boolean allSetsReach(int amount) {
    return sets().size() >= prescribed().dose().sets()
        && sets().stream().allMatch(s -> s.amount() >= amount);
  }

  /** How many sets reached the amount. */
  public int setsReaching(int amount) {
    return (int) sets().stream().filter(s -> s.amount() >= amount).count();
  }

  /** The fewest repetitions or seconds of any set; 0 when nothing was done. */
  @JsonIgnore
  public int lowestSet() {
    return sets().stream().mapToInt(PerformedSet::amount).min().orElse(0);
  }

  /** The repetitions or seconds of the last set; 0 when nothing was done. */
  @JsonIgnore
  public int lastSet() {
    List<PerformedSet> sets = sets();
    return sets.isEmpty() ? 0 : sets.get(sets.size() - 1).amount();
  }

  /** The rise in pain from before to the next morning; 0 when not recorded or not higher. */
  @JsonIgnore
  public int nextMorningRise() {
    return painNextMorning().map(p -> Math.max(0, p - painBefore())).orElse(0);
  }

  @Value.Check
  protected void check() {
    Checks.pain("sessionPainDuring", sessionPainDuring());
    Checks.pain("painBefore", painBefore());
  }
}
