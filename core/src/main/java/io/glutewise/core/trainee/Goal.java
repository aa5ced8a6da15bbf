package io.glutewise.core.trainee;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/** What a trainee wants from the program. Serialized as its slug id. */
public enum Goal {
  /** Less low back pain. */
  PAIN_RELIEF,

  /** Better posture, less slouching and arching. */
  POSTURE,

  /** Stronger hips and glutes. */
  STRENGTH,

  /** Visible glute development. */
  SHAPE;

  private static final Map<String, Goal> BY_ID = Slugs.index(Goal.class, Goal::id);

  /** The stable slug id, such as {@code "pain-relief"}. */
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
  public static Goal fromId(String id) {
    return Slugs.parse(BY_ID, "goal", id);
  }
}
