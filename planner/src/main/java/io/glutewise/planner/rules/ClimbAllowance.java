package io.glutewise.planner.rules;

import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.PlanningRules;

/**
 * How far the adaptive step may take a trainee: an earned climb goes at most {@value #STEPS} difficulty
 * step above the hardest exercise the plan gives their level ({@link PlanningRules#maxDifficulty}),
 * and never to an exercise that loads the lower back more than their pain now allows ({@link
 * PlanningRules#maxLowerBackLoad}). A product rule, not a published figure: the plan's level cap
 * already states where a level starts, and one step beyond it is what consecutive qualifying
 * sessions can earn within a program. Thread-safe.
 */
public final class ClimbAllowance {
  /** Difficulty steps an earned climb may go above the level's cap. */
  public static final int STEPS = 1;

  private ClimbAllowance() {}

  /** The hardest difficulty an earned climb may reach for the trainee. */
  public static int maxDifficulty(TraineeProfile profile) {
    return PlanningRules.maxDifficulty(profile.level()) + STEPS;
  }

  /** Whether the exercise is within the allowance and the back load the pain now allows. */
  public static boolean allows(TraineeProfile profile, int painNow, Exercise exercise) {
    TraineeProfile now = TraineeProfile.builder().from(profile).currentPain(painNow).build();
    return exercise.difficulty() <= maxDifficulty(profile)
        && exercise.lowerBackLoad().compareTo(PlanningRules.maxLowerBackLoad(now)) <= 0;
  }
}
