package io.glutewise.core.exercise;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.Checks;
import io.glutewise.core.InvalidValueException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a trainee must show before climbing a ladder step: a number of sets of a number of
 * repetitions (or seconds), with pain at most {@link #maxPain()} out of 10, on
 * {@link #consecutiveSessions()} sessions in a row. For example 3 x 12, pain at most 3, twice.
 *
 * <p>Exactly one of repetitions and seconds is present. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProgressionCriterion.class)
@JsonDeserialize(as = ImmutableProgressionCriterion.class)
public abstract class ProgressionCriterion {
  /** Sets that must reach the target, 1 to 10. */
  public abstract int sets();

  /** Repetitions per set to reach, for counted exercises. */
  public abstract Optional<Integer> repetitions();

  /** Seconds per set to reach, for holds. */
  public abstract Optional<Integer> seconds();

  /** The highest pain during exercise, 0 to 10, that still counts. */
  @Value.Default
  public int maxPain() {
    return 3;
  }

  /** How many sessions in a row must meet the criterion, 1 to 5. */
  @Value.Default
  public int consecutiveSessions() {
    return 2;
  }

  /** Sets of repetitions, pain at most 3, twice in a row. */
  public static ProgressionCriterion ofRepetitions(int sets, int repetitions) {
    return ImmutableProgressionCriterion.builder().sets(sets).repetitions(repetitions).build();
  }

  /** Sets of held seconds, pain at most 3, twice in a row. */
  public static ProgressionCriterion ofSeconds(int sets, int seconds) {
    return ImmutableProgressionCriterion.builder().sets(sets).seconds(seconds).build();
  }

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The repetitions or seconds per set, whichever applies. */
  public int target() {
    return repetitions().or(this::seconds).orElseThrow();
  }

  /** Builds a {@link ProgressionCriterion}. */
  public static final class Builder extends ImmutableProgressionCriterion.Builder {}

  @Value.Check
  protected void check() {
    Checks.inRange("sets", sets(), 1, 10);
    Checks.pain("maxPain", maxPain());
    Checks.inRange("consecutiveSessions", consecutiveSessions(), 1, 5);
    if (repetitions().isPresent() == seconds().isPresent()) {
      throw new InvalidValueException(
          "repetitions", repetitions().map(Object::toString).orElse("absent"),
          "and seconds: exactly one must be given");
    }
    repetitions().ifPresent(r -> Checks.inRange("repetitions", r, 1, 100));
    seconds().ifPresent(s -> Checks.inRange("seconds", s, 1, 3600));
  }

  @Override
  public String toString() {
    return sets() + " x " + target() + (seconds().isPresent() ? " s" : "") + " with pain at most "
        + maxPain() + "/10 on " + consecutiveSessions() + " sessions in a row";
  }
}
