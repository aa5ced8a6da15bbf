package io.glutewise.core.dose;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/** How strong a resistance band is. Serialized as its slug id. */
public enum BandStrength {
  /** A light band. */
  LIGHT,

  /** A medium band. */
  MEDIUM,

  /** A heavy band. */
  HEAVY,

  /** An extra-heavy band. */
  EXTRA_HEAVY;

  private static final Map<String, BandStrength> BY_ID = Slugs.index(BandStrength.class, BandStrength::id);

  /** The stable slug id, such as {@code "light"}. */
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
  public static BandStrength fromId(String id) {
    return Slugs.parse(BY_ID, "band strength", id);
  }
}
