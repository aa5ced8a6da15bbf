package io.glutewise.planner.internal;

import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.trainee.TraineeProfile;

/**
 * The seam through which the adaptive step and the program check ask whether an exercise suits a
 * trainee: the planner's one suitability rule ({@link io.glutewise.planner.suitability.Suitability}).
 */
public final class AdaptSuitability {
  private AdaptSuitability() {}

  /** Whether the trainee has the exercise's equipment and no limitation rules it out. */
  public static boolean suits(TraineeProfile profile, Exercise exercise) {
    return io.glutewise.planner.suitability.Suitability.of(profile).test(exercise);
  }
}
