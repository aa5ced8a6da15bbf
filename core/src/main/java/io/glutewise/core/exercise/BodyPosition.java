package io.glutewise.core.exercise;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/**
 * The position the body works in for most of an exercise, so that sessions can be ordered to cut
 * getting up and down. Whether the floor is needed is a demand of its own ({@link
 * Demands#floorWork()}): a prone back extension on a bench is prone but off the floor. Serialized
 * as its slug id.
 */
public enum BodyPosition {
  /** Lying on the back, or with the upper back on a bench and the hips near the floor. */
  SUPINE,

  /** Lying face down. */
  PRONE,

  /** Lying on one side, or propped on one forearm or hand. */
  SIDE_LYING,

  /** Kneeling upright or half-kneeling, with a knee on the floor. */
  KNEELING,

  /** On hands, or forearms, and knees. */
  QUADRUPED,

  /** Sitting, on a chair, a bench or the floor. */
  SEATED,

  /** Standing, on one or both feet, with or without a hand on a support. */
  STANDING;

  private static final Map<String, BodyPosition> BY_ID = Slugs.index(BodyPosition.class, BodyPosition::id);

  /** The stable slug id, such as {@code "side-lying"}. */
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
  public static BodyPosition fromId(String id) {
    return Slugs.parse(BY_ID, "body position", id);
  }
}
