package io.glutewise.planner.internal;

import java.util.List;

/** A place in a session's main block and what fills it. */
enum SlotRole {
  HIP_EXTENSION("glute-dominant hip extension", true),
  ABDUCTION("hip abduction (gluteus medius and minimus)", true),
  HINGE_OR_SINGLE_LEG("hinge or single-leg", false),
  CORE_ANTI_EXTENSION("core (anti-extension)", false),
  CORE_ANTI_ROTATION("core (anti-rotation)", false),
  GLUTE_MAX_ACCESSORY("glute accessory", false),
  ABDUCTION_ACCESSORY("second abduction", false);

  private final String label;
  private final boolean essential;

  SlotRole(String label, boolean essential) {
    this.label = label;
    this.essential = essential;
  }

  /** The role in words, for messages. */
  String label() {
    return label;
  }

  /** Whether the role can never be trimmed away. */
  boolean essential() {
    return essential;
  }

  /** Whether the role belongs to the hip-extension side when sessions alternate. */
  boolean hipExtensionSide() {
    return this == HIP_EXTENSION || this == HINGE_OR_SINGLE_LEG || this == CORE_ANTI_EXTENSION
        || this == GLUTE_MAX_ACCESSORY;
  }

  /** The main block's roles for a session of the given emphasis and core variant, in order. */
  static List<SlotRole> template(Emphasis emphasis, boolean antiRotationCore) {
    switch (emphasis) {
      case HIP_EXTENSION:
        return List.of(HIP_EXTENSION, HINGE_OR_SINGLE_LEG, CORE_ANTI_EXTENSION, GLUTE_MAX_ACCESSORY);
      case ABDUCTION_TRUNK:
        return List.of(ABDUCTION, CORE_ANTI_ROTATION, ABDUCTION_ACCESSORY);
      default:
        return List.of(HIP_EXTENSION, ABDUCTION, HINGE_OR_SINGLE_LEG,
            antiRotationCore ? CORE_ANTI_ROTATION : CORE_ANTI_EXTENSION, GLUTE_MAX_ACCESSORY, ABDUCTION_ACCESSORY);
    }
  }
}
