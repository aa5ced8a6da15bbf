package io.glutewise.planner;

import io.glutewise.core.exercise.LowerBackLoad;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.trainee.TraineeProfile;

/**
 * The rules every planned program keeps, stated once so that callers, documentation and tests agree.
 *
 * <ul>
 *   <li><b>Where a level starts and how far it climbs.</b> A plan starts at
 *       {@link #startingDifficulty(ExperienceLevel)} (1 for beginners, 2 for intermediates, 3 for
 *       advanced trainees) and climbs, stage by stage ({@link #targetDifficulty}), to at most
 *       {@link #maxDifficulty(ExperienceLevel)} (3, 4 and 5). One map, {@link
 *       ExperienceLevel#startingDifficulty()} and {@link ExperienceLevel#highestDifficulty()}, serves
 *       the planner and the catalog's browsing alike. A beginner's activation phase uses only
 *       exercises done with bodyweight.
 *   <li><b>Lower back.</b> No planned exercise loads the lower back more than
 *       {@link #maxLowerBackLoad(TraineeProfile)} allows for the trainee's current pain.
 *   <li><b>Volume.</b> Volume is counted as weekly hard sets per glute group of the main blocks
 *       (warm-up and cool-down are too light to count); each phase aims at the band of the training
 *       model ({@link io.glutewise.planner.model.TrainingModel}), and the plan says so in a note
 *       where the minutes cannot hold the band's minimum.
 *   <li><b>Deloads.</b> Each phase is cut into blocks of {@code deloadEvery} weeks; a block of at
 *       least {@value #MIN_WEEKS_FOR_DELOAD} weeks ends with a deload week: the same sessions,
 *       exercises and weights as the week before, with at most 60% of its sets per glute group. A
 *       deload week has fewer working sets than the weeks on either side of it.
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

  /** The shortest block that ends with a deload week. */
  public static final int MIN_WEEKS_FOR_DELOAD = 3;

  private PlanningRules() {}

  /** The hardest difficulty step a plan climbs to at a level: 3, 4 or 5. */
  public static int maxDifficulty(ExperienceLevel level) {
    return level.highestDifficulty();
  }

  /** The difficulty step a plan starts from at a level: 1, 2 or 3. */
  public static int startingDifficulty(ExperienceLevel level) {
    return level.startingDifficulty();
  }

  /**
   * The difficulty a stage of a phase aims at, from the level's start to its highest. Beginners:
   * activation and the first half of strength-endurance at the start, then one step up, the second
   * half of strength (and consolidation) at the highest. Intermediates climb a stage earlier.
   * Advanced trainees, who already lift with good form, aim at their highest (the loaded barbell
   * variants where they have one) from strength-endurance on, after activation.
   *
   * @param stage 0 for activation, 1 and 2 for the halves of strength-endurance, 3 and 4 for those
   *     of strength
   */
  public static int targetDifficulty(ExperienceLevel level, int stage) {
    int start = startingDifficulty(level);
    int[][] climbs = {{0, 0, 1, 1, 2}, {0, 1, 1, 2, 2}, {0, 2, 2, 2, 2}};
    int[] climb = climbs[level.ordinal()];
    return Math.min(maxDifficulty(level), start + climb[Math.max(0, Math.min(4, stage))]);
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
}
