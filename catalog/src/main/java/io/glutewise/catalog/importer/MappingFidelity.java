package io.glutewise.catalog.importer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/** How faithfully a name from another catalog maps onto glutewise's vocabulary. Serialized as its slug id. */
public enum MappingFidelity {
  /** The same thing under the same or an equivalent name: their "hamstrings" are ours. */
  EXACT,

  /**
   * The nearest single term of ours, which covers most but not all of theirs: their "lower back"
   * becomes the erector spinae, the only lower-back muscle glutewise names.
   */
  APPROXIMATE,

  /**
   * One or more of several of ours, and the source does not say which: their "glutes" may be the
   * gluteus maximus, medius or minimus, in any combination.
   */
  AMBIGUOUS,

  /** Nothing of ours: the raw name is kept, and nothing is inferred from it. */
  UNMAPPED;

  private static final Map<String, MappingFidelity> BY_ID = Slugs.index(MappingFidelity.class, MappingFidelity::id);

  /** The stable slug id, such as {@code "ambiguous"}. */
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
  public static MappingFidelity fromId(String id) {
    return Slugs.parse(BY_ID, "mapping fidelity", id);
  }
}
