package io.glutewise.core.exercise;

import java.util.Set;

/**
 * How much load an exercise adds to the body's own weight, read from its equipment, so that it can
 * never disagree with what the exercise needs.
 */
public enum ExternalLoad {
  /** Body weight only. */
  NONE,

  /** A resistance band. */
  LIGHT,

  /** A dumbbell or a kettlebell held in the hands or on the hips. */
  MODERATE,

  /** A loaded barbell. */
  HEAVY;

  /** The load that the given equipment adds: the heaviest piece decides. */
  public static ExternalLoad of(Set<Equipment> equipment) {
    if (equipment.contains(Equipment.BARBELL)) {
      return HEAVY;
    }
    if (equipment.contains(Equipment.DUMBBELL) || equipment.contains(Equipment.KETTLEBELL)) {
      return MODERATE;
    }
    return equipment.contains(Equipment.BAND) ? LIGHT : NONE;
  }

  /** Whether a weight is lifted: a dumbbell, kettlebell or barbell. */
  public boolean isWeighted() {
    return this == MODERATE || this == HEAVY;
  }
}
