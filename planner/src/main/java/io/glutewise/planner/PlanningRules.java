package io.glutewise.planner;

import io.glutewise.core.exercise.LowerBackLoad;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.trainee.TraineeProfile;

/**
 * The rules every planned program keeps, stated once so that callers, documentation and tests agree.
 *
 * <ul>
 *   <li><b>Level cap.</b> No planned exercise is harder than {@link #maxDifficulty(ExperienceLevel)}:
 *       2 for beginners, 3 for intermediates, 4 for advanced trainees. Harder rungs come later, only
 *       through the adaptive step, earned by the ladder criteria. A beginner's activation phase uses
 *       only exercises done with bodyweight.
 *   <li><b>Lower back.</b> No planned exercise loads the lower back more than
 *       {@link #maxLowerBackLoad(TraineeProfile)} allows for the trainee's current pain.
 *   <li><b>Volume rule.</b> Volume is counted as working sets of the main blocks (warm-up and
 *       cool-down are too light to count). Within a phase, a normal week has at most
 *       {@link #allowedWeeklyRise(int)} more working sets than the normal week before it (the week
 *       before a deload stands in for the deload), and no prescription gains more than one set
 *       from one week to the next. Across a phase boundary the dose starts afresh.
 *   <li><b>Deloads.</b> Each phase is cut into blocks of {@code deloadEvery} weeks; a block of at
 *       least {@value #MIN_WEEKS_FOR_DELOAD} weeks ends with a deload week: the same sessions and
 *       exercises as the week before, with half the sets (at least one). A deload week has fewer
 *       working sets than the weeks on either side of it.
 *   <li><b>Spacing rule.</b> Days are spread from the start date: 1 day a week on day 0; 2 on days
 *       0 and 3; 3 on days 0, 2 and 4 (Monday, Wednesday, Friday when the start is a Monday); 4 on
 *       days 0, 1, 3 and 4; 5 on days 0 to 4; 6 on days 0 to 5. With 1 to 3 days every two sessions
 *       are at least {@value #MIN_HOURS_BETWEEN_SAME_MUSCLE} h apart. With 4 or more days sessions
 *       alternate between a hip-extension emphasis and a hip-abduction-and-trunk emphasis whose
 *       main blocks share no primary mover, so that any two sessions in which the same muscle is a
 *       primary mover of the main block are at least {@value #MIN_HOURS_BETWEEN_SAME_MUSCLE} h
 *       (two calendar days) apart, across week boundaries too.
 *   <li><b>Session content.</b> Every session has a warm-up that wakes the glutes, a main block and
 *       a cool-down of stretches. With 1 to 3 days a week the main block opens with a
 *       glute-dominant hip extension, covers the gluteus medius and minimus with an abduction
 *       movement, and adds a hinge or single-leg movement, core work and accessories as time
 *       allows; with 4 or more days, the hip-extension sessions open with the hip extension and the
 *       others with the abduction movement, so every week trains both as primary movers.
 *   <li><b>Minutes.</b> Every session's estimate ({@link io.glutewise.planner.stats.SessionDuration})
 *       fits the trainee's minutes; accessory work, then sets, then repetitions and rests are trimmed
 *       until it does, never the opening glute movements.
 *   <li><b>First week of a beginner.</b> Main-block exercises are bodyweight, 2 to 3 sets of 8 to 15
 *       repetitions (or a hold), with a 1 to 3 s squeeze at the top of bridges and hip thrusts.
 * </ul>
 */
public final class PlanningRules {
  /** Hours that must separate two sessions loading the same muscle as a primary mover. */
  public static final int MIN_HOURS_BETWEEN_SAME_MUSCLE = 48;

  /** The fraction by which weekly working sets may rise within a phase (rounded down, at least 1). */
  public static final double MAX_WEEKLY_RISE = 0.10;

  /** The shortest block that ends with a deload week. */
  public static final int MIN_WEEKS_FOR_DELOAD = 3;

  private PlanningRules() {}

  /** The hardest difficulty step a plan may prescribe for a level: 2, 3 or 4. */
  public static int maxDifficulty(ExperienceLevel level) {
    switch (level) {
      case BEGINNER:
        return 2;
      case INTERMEDIATE:
        return 3;
      default:
        return 4;
    }
  }

  /**
   * The most a planned exercise may load the lower back, by current pain: low when pain is above
   * 6/10; high only for advanced trainees with pain at most 3/10; moderate otherwise.
   */
  public static LowerBackLoad maxLowerBackLoad(TraineeProfile profile) {
    if (profile.currentPain() > 6) {
      return LowerBackLoad.LOW;
    }
    if (profile.level() == ExperienceLevel.ADVANCED && profile.currentPain() <= 3) {
      return LowerBackLoad.HIGH;
    }
    return LowerBackLoad.MODERATE;
  }

  /**
   * How many more working sets a normal week may have than the normal week before it in the same
   * phase: 10% of the previous week's, rounded down, and at least 1.
   */
  public static int allowedWeeklyRise(int previousWeekSets) {
    return Math.max(1, (int) Math.floor(previousWeekSets * MAX_WEEKLY_RISE));
  }
}
