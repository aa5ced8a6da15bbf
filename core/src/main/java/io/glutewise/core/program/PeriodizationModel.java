package io.glutewise.core.program;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/** How load and volume change across a program. Serialized as its slug id. */
public enum PeriodizationModel {
  /** Volume first, then intensity, rising week by week. */
  LINEAR,

  /** Daily undulating: sessions of a week alternate between lighter-higher and heavier-lower. */
  UNDULATING,

  /** Blocks that each concentrate on one quality. */
  BLOCK;

  private static final Map<String, PeriodizationModel> BY_ID = Slugs.index(PeriodizationModel.class, PeriodizationModel::id);

  /** The stable slug id, such as {@code "linear"}. */
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
  public static PeriodizationModel fromId(String id) {
    return Slugs.parse(BY_ID, "periodization model", id);
  }
}
