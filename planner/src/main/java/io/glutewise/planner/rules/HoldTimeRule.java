package io.glutewise.planner.rules;

/**
 * Hold-time progression for isometric work such as planks and side planks: the seconds climb within
 * the range, 5 s at a time, until every set reaches the top; then the ladder moves, by way of
 * {@link LadderStepRule}. Immutable and thread-safe.
 */
public final class HoldTimeRule extends WithinRangeRule {
  /** The rule's id. */
  public static final String ID = "hold-time";

  /** Seconds added to the aim at a time. */
  public static final int STEP_SECONDS = 5;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Hold times climb 5 s at a time within the range until every set reaches the top; then "
        + "the ladder moves.";
  }

  @Override
  boolean timed() {
    return true;
  }

  @Override
  int step() {
    return STEP_SECONDS;
  }
}
