package io.glutewise.core.log;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.Checks;
import io.glutewise.core.InvalidValueException;
import io.glutewise.core.Slugs;
import io.glutewise.core.dose.PerformedSet;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What was performed of one prescribed exercise: the sets, and the highest pain during it.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExerciseLog.class)
@JsonDeserialize(as = ImmutableExerciseLog.class)
public abstract class ExerciseLog {
  /** The exercise's slug id: as prescribed, or the one done in its place (see {@link #insteadOf()}). */
  public abstract String exerciseId();

  /**
   * The prescribed exercise this one was done instead of, when the trainee swapped; the adaptive
   * step then treats this exercise as the one for that slot.
   */
  public abstract Optional<String> insteadOf();

  /**
   * Whether the trainee marks the exercise as one that hurts (beyond the numbers): the adaptive step
   * offers a replacement.
   */
  @Value.Default
  public boolean hurting() {
    return false;
  }

  /** The sets as performed; empty when the exercise was skipped. */
  public abstract List<PerformedSet> sets();

  /** The highest pain during the exercise, 0 to 10. */
  @Value.Default
  public int painDuring() {
    return 0;
  }

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExerciseLog}. */
  public static final class Builder extends ImmutableExerciseLog.Builder {}

  @Value.Check
  protected void check() {
    Slugs.require("exerciseId", exerciseId());
    insteadOf().ifPresent(id -> Slugs.require("insteadOf", id));
    if (insteadOf().filter(exerciseId()::equals).isPresent()) {
      throw new InvalidValueException("insteadOf", "\"" + exerciseId() + "\"", "must name another exercise than the one done");
    }
    Checks.pain("painDuring", painDuring());
    if (sets().size() > 20) {
      throw new InvalidValueException("sets", sets().size() + " sets", "must hold at most 20 sets");
    }
  }
}
