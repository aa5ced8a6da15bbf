package io.glutewise.planner.internal;

import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.trainee.TraineeProfile;

/**
 * The one seam through which the adaptive step and the program check ask whether an exercise suits
 * a trainee (equipment, limitations), so that moving to the planner's single suitability rule is a
 * one-line change here.
 */
public final class AdaptSuitability {
  private AdaptSuitability() {}

  /** Whether the trainee has the exercise's equipment and no limitation rules it out. */
  public static boolean suits(TraineeProfile profile, Exercise exercise) {
    return ExercisePicker.suits(profile, exercise);
  }
}
