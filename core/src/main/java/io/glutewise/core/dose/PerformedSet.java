package io.glutewise.core.dose;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.Checks;
import io.glutewise.core.InvalidValueException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One set as it was performed: repetitions or seconds held, the load used, and the effort left.
 *
 * <p>Exactly one of {@link #repetitions()} and {@link #seconds()} is present. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePerformedSet.class)
@JsonDeserialize(as = ImmutablePerformedSet.class)
public abstract class PerformedSet {
  /** Repetitions completed (per side, where the dose is per side), 0 to 1000. */
  public abstract Optional<Integer> repetitions();

  /** Seconds held, 0 to 7200. */
  public abstract Optional<Integer> seconds();

  /** The resistance used. */
  @Value.Default
  public Load load() {
    return Load.bodyweight();
  }

  /** How many more repetitions the trainee felt able to do, 0 to 10. */
  public abstract Optional<Integer> repsInReserve();

  /** A set of repetitions. */
  public static PerformedSet ofRepetitions(int repetitions, Load load) {
    return ImmutablePerformedSet.builder().repetitions(repetitions).load(load).build();
  }

  /** A held set. */
  public static PerformedSet ofSeconds(int seconds, Load load) {
    return ImmutablePerformedSet.builder().seconds(seconds).load(load).build();
  }

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The repetitions or seconds, whichever was recorded. */
  public int amount() {
    return repetitions().or(this::seconds).orElseThrow();
  }

  /** Builds a {@link PerformedSet}; every invariant is checked on {@code build()}. */
  public static final class Builder extends ImmutablePerformedSet.Builder {}

  @Value.Check
  protected void check() {
    if (repetitions().isPresent() == seconds().isPresent()) {
      throw new InvalidValueException(
          "repetitions", repetitions().map(Object::toString).orElse("absent"),
          "and seconds: exactly one must be given");
    }
    repetitions().ifPresent(r -> Checks.inRange("repetitions", r, 0, 1000));
    seconds().ifPresent(s -> Checks.inRange("seconds", s, 0, 7200));
    repsInReserve().ifPresent(r -> Checks.inRange("repsInReserve", r, 0, 10));
  }
}
