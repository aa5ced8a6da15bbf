package io.glutewise.planner.screening;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/**
 * The outcome measures glutewise can compare over time, each with its minimal important change
 * (Ostelo et al. 2008, Spine 33(1):90): an improvement of at least this many points, or of at least
 * 30% from the baseline, matters to people. Serialized as its slug id.
 */
public enum OutcomeMeasure {
  /** Pain on the 0-10 numeric rating scale; 2 points matter. */
  PAIN(2),

  /** The Oswestry Disability Index percentage; 10 points matter. */
  OSWESTRY(10);

  private static final Map<String, OutcomeMeasure> BY_ID = Slugs.index(OutcomeMeasure.class, OutcomeMeasure::id);

  private final double minimalImportantPoints;

  OutcomeMeasure(double minimalImportantPoints) {
    this.minimalImportantPoints = minimalImportantPoints;
  }

  /** The smallest change in points that matters: 2 for pain, 10 for the ODI. */
  public double minimalImportantPoints() {
    return minimalImportantPoints;
  }

  /** The stable slug id, such as {@code "pain"}. */
  @JsonValue
  public String id() {
    return Slugs.of(this);
  }

  /**
   * The measure for a slug id.
   *
   * @throws io.glutewise.core.InvalidValueException listing the known ids when unknown
   */
  @JsonCreator
  public static OutcomeMeasure fromId(String id) {
    return Slugs.parse(BY_ID, "outcome measure", id);
  }
}
