package io.glutewise.core.exercise;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/** The role a muscle plays in an exercise. Serialized as its slug id. */
public enum ActivationRole {
  /** The muscle that does the main work. */
  PRIMARY,

  /** A muscle that helps. */
  SECONDARY,

  /** A muscle that holds a joint still while others move. */
  STABILISER;

  private static final Map<String, ActivationRole> BY_ID = Slugs.index(ActivationRole.class, ActivationRole::id);

  /** The stable slug id, such as {@code "primary"}. */
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
  public static ActivationRole fromId(String id) {
    return Slugs.parse(BY_ID, "activation role", id);
  }
}
