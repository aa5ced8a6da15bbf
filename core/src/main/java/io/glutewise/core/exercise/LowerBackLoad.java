package io.glutewise.core.exercise;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/** How much an exercise loads the lower back, from the trainee's point of view. Serialized as its slug id. */
public enum LowerBackLoad {
  /** Next to nothing: lying, stretching, squeezing. */
  MINIMAL,

  /** A little: bridges, quadruped work, light core. */
  LOW,

  /** Noticeable: hinges with light load, squats, lunges. */
  MODERATE,

  /** High: heavy deadlifts and other loaded hinges. */
  HIGH;

  private static final Map<String, LowerBackLoad> BY_ID = Slugs.index(LowerBackLoad.class, LowerBackLoad::id);

  /** The stable slug id, such as {@code "minimal"}. */
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
  public static LowerBackLoad fromId(String id) {
    return Slugs.parse(BY_ID, "lower-back load", id);
  }
}
