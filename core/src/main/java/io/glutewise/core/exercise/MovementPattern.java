package io.glutewise.core.exercise;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/** How an exercise moves the body; the planner fills session slots by pattern. Serialized as its slug id. */
public enum MovementPattern {
  /** Bridges and hip thrusts: hip extension lying on the back or against a bench. */
  BRIDGE,

  /** Bending at the hips with a long spine: deadlifts and their variants. */
  HINGE,

  /** Knees and hips bending together over both feet. */
  SQUAT,

  /** Lunges, split squats and step-ups: one leg leads. */
  LUNGE,

  /** Moving the thigh out to the side or turning it outwards: clamshells, leg lifts, band walks. */
  ABDUCTION,

  /** Work on hands and knees: donkey kicks, fire hydrants, hip raises. */
  QUADRUPED,

  /** Core work that resists arching: planks, dead bugs. */
  ANTI_EXTENSION,

  /** Core work that resists twisting or side bending: bird-dogs, side planks. */
  ANTI_ROTATION,

  /** Holding a muscle at length. */
  STRETCH,

  /** Low-effort work that wakes a muscle up: squeezes, gentle bridges. */
  ACTIVATION,

  /** Driving one leg back from the hip while standing: standing hip extensions and kickbacks. */
  KICKBACK,

  /** Moving a joint through its range under control, such as hip-flexor rocks and leg swings. */
  MOBILITY,

  /** Learning to tip the pelvis back and forward on purpose: pelvic tilts lying, standing or sitting. */
  PELVIC_CONTROL;

  private static final Map<String, MovementPattern> BY_ID = Slugs.index(MovementPattern.class, MovementPattern::id);

  /** The stable slug id, such as {@code "bridge"}. */
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
  public static MovementPattern fromId(String id) {
    return Slugs.parse(BY_ID, "movement pattern", id);
  }
}
