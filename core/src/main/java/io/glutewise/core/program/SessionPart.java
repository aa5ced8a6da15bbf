package io.glutewise.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/** The three parts of a session. Serialized as its slug id. */
public enum SessionPart {
  /** Wakes the glutes up. */
  WARM_UP,

  /** The main block. */
  MAIN,

  /** Stretches to finish. */
  COOL_DOWN;

  private static final Map<String, SessionPart> BY_ID = Slugs.index(SessionPart.class, SessionPart::id);

  /** The stable slug id, such as {@code "warm-up"}. */
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
  public static SessionPart fromId(String id) {
    return Slugs.parse(BY_ID, "session part", id);
  }
}
