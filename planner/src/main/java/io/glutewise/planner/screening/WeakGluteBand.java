package io.glutewise.planner.screening;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/**
 * How many weak-glute signs apply, in three bands: few (0-2), some (3-5), many (6 or more). Many
 * signs lengthen the activation phase so that more time goes into finding the glutes before loading
 * them. Serialized as its slug id.
 */
public enum WeakGluteBand {
  /** 0 to 2 signs: the standard program. */
  FEW,

  /** 3 to 5 signs: the standard program, with the squeeze cues stressed. */
  SOME,

  /** 6 or more signs: a longer activation phase first. */
  MANY;

  private static final Map<String, WeakGluteBand> BY_ID = Slugs.index(WeakGluteBand.class, WeakGluteBand::id);

  /** The band for a number of signs. */
  public static WeakGluteBand of(int score) {
    if (score >= 6) {
      return MANY;
    }
    return score >= 3 ? SOME : FEW;
  }

  /** The stable slug id, such as {@code "many"}. */
  @JsonValue
  public String id() {
    return Slugs.of(this);
  }

  /**
   * The band for a slug id.
   *
   * @throws io.glutewise.core.InvalidValueException listing the known ids when unknown
   */
  @JsonCreator
  public static WeakGluteBand fromId(String id) {
    return Slugs.parse(BY_ID, "weak-glute band", id);
  }
}
