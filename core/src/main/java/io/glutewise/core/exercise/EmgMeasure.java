package io.glutewise.core.exercise;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/** How an EMG figure was measured; figures of different measures are never averaged. Serialized as its slug id. */
public enum EmgMeasure {
  /** The mean activation over the repetition. */
  MEAN,

  /** The peak activation. */
  PEAK,

  /** A pooled estimate across studies in a review. */
  POOLED,

  /** The range reported across several studies. */
  RANGE_ACROSS_STUDIES;

  private static final Map<String, EmgMeasure> BY_ID = Slugs.index(EmgMeasure.class, EmgMeasure::id);

  /** The stable slug id, such as {@code "mean"}. */
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
  public static EmgMeasure fromId(String id) {
    return Slugs.parse(BY_ID, "EMG measure", id);
  }
}
