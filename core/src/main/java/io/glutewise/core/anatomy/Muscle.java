package io.glutewise.core.anatomy;

import static io.glutewise.core.anatomy.JointAction.ANKLE_PLANTAR_FLEXION;
import static io.glutewise.core.anatomy.JointAction.HIP_ABDUCTION;
import static io.glutewise.core.anatomy.JointAction.HIP_ADDUCTION;
import static io.glutewise.core.anatomy.JointAction.HIP_EXTENSION;
import static io.glutewise.core.anatomy.JointAction.HIP_EXTERNAL_ROTATION;
import static io.glutewise.core.anatomy.JointAction.HIP_FLEXION;
import static io.glutewise.core.anatomy.JointAction.HIP_INTERNAL_ROTATION;
import static io.glutewise.core.anatomy.JointAction.KNEE_EXTENSION;
import static io.glutewise.core.anatomy.JointAction.KNEE_FLEXION;
import static io.glutewise.core.anatomy.JointAction.LUMBAR_STABILISATION;
import static io.glutewise.core.anatomy.JointAction.PELVIC_STABILISATION;
import static io.glutewise.core.anatomy.JointAction.TRUNK_FLEXION;
import static io.glutewise.core.anatomy.JointAction.TRUNK_ROTATION;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.Sets;
import io.glutewise.core.Slugs;
import java.util.Map;
import java.util.Set;

/**
 * The muscles glutewise knows: the three glutes kept apart, and the neighbours that share their
 * work or take it over when the glutes are weak. Serialized as its slug id.
 */
public enum Muscle {
  /** The largest glute: hip extension and external rotation. */
  GLUTEUS_MAXIMUS(
      "gluteus maximus",
      MuscleGroup.GLUTES,
      HIP_EXTENSION,
      HIP_EXTERNAL_ROTATION,
      PELVIC_STABILISATION),
  /** The outer-hip glute: abduction, and keeping the pelvis level on one leg. */
  GLUTEUS_MEDIUS(
      "gluteus medius",
      MuscleGroup.GLUTES,
      HIP_ABDUCTION,
      HIP_INTERNAL_ROTATION,
      HIP_EXTERNAL_ROTATION,
      PELVIC_STABILISATION),
  /** The deepest glute: abduction, internal rotation and hip stability. */
  GLUTEUS_MINIMUS(
      "gluteus minimus",
      MuscleGroup.GLUTES,
      HIP_ABDUCTION,
      HIP_INTERNAL_ROTATION,
      PELVIC_STABILISATION),
  /** Back of the thigh: hip extension and knee flexion. */
  HAMSTRINGS("hamstrings", MuscleGroup.THIGH, HIP_EXTENSION, KNEE_FLEXION),
  /** Front of the thigh: knee extension; the rectus femoris also flexes the hip. */
  QUADRICEPS("quadriceps", MuscleGroup.THIGH, KNEE_EXTENSION, HIP_FLEXION),
  /** Inner thigh: adduction, and a helper in hip extension. */
  ADDUCTORS("adductors", MuscleGroup.THIGH, HIP_ADDUCTION, HIP_EXTENSION),
  /** Iliopsoas and rectus femoris: they shorten with long sitting. */
  HIP_FLEXORS("hip flexors", MuscleGroup.HIP, HIP_FLEXION),
  /** Tensor fasciae latae: an abductor that tends to take over from a weak gluteus medius. */
  TENSOR_FASCIAE_LATAE(
      "tensor fasciae latae", MuscleGroup.HIP, HIP_ABDUCTION, HIP_FLEXION, HIP_INTERNAL_ROTATION),
  /** The muscles along the spine: they stabilise, and overwork when the glutes do not. */
  ERECTOR_SPINAE("erector spinae", MuscleGroup.BACK, LUMBAR_STABILISATION),
  /** Transversus abdominis and the deep wall: bracing. */
  DEEP_ABDOMINALS("deep abdominals", MuscleGroup.CORE, LUMBAR_STABILISATION, PELVIC_STABILISATION),
  /** Rectus abdominis and the obliques. */
  SUPERFICIAL_ABDOMINALS(
      "superficial abdominals", MuscleGroup.CORE, TRUNK_FLEXION, TRUNK_ROTATION,
      LUMBAR_STABILISATION),
  /** Gastrocnemius and soleus. */
  CALVES("calves", MuscleGroup.LOWER_LEG, ANKLE_PLANTAR_FLEXION, KNEE_FLEXION);

  private static final Map<String, Muscle> BY_ID = Slugs.index(Muscle.class, Muscle::id);

  private final String displayName;
  private final MuscleGroup group;
  private final Set<JointAction> actions;

  Muscle(String displayName, MuscleGroup group, JointAction first, JointAction... rest) {
    this.displayName = displayName;
    this.group = group;
    this.actions = Sets.immutableEnumSet(first, rest);
  }

  /** The stable slug id, such as {@code "gluteus-medius"}. */
  @JsonValue
  public String id() {
    return Slugs.of(this);
  }

  /** The name people use, in lower case. */
  public String displayName() {
    return displayName;
  }

  /** The region the muscle belongs to. */
  public MuscleGroup group() {
    return group;
  }

  /** The joint actions the muscle serves; never empty. */
  public Set<JointAction> actions() {
    return actions;
  }

  /** Whether this is one of the three glutes. */
  public boolean isGlute() {
    return group == MuscleGroup.GLUTES;
  }

  /**
   * The muscle for a slug id.
   *
   * @throws io.glutewise.core.InvalidValueException listing the known ids when unknown
   */
  @JsonCreator
  public static Muscle fromId(String id) {
    return Slugs.parse(BY_ID, "muscle", id);
  }
}
