package io.glutewise.core.exercise;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/** How much an exercise asks of standing balance. Serialized as its slug id. */
public enum BalanceDemand {
  /** Lying, kneeling, sitting, or standing with both feet planted. */
  STABLE,

  /** Standing on one leg, stepping or a narrow stance, with a hand on a wall, chair or rail. */
  SUPPORTED,

  /** Standing on one leg or stepping with nothing to hold. */
  UNSUPPORTED;

  private static final Map<String, BalanceDemand> BY_ID = Slugs.index(BalanceDemand.class, BalanceDemand::id);

  /** The stable slug id, such as {@code "supported"}. */
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
  public static BalanceDemand fromId(String id) {
    return Slugs.parse(BY_ID, "balance demand", id);
  }
}
