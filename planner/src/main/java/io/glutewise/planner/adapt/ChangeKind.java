package io.glutewise.planner.adapt;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/** What the adaptive step did to a prescription. Serialized as its slug id. */
public enum ChangeKind {
  /** Moved on: more repetitions or seconds, more load, or one rung up its ladder. */
  PROGRESSED,

  /** Kept as it was last time, for a stated reason. */
  HELD,

  /** Made easier: one rung down its ladder, less load, or fewer sets or repetitions. */
  REGRESSED,

  /** A deload week: fewer sets, the same exercise. */
  DELOAD,

  /** As planned; nothing in the logs asked for a change. */
  UNCHANGED,

  /** Swapped for another exercise that is not a ladder neighbour. */
  REPLACED;

  // computed once: every change and decision reason starts with it
  private final String id = Slugs.of(this);

  private static final Map<String, ChangeKind> BY_ID = Slugs.index(ChangeKind.class, ChangeKind::id);

  /** The stable slug id, such as {@code "progressed"}. */
  @JsonValue
  public String id() {
    return id;
  }

  /** Whether the change moves the trainee on. */
  public boolean isProgression() {
    return this == PROGRESSED;
  }

  /**
   * The kind for a slug id.
   *
   * @throws io.glutewise.core.InvalidValueException listing the known ids when unknown
   */
  @JsonCreator
  public static ChangeKind fromId(String id) {
    return Slugs.parse(BY_ID, "change kind", id);
  }
}
