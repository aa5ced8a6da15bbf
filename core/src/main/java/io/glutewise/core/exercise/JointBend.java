package io.glutewise.core.exercise;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/**
 * How far a joint bends while it carries load: the body's own weight standing on it, or a weight.
 * A knee that bends with the leg in the air, as in a bridge or a clamshell, carries no load and
 * counts as {@link #NONE}. Serialized as its slug id.
 */
public enum JointBend {
  /** No bend under load, or only a soft, unchanging one. */
  NONE,

  /** A bend short of a right angle with the load on both legs: a high box squat, a hinge. */
  PARTIAL,

  /**
   * A bend to about a right angle or past it, or any bend that carries the whole body on one leg:
   * squats, lunges, split squats, step-ups and step-downs.
   */
  DEEP;

  private static final Map<String, JointBend> BY_ID = Slugs.index(JointBend.class, JointBend::id);

  /** The stable slug id, such as {@code "partial"}. */
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
  public static JointBend fromId(String id) {
    return Slugs.parse(BY_ID, "joint bend", id);
  }
}
