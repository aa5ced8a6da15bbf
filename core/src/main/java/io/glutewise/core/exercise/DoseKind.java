package io.glutewise.core.exercise;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/** How an exercise is dosed. Serialized as its slug id. */
public enum DoseKind {
  /** A number of repetitions per set. */
  REPETITIONS,

  /** A held position, in seconds per set. */
  HOLD,

  /** A continuous duration, in seconds, such as a stretch or a walk. */
  DURATION;

  private static final Map<String, DoseKind> BY_ID = Slugs.index(DoseKind.class, DoseKind::id);

  /** The stable slug id, such as {@code "repetitions"}. */
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
  public static DoseKind fromId(String id) {
    return Slugs.parse(BY_ID, "dose kind", id);
  }
}
