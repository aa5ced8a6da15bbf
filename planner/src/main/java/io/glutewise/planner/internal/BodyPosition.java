package io.glutewise.planner.internal;

import io.glutewise.core.exercise.Exercise;

/**
 * The body position an exercise is done in, ranked from lying on the back to standing, so that a
 * session can be ordered to cut the times a trainee gets down to the floor and up again.
 */
enum BodyPosition {
  SUPINE, SIDE_LYING, PRONE, QUADRUPED, KNEELING, SEATED, STANDING;

  /** The position of an exercise, read from its pattern and name until the catalog states it. */
  static BodyPosition of(Exercise exercise) {
    String id = exercise.id();
    switch (exercise.pattern()) {
      case BRIDGE:
        return SUPINE;
      case HINGE:
      case SQUAT:
      case LUNGE:
        return STANDING;
      case QUADRUPED:
        return QUADRUPED;
      case ABDUCTION:
        if (id.contains("walk") || id.contains("standing")) {
          return STANDING;
        }
        return id.contains("hydrant") ? QUADRUPED : SIDE_LYING;
      case ANTI_EXTENSION:
        return id.contains("plank") ? PRONE : SUPINE;
      case ANTI_ROTATION:
        if (id.contains("side-plank")) {
          return SIDE_LYING;
        }
        return id.contains("bird-dog") ? QUADRUPED : STANDING;
      case STRETCH:
        return id.contains("hip-flexor") ? KNEELING : SUPINE;
      default:
        return id.contains("standing") ? STANDING : SUPINE;
    }
  }
}
