package io.glutewise.core.dose;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/** What kind of resistance a load is. Serialized as its id. */
public enum LoadKind {
  /** The body's own weight only. */
  BODYWEIGHT("bodyweight"),
  /** A resistance band of a given strength. */
  BAND("band"),
  /** An external weight in kilograms. */
  KILOGRAMS("kg"),
  /** An external weight in pounds. */
  POUNDS("lb");

  private static final Map<String, LoadKind> BY_ID = Slugs.index(LoadKind.class, LoadKind::id);

  private final String id;

  LoadKind(String id) {
    this.id = id;
  }

  /** The id: {@code bodyweight}, {@code band}, {@code kg} or {@code lb}. */
  @JsonValue
  public String id() {
    return id;
  }

  /**
   * The kind for an id.
   *
   * @throws io.glutewise.core.InvalidValueException listing the known ids when unknown
   */
  @JsonCreator
  public static LoadKind fromId(String id) {
    return Slugs.parse(BY_ID, "load kind", id);
  }
}
