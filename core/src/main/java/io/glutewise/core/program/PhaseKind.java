package io.glutewise.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/** The stages a program moves through. Serialized as its slug id. */
public enum PhaseKind {
  /** Activation and motor control: finding and switching on the glutes. */
  ACTIVATION,

  /** Strength-endurance: more sets and repetitions. */
  STRENGTH_ENDURANCE,

  /** Strength: harder variants and added load. */
  STRENGTH,

  /** Consolidation: keeping what was gained with less volume. */
  CONSOLIDATION;

  private static final Map<String, PhaseKind> BY_ID = Slugs.index(PhaseKind.class, PhaseKind::id);

  /** The stable slug id, such as {@code "activation"}. */
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
  public static PhaseKind fromId(String id) {
    return Slugs.parse(BY_ID, "phase kind", id);
  }
}
