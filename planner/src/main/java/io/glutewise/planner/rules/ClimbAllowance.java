package io.glutewise.planner.rules;

import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.PlanningRules;

/**
 * How far the adaptive step may take a trainee: an earned climb stays within the level's range of
 * the one level-to-difficulty map ({@link PlanningRules#startingDifficulty} to {@link
 * PlanningRules#maxDifficulty}, two steps above where the level starts), so no history of good
 * sessions takes a beginner past what the plan itself climbs to; and never to an exercise that loads
 * the lower back more than their pain now allows ({@link PlanningRules#maxLowerBackLoad}). A product
 * rule, not a published figure. Thread-safe.
 */
public final class ClimbAllowance {
  /** Difficulty steps an earned climb may go above the level's own highest (none). */
  public static final int STEPS = 0;

  private ClimbAllowance() {}

  /** The hardest difficulty an earned climb may reach for the trainee. */
  public static int maxDifficulty(TraineeProfile profile) {
    return PlanningRules.maxDifficulty(profile.level()) + STEPS;
  }

  /** Whether the exercise is within the allowance and the back load the pain now allows. */
  public static boolean allows(TraineeProfile profile, int painNow, Exercise exercise) {
    // the one suitability rule, at the pain now
    TraineeProfile now = TraineeProfile.builder().from(profile).currentPain(painNow).build();
    return io.glutewise.planner.suitability.Suitability.of(now).withMaxDifficulty(maxDifficulty(profile)).test(exercise);
  }
}
