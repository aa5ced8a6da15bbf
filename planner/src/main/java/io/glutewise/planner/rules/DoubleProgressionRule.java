package io.glutewise.planner.rules;

/**
 * Double progression for exercises dosed in repetitions: repetitions climb within the range until
 * ALL sets reach the top; only then does the load move (or, for bodyweight work, the ladder, by way
 * of {@link LadderStepRule}); after a step the repetitions return to the bottom of the range. The
 * aim rises to the lowest set plus one repetition. Immutable and thread-safe.
 */
public final class DoubleProgressionRule extends WithinRangeRule {
  /** The rule's id. */
  public static final String ID = "double-progression";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Repetitions climb within the range until every set reaches the top; only then do the "
        + "load or the ladder move, and repetitions return to the bottom.";
  }

  @Override
  boolean timed() {
    return false;
  }

  @Override
  int step() {
    return 1;
  }
}
