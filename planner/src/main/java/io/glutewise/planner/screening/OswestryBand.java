package io.glutewise.planner.screening;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/**
 * The customary bands of the Oswestry Disability Index percentage: 0-20 minimal, 21-40 moderate,
 * 41-60 severe, 61-80 crippled, 81-100 bed-bound (evidence.md, section 4). A percentage between two
 * whole numbers (possible when a section is unanswered) falls in the band of the upper one, so 20.5
 * is moderate. Serialized as its slug id.
 */
public enum OswestryBand {
  /** 0 to 20 percent. */
  MINIMAL(20),
  /** Above 20, up to 40 percent. */
  MODERATE(40),
  /** Above 40, up to 60 percent. */
  SEVERE(60),
  /** Above 60, up to 80 percent. */
  CRIPPLED(80),
  /** Above 80, up to 100 percent. */
  BED_BOUND(100);

  private static final Map<String, OswestryBand> BY_ID = Slugs.index(OswestryBand.class, OswestryBand::id);

  private final int upTo;

  OswestryBand(int upTo) {
    this.upTo = upTo;
  }

  /** The highest percentage in the band. */
  public int upTo() {
    return upTo;
  }

  /** The band of a percentage from 0 to 100. */
  public static OswestryBand of(double percent) {
    for (OswestryBand band : values()) {
      if (percent <= band.upTo) {
        return band;
      }
    }
    return BED_BOUND;
  }

  /** The stable slug id, such as {@code "bed-bound"}. */
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
  public static OswestryBand fromId(String id) {
    return Slugs.parse(BY_ID, "oswestry band", id);
  }
}
