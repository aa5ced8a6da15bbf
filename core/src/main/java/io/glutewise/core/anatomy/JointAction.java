package io.glutewise.core.anatomy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/** A joint action a muscle serves. Serialized as its slug id. */
public enum JointAction {
  /** Moving the thigh backwards, as in standing up from a bridge. */
  HIP_EXTENSION,

  /** Bringing the knee towards the chest. */
  HIP_FLEXION,

  /** Moving the thigh out to the side. */
  HIP_ABDUCTION,

  /** Bringing the thigh back towards the midline. */
  HIP_ADDUCTION,

  /** Turning the thigh outwards, as in a clamshell. */
  HIP_EXTERNAL_ROTATION,

  /** Turning the thigh inwards. */
  HIP_INTERNAL_ROTATION,

  /** Straightening the knee. */
  KNEE_EXTENSION,

  /** Bending the knee. */
  KNEE_FLEXION,

  /** Pointing the foot, rising onto the toes. */
  ANKLE_PLANTAR_FLEXION,

  /** Keeping the pelvis level and still over a standing leg. */
  PELVIC_STABILISATION,

  /** Holding the lower back still against load. */
  LUMBAR_STABILISATION,

  /** Curling the trunk forwards. */
  TRUNK_FLEXION,

  /** Turning the trunk, or resisting being turned. */
  TRUNK_ROTATION;

  private static final Map<String, JointAction> BY_ID = Slugs.index(JointAction.class, JointAction::id);

  /** The stable slug id, such as {@code "hip-extension"}. */
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
  public static JointAction fromId(String id) {
    return Slugs.parse(BY_ID, "joint action", id);
  }
}
