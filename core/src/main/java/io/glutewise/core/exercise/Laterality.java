package io.glutewise.core.exercise;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/** Whether an exercise works both sides at once or one side at a time. Serialized as its slug id. */
public enum Laterality {
  /** Both sides at once. */
  BILATERAL,

  /** One side at a time; the dose counts per side. */
  UNILATERAL;

  private static final Map<String, Laterality> BY_ID = Slugs.index(Laterality.class, Laterality::id);

  /** The stable slug id, such as {@code "bilateral"}. */
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
  public static Laterality fromId(String id) {
    return Slugs.parse(BY_ID, "laterality", id);
  }
}
