package io.glutewise.planner.internal;

/**
 * The days of a training week, as offsets from the week's first day, and each session's emphasis:
 * with 1 to 3 days every session is full and at least two days from the next; with 4 or more
 * days sessions alternate between hip extension (odd) and abduction and trunk (even).
 */
final class Schedule {
  private static final int[][] OFFSETS = {
    {0}, {0, 3}, {0, 2, 4}, {0, 1, 3, 4}, {0, 1, 2, 3, 4}, {0, 1, 2, 3, 4, 5}
  };

  private final int days;

  Schedule(int days) {
    this.days = days;
  }

  int days() {
    return days;
  }

  /** The day offset within the week of session {@code index} (from 1). */
  int offset(int index) {
    return OFFSETS[days - 1][index - 1];
  }

  /** Whether sessions alternate between two emphases. */
  boolean alternates() {
    return days >= 4;
  }

  Emphasis emphasis(int index) {
    if (!alternates()) {
      return Emphasis.FULL;
    }
    return index % 2 == 1 ? Emphasis.HIP_EXTENSION : Emphasis.ABDUCTION_TRUNK;
  }

  /** Whether a full session's core work resists rotation (even sessions) rather than extension. */
  boolean antiRotationCore(int index) {
    return index % 2 == 0;
  }
}
