package io.glutewise.core.trainee;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The levels' difficulty steps and how a sentence names someone at each. */
class ExperienceLevelTest {
  @Test
  void aSentenceNamesSomeoneAtEachLevelWithANounAndTheRightArticle() {
    assertThat(ExperienceLevel.BEGINNER.person()).isEqualTo("a beginner");
    assertThat(ExperienceLevel.INTERMEDIATE.person()).isEqualTo("an intermediate trainee");
    assertThat(ExperienceLevel.ADVANCED.person()).isEqualTo("an advanced trainee");
  }

  @Test
  void eachLevelStartsBelowWhereItClimbsToAndHigherLevelsStartAndClimbHigher() {
    for (ExperienceLevel level : ExperienceLevel.values()) {
      assertThat(level.startingDifficulty()).isLessThan(level.highestDifficulty());
      assertThat(level.highestDifficulty()).isBetween(1, 5);
    }
    assertThat(ExperienceLevel.BEGINNER.startingDifficulty()).isLessThan(ExperienceLevel.ADVANCED.startingDifficulty());
  }
}
