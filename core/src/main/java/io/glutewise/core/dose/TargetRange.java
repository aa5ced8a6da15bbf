package io.glutewise.core.dose;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * A target from {@code min} to {@code max}, inclusive: repetitions (8-12) or seconds (20-30).
 *
 * <p>The minimum is at least 1 and never exceeds the maximum. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTargetRange.class)
@JsonDeserialize(as = ImmutableTargetRange.class)
public abstract class TargetRange {
  /** The bottom of the range, at least 1. */
  public abstract int min();

  /** The top of the range, at least {@link #min()}. */
  public abstract int max();

  /** A range from min to max. */
  public static TargetRange of(int min, int max) {
    return ImmutableTargetRange.builder().min(min).max(max).build();
  }

  /** A range of one value. */
  public static TargetRange exactly(int value) {
    return of(value, value);
  }

  /** Whether the value reaches the top of the range. */
  public boolean reachesTop(int value) {
    return value >= max();
  }

  @Value.Check
  protected void check() {
    if (min() < 1) {
      throw new InvalidValueException("min", min(), "must be at least 1");
    }
    if (max() > 3600) {
      throw new InvalidValueException("max", max(), "must be at most 3600");
    }
    if (min() > max()) {
      throw new InvalidValueException("min", min(), "must not exceed max " + max());
    }
  }

  @Override
  public String toString() {
    return min() == max() ? String.valueOf(min()) : min() + "-" + max();
  }
}
