package io.glutewise.planner.internal;

import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.Laterality;
import io.glutewise.core.exercise.MovementPattern;
import java.util.List;
import java.util.function.Predicate;

/**
 * A group of candidates for a place of the main block; each place lists its tiers best first (see
 * {@link #of}), and the picker ranks within the first tier that has any suitable exercise left.
 */
enum Tier {
  BRIDGE_FOR_MAXIMUS(pattern(MovementPattern.BRIDGE).and(Tier::maximus)),
  QUADRUPED_FOR_MAXIMUS(pattern(MovementPattern.QUADRUPED).and(Tier::maximus)),
  HINGE_FOR_MAXIMUS(pattern(MovementPattern.HINGE).and(Tier::maximus)),
  ANY_FOR_MAXIMUS(Tier::maximus),
  ABDUCTION_FOR_MEDIUS_MINIMUS(pattern(MovementPattern.ABDUCTION).and(Tier::mediusOrMinimus)),
  ANY_FOR_MEDIUS_MINIMUS(Tier::mediusOrMinimus),
  HINGE(pattern(MovementPattern.HINGE)),
  SINGLE_LEG_LUNGE_OR_SQUAT(pattern(MovementPattern.LUNGE).or(pattern(MovementPattern.SQUAT))
      .and(e -> e.laterality() == Laterality.UNILATERAL)),
  ANTI_EXTENSION(pattern(MovementPattern.ANTI_EXTENSION)),
  ANTI_ROTATION(pattern(MovementPattern.ANTI_ROTATION)),
  LUNGE_OR_SQUAT_FOR_MAXIMUS(pattern(MovementPattern.LUNGE).or(pattern(MovementPattern.SQUAT)).and(Tier::maximus)),
  // a standing kickback does the quadruped's job for those who stay off the floor
  QUADRUPED_OR_KICKBACK_FOR_MAXIMUS(
      pattern(MovementPattern.QUADRUPED).or(pattern(MovementPattern.KICKBACK)).and(Tier::maximus));

  private final Predicate<Exercise> member;

  Tier(Predicate<Exercise> member) {
    this.member = member;
  }

  /** Whether the exercise belongs to the tier, whatever the trainee. */
  boolean contains(Exercise exercise) {
    return member.test(exercise);
  }

  /**
   * A place's tiers, best first; the glute accessory puts legs first for those whose goals include
   * strength or shape.
   */
  static List<Tier> of(SlotRole role, boolean strengthOrShape) {
    switch (role) {
      case HIP_EXTENSION:
        return List.of(BRIDGE_FOR_MAXIMUS, QUADRUPED_FOR_MAXIMUS, HINGE_FOR_MAXIMUS, ANY_FOR_MAXIMUS);
      case ABDUCTION:
        return List.of(ABDUCTION_FOR_MEDIUS_MINIMUS, ANY_FOR_MEDIUS_MINIMUS);
      case HINGE_OR_SINGLE_LEG:
        return List.of(HINGE, SINGLE_LEG_LUNGE_OR_SQUAT);
      case CORE_ANTI_EXTENSION:
        return List.of(ANTI_EXTENSION, ANTI_ROTATION);
      case CORE_ANTI_ROTATION:
        return List.of(ANTI_ROTATION, ANTI_EXTENSION);
      case GLUTE_MAX_ACCESSORY:
        return strengthOrShape
            ? List.of(LUNGE_OR_SQUAT_FOR_MAXIMUS, QUADRUPED_OR_KICKBACK_FOR_MAXIMUS, BRIDGE_FOR_MAXIMUS)
            : List.of(QUADRUPED_OR_KICKBACK_FOR_MAXIMUS, LUNGE_OR_SQUAT_FOR_MAXIMUS, BRIDGE_FOR_MAXIMUS);
      default:
        return List.of(ABDUCTION_FOR_MEDIUS_MINIMUS);
    }
  }

  private static boolean maximus(Exercise e) {
    return e.isPrimary(Muscle.GLUTEUS_MAXIMUS);
  }

  private static boolean mediusOrMinimus(Exercise e) {
    return e.isPrimary(Muscle.GLUTEUS_MEDIUS) || e.isPrimary(Muscle.GLUTEUS_MINIMUS);
  }

  private static Predicate<Exercise> pattern(MovementPattern pattern) {
    return e -> e.pattern() == pattern;
  }
}
