package io.glutewise.planner.rules;

import io.glutewise.core.dose.Load;
import io.glutewise.core.dose.LoadKind;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.trainee.TraineeProfile;
import java.util.List;
import java.util.Optional;

/**
 * The weights a trainee can actually pick up: load steps move along the trainee's own set of
 * dumbbells or kettlebells, or a barbell's 2.5 kg plates, never to a weight no set has (such as 11
 * or 13 kg). Thread-safe.
 *
 * <p>Until a trainee's own set is recorded on the profile, these defaults stand in (one place to
 * change): dumbbells 1 kg apart to 10 kg, then 2 kg to 20 kg, then 2.5 kg; kettlebells in the
 * usual 4 kg steps with the 2 kg half-sizes below 16 kg; a barbell in 2.5 kg steps. evidence.md
 * section 7 marks typical dumbbell steps of 1-2.5 kg UNVERIFIED and asks that they be treated as a
 * default the trainee can change; these defaults follow that.
 */
public final class LoadSteps {
  /** The default dumbbell weights, in kilograms, lightest first. */
  public static final List<Double> DEFAULT_DUMBBELLS_KG = List.of(
      1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 12.0, 14.0, 16.0, 18.0, 20.0,
      22.5, 25.0, 27.5, 30.0, 32.5, 35.0, 37.5, 40.0, 42.5, 45.0, 47.5, 50.0);

  /** The default kettlebell weights, in kilograms, lightest first. */
  public static final List<Double> DEFAULT_KETTLEBELLS_KG = List.of(
      4.0, 6.0, 8.0, 10.0, 12.0, 14.0, 16.0, 20.0, 24.0, 28.0, 32.0, 36.0, 40.0, 44.0, 48.0);

  /** The barbell step: the smallest pair of plates, in kilograms. */
  public static final double BARBELL_STEP_KG = 2.5;

  private LoadSteps() {}

  /** The weights the trainee has for the exercise, lightest first; empty when it is not dosed in kilograms from a set. */
  static List<Double> weights(TraineeProfile profile, Exercise exercise) {
    if (exercise.equipment().contains(Equipment.BARBELL)) {
      return List.of();
    }
    if (exercise.equipment().contains(Equipment.KETTLEBELL)) {
      return DEFAULT_KETTLEBELLS_KG;
    }
    if (exercise.equipment().contains(Equipment.DUMBBELL)) {
      return DEFAULT_DUMBBELLS_KG;
    }
    return List.of();
  }

  /**
   * The next heavier load the trainee has that adds at least the fraction: the next band strength,
   * the next weight of their set at or above the fraction's target, or for a barbell the next 2.5 kg
   * step; empty when nothing heavier is at hand.
   */
  public static Optional<Load> heavier(TraineeProfile profile, Exercise exercise, Load load, double fraction) {
    if (load.kind() != LoadKind.KILOGRAMS) {
      return DoseSteps.heavier(load, fraction);
    }
    double now = load.amount().orElseThrow();
    double target = now * (1 + fraction);
    List<Double> set = weights(profile, exercise);
    if (set.isEmpty()) {
      double next = Math.ceil(Math.max(now + BARBELL_STEP_KG, target) / BARBELL_STEP_KG) * BARBELL_STEP_KG;
      return next <= 500 ? Optional.of(Load.kilograms(next)) : Optional.empty();
    }
    return set.stream().filter(w -> w > now + 1e-9 && w >= target - 1e-9).findFirst().map(Load::kilograms);
  }

  /** The next lighter load the trainee has: the next weaker band, the next lighter weight of their set, or 2.5 kg off a barbell. */
  public static Optional<Load> lighter(TraineeProfile profile, Exercise exercise, Load load) {
    if (load.kind() != LoadKind.KILOGRAMS) {
      return DoseSteps.lighter(load);
    }
    double now = load.amount().orElseThrow();
    List<Double> set = weights(profile, exercise);
    if (set.isEmpty()) {
      double next = Math.floor((now - BARBELL_STEP_KG) / BARBELL_STEP_KG) * BARBELL_STEP_KG;
      return next >= BARBELL_STEP_KG ? Optional.of(Load.kilograms(next)) : Optional.empty();
    }
    Optional<Load> below = Optional.empty();
    for (double w : set) {
      if (w < now - 1e-9) {
        below = Optional.of(Load.kilograms(w));
      }
    }
    return below;
  }

  /** Whether a weight is one the trainee's set has (always true for bands, bodyweight and pounds). */
  public static boolean isAtHand(TraineeProfile profile, Exercise exercise, Load load) {
    if (load.kind() != LoadKind.KILOGRAMS) {
      return true;
    }
    double now = load.amount().orElseThrow();
    List<Double> set = weights(profile, exercise);
    if (set.isEmpty()) {
      return Math.abs(now / BARBELL_STEP_KG - Math.rint(now / BARBELL_STEP_KG)) < 1e-9;
    }
    return set.stream().anyMatch(w -> Math.abs(w - now) < 1e-9);
  }
}
