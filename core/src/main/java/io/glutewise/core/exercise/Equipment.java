package io.glutewise.core.exercise;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/** A piece of equipment an exercise may require or a trainee may own. Serialized as its slug id. */
public enum Equipment {
  /** Nothing at all; only the floor. */
  NONE,

  /** An exercise mat: comfortable for floor work, but a carpet or a folded blanket does as well. */
  MAT,

  /** A bench, sofa or sturdy box to lean the upper back on. */
  BENCH,

  /** A low step or stair. */
  STEP,

  /** A resistance band or mini band. */
  BAND,

  /** One or two dumbbells. */
  DUMBBELL,

  /** A kettlebell. */
  KETTLEBELL,

  /** A barbell with plates. */
  BARBELL,

  /** A 45-degree back-extension bench (a Roman chair), with a pad for the hips and the feet held. */
  BACK_EXTENSION_BENCH;

  private static final Map<String, Equipment> BY_ID = Slugs.index(Equipment.class, Equipment::id);

  /** The stable slug id, such as {@code "none"}. */
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
  public static Equipment fromId(String id) {
    return Slugs.parse(BY_ID, "equipment", id);
  }
}
