package io.glutewise.core.anatomy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/** The region a muscle belongs to. Serialized as its slug id. */
public enum MuscleGroup {
  /** The three gluteal muscles. */
  GLUTES,

  /** Muscles of the thigh: hamstrings, quadriceps, adductors. */
  THIGH,

  /** Muscles crossing the front and side of the hip. */
  HIP,

  /** The muscles along the spine. */
  BACK,

  /** The abdominal wall. */
  CORE,

  /** Muscles below the knee. */
  LOWER_LEG;

  private static final Map<String, MuscleGroup> BY_ID = Slugs.index(MuscleGroup.class, MuscleGroup::id);

  /** The stable slug id, such as {@code "glutes"}. */
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
  public static MuscleGroup fromId(String id) {
    return Slugs.parse(BY_ID, "muscle group", id);
  }
}
