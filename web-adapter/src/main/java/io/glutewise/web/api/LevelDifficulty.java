package io.glutewise.web.api;

import io.glutewise.core.trainee.ExperienceLevel;

/**
 * The hardest catalog difficulty step (1 to 5) an exercise list shows for an experience level,
 * when {@code GET /api/exercises} is asked for {@code level}.
 */
final class LevelDifficulty {
  private LevelDifficulty() {}

  /** Beginners see steps 1-2, intermediates 1-4, advanced trainees every step. */
  static int highestFor(ExperienceLevel level) {
    switch (level) {
      case BEGINNER:
        return 2;
      case INTERMEDIATE:
        return 4;
      default:
        return 5;
    }
  }
}
