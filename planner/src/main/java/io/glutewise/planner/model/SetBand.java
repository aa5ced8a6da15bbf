package io.glutewise.planner.model;

import io.glutewise.core.InvalidValueException;

/**
 * A band of weekly hard sets for one glute group: the fewest a normal week of the phase aims at and
 * the most. Immutable and thread-safe.
 */
public final class SetBand {
  private final int min;
  private final int max;

  private SetBand(int min, int max) {
    if (min < 1 || max < min) {
      throw new InvalidValueException("band", min + "-" + max, "must have 1 <= min <= max");
    }
    this.min = min;
    this.max = max;
  }

  /** The band from {@code min} to {@code max} sets a week. */
  public static SetBand of(int min, int max) {
    return new SetBand(min, max);
  }

  /** The fewest weekly hard sets of a normal week. */
  public int min() {
    return min;
  }

  /** The most weekly hard sets of a normal week. */
  public int max() {
    return max;
  }

  /** The lower half of the band (a conservative dose). */
  SetBand lowerHalf() {
    return of(min, (min + max) / 2);
  }

  /** The upper half of the band (more volume within the caps). */
  SetBand upperHalf() {
    return of((min + max + 1) / 2, max);
  }

  /** The target of the {@code index}-th of {@code count} normal weeks when rising evenly. */
  public int rising(int index, int count) {
    if (count <= 1) {
      return min;
    }
    return min + (int) Math.round((max - min) * (double) index / (count - 1));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SetBand band && band.min == min && band.max == max;
  }

  @Override
  public int hashCode() {
    return 31 * min + max;
  }

  /** {@code 6-8}, or {@code 6} when min and max agree. */
  @Override
  public String toString() {
    return min == max ? String.valueOf(min) : min + "-" + max;
  }
}
