package io.glutewise.planner.model;

import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.Exercise;

/**
 * The two glute groups the model doses separately: the gluteus maximus (hip extension) and the
 * gluteus medius with the minimus (hip abduction and pelvic control).
 */
public enum GluteGroup {
  /** The gluteus maximus. */
  MAXIMUS("gluteus maximus"),

  /** The gluteus medius and minimus, counted together. */
  MEDIUS_MINIMUS("gluteus medius and minimus");

  private final String label;

  GluteGroup(String label) {
    this.label = label;
  }

  /** The group in words, for people. */
  public String label() {
    return label;
  }

  /**
   * What one working set of the exercise counts towards this group's hard sets: 1 when a muscle of
   * the group is a primary mover, else 0. The count is strict on purpose: a set of helper work (the
   * gluteus maximus in a clamshell) does not stand in for the dose of the group's own movements,
   * though the per-muscle statistics show it at half a set (Pelland et al., evidence.md section 7).
   * A set counts once for the group, however many of its muscles work.
   */
  public double setsPerSet(Exercise exercise) {
    for (Muscle muscle : muscles()) {
      if (exercise.isPrimary(muscle)) {
        return 1.0;
      }
    }
    return 0.0;
  }

  private static final Muscle[] MAXIMUS_MUSCLES = {Muscle.GLUTEUS_MAXIMUS};
  private static final Muscle[] MEDIUS_MINIMUS_MUSCLES = {Muscle.GLUTEUS_MEDIUS, Muscle.GLUTEUS_MINIMUS};

  private Muscle[] muscles() {
    return this == MAXIMUS ? MAXIMUS_MUSCLES : MEDIUS_MINIMUS_MUSCLES;
  }
}
