package io.glutewise.core.trainee;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/** How experienced a trainee is with strength training. Serialized as its slug id. */
public enum ExperienceLevel {
  /** New to strength training, or returning after a long break. */
  BEGINNER,

  /** Trains regularly and knows the basic movements. */
  INTERMEDIATE,

  /** Trains with load and good form for a year or more. */
  ADVANCED;

  private static final Map<String, ExperienceLevel> BY_ID = Slugs.index(ExperienceLevel.class, ExperienceLevel::id);

  /**
   * The difficulty step (1-5) a plan starts from at this level: 1 for beginners, 2 for
   * intermediates, 3 for advanced trainees. The one map from level to difficulty, with
   * {@link #highestDifficulty()}.
   */
  public int startingDifficulty() {
    return ordinal() + 1;
  }

  /**
   * The hardest difficulty step (1-5) a plan climbs to at this level, and the hardest shown when
   * browsing the catalog at it: 3 for beginners, 4 for intermediates, 5 for advanced trainees.
   */
  public int highestDifficulty() {
    return ordinal() + 3;
  }

  /**
   * Someone at this level, as a sentence names them: {@code a beginner}, {@code an intermediate
   * trainee}, {@code an advanced trainee} ("intermediate" and "advanced" need a noun).
   */
  public String person() {
    return this == BEGINNER ? "a beginner" : (this == INTERMEDIATE ? "an intermediate" : "an advanced") + " trainee";
  }

  /** The stable slug id, such as {@code "beginner"}. */
  @JsonValue
  public String id() {
    return Slugs.of(this);
  }

  /**
   * The constant for a slug id.
   *
   * @throws io.glutewise.core.InvalidValueException listing the known ids when unknown
   */
  @JsonCreator
  public static ExperienceLevel fromId(String id) {
    return Slugs.parse(BY_ID, "experience level", id);
  }
}
