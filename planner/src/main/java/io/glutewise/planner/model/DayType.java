package io.glutewise.planner.model;

/**
 * The kind of day in a daily-undulating week: heavy days use the low end of the repetition range
 * and one load step more; light days the high end, one load step less and a set fewer; moderate
 * days the phase's own dose.
 */
public enum DayType {
  /** Fewer repetitions, one load step up. */
  HEAVY("heavy"),

  /** The phase's own repetitions, sets and load. */
  MODERATE("moderate"),

  /** More repetitions, one load step down, one set fewer per exercise. */
  LIGHT("light");

  private final String label;

  DayType(String label) {
    this.label = label;
  }

  /** The day type in words. */
  public String label() {
    return label;
  }

  /**
   * The day type of session {@code index} (from 1) in an undulating week: heavy, light, moderate in
   * turn; when sessions alternate between two emphases, each emphasis takes the turn in pairs so that
   * both see every type.
   */
  public static DayType of(int index, boolean alternating) {
    int turn = alternating ? (index - 1) / 2 : index - 1;
    return new DayType[] {HEAVY, LIGHT, MODERATE}[turn % 3];
  }
}
