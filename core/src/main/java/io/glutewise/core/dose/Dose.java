package io.glutewise.core.dose;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.Checks;
import io.glutewise.core.InvalidValueException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A prescribed dose: sets of a repetition range or of a timed hold, per side or not, with rest, a
 * pause at the top, a load and an effort target.
 *
 * <p>Exactly one of {@link #repetitions()} and {@link #seconds()} is present. What was actually
 * done is a {@link PerformedSet}, a separate type. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDose.class)
@JsonDeserialize(as = ImmutableDose.class)
public abstract class Dose {
  /** Number of sets, 1 to 10. */
  public abstract int sets();

  /** The repetition range per set, for exercises dosed in repetitions. */
  public abstract Optional<TargetRange> repetitions();

  /** The seconds per set, for holds and timed work. */
  public abstract Optional<TargetRange> seconds();

  /** Whether the repetitions or seconds count for each side separately. */
  @Value.Default
  public boolean perSide() {
    return false;
  }

  /** Rest between sets in seconds, 0 to 600. */
  @Value.Default
  public int restSeconds() {
    return 60;
  }

  /** Seconds to hold and squeeze at the top of each repetition, 0 to 10 (the seeds ask 1-3). */
  @Value.Default
  public int pauseAtTopSeconds() {
    return 0;
  }

  /** The resistance; bodyweight unless said otherwise. */
  @Value.Default
  public Load load() {
    return Load.bodyweight();
  }

  /** How many repetitions to leave in reserve at the end of a set, 0 to 10. */
  public abstract Optional<Integer> repsInReserve();

  /** Whether the dose is timed (holds and durations) rather than counted. */
  @JsonIgnore // derived, and Jackson would otherwise write it as a property it cannot read back
  public boolean isTimed() {
    return seconds().isPresent();
  }

  /** The repetition or seconds range, whichever this dose uses. */
  public TargetRange target() {
    return repetitions().or(this::seconds).orElseThrow();
  }

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Sets of a repetition range, bodyweight, with the default rest. */
  public static Dose ofRepetitions(int sets, int min, int max) {
    return builder().sets(sets).repetitions(TargetRange.of(min, max)).build();
  }

  /** Sets of a hold, in seconds, bodyweight, with the default rest. */
  public static Dose ofSeconds(int sets, int min, int max) {
    return builder().sets(sets).seconds(TargetRange.of(min, max)).build();
  }

  /** Builds a {@link Dose}; every invariant is checked on {@code build()}. */
  public static final class Builder extends ImmutableDose.Builder {}

  @Value.Check
  protected void check() {
    Checks.inRange("sets", sets(), 1, 10);
    Checks.inRange("restSeconds", restSeconds(), 0, 600);
    Checks.inRange("pauseAtTopSeconds", pauseAtTopSeconds(), 0, 10);
    repsInReserve().ifPresent(r -> Checks.inRange("repsInReserve", r, 0, 10));
    if (repetitions().isPresent() == seconds().isPresent()) {
      throw new InvalidValueException(
          "repetitions", repetitions().map(Object::toString).orElse("absent"),
          "and seconds: exactly one must be given");
    }
    repetitions().ifPresent(r -> Checks.inRange("repetitions.max", r.max(), 1, 100));
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    text.append(sets()).append(" x ").append(target());
    text.append(isTimed() ? " s" : "");
    if (perSide()) {
      text.append(" per side");
    }
    if (load().kind() != LoadKind.BODYWEIGHT) {
      text.append(" @ ").append(load());
    }
    return text.toString();
  }
}
