package io.glutewise.core.trainee;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/**
 * The seeds' checklist of signs that back pain may come partly from weak glutes. Scored by the
 * planner to explain the program's emphasis; never a diagnosis. Serialized as its slug id.
 */
public enum WeakGluteSign {
  /** The lower back aches after standing or walking. */
  BACK_PAIN_STANDING_WALKING,
  /** The glutes are hardly felt during workouts. */
  GLUTES_NOT_FELT,
  /** The front of the thighs takes over leg exercises. */
  QUADS_TAKE_OVER,
  /** No glute contraction is felt in bridges or hip thrusts. */
  NO_SQUEEZE_IN_BRIDGES,
  /** Hip or knee pain comes with the back pain. */
  HIP_OR_KNEE_PAIN,
  /** Slouching, or a marked arch in the lower back. */
  POOR_POSTURE,
  /** Most of the day is spent sitting. */
  SITS_MOST_OF_DAY,
  /** Balance on one leg is poor. */
  POOR_SINGLE_LEG_BALANCE,
  /** The hips sway from side to side when walking. */
  HIP_SWAY_WALKING;

  private static final Map<String, WeakGluteSign> BY_ID =
      Slugs.index(WeakGluteSign.class, WeakGluteSign::id);

  /** The stable slug id, such as {@code "glutes-not-felt"}. */
  @JsonValue
  public String id() {
    return Slugs.of(this);
  }

  /**
   * The sign for a slug id.
   *
   * @throws io.glutewise.core.InvalidValueException listing the known ids when unknown
   */
  @JsonCreator
  public static WeakGluteSign fromId(String id) {
    return Slugs.parse(BY_ID, "weak-glute sign", id);
  }
}
