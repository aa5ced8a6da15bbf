package io.glutewise.core.log;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/** What happened to a planned session. Serialized as its slug id. */
public enum SessionStatus {
  /** Done as planned or close to it. */
  COMPLETED,

  /** Started but not finished. */
  PARTIAL,

  /** Not done. */
  MISSED;

  private static final Map<String, SessionStatus> BY_ID = Slugs.index(SessionStatus.class, SessionStatus::id);

  /** The stable slug id, such as {@code "completed"}. */
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
  public static SessionStatus fromId(String id) {
    return Slugs.parse(BY_ID, "session status", id);
  }
}
