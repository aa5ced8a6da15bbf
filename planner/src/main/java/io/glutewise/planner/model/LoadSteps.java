package io.glutewise.planner.model;

import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.trainee.TraineeProfile;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The weights a trainee can really load, in kilograms, and the steps between them: the trainee's
 * own dumbbells or kettlebells when given, else a typical set; a barbell in steps of
 * {@value #BARBELL_STEP_KG} kg from the empty {@value #BARBELL_KG} kg bar. Planned loads are always
 * one of these weights. Immutable and thread-safe.
 *
 * <p>The typical sets are defaults the trainee can change (no published figure was found for them,
 * evidence.md section 7). Because one step of a fixed set (8 to 10 kg is 25%) is larger than the 2-10%
 * ACSM asks, the plan moves repetitions first and the weight only every second week.
 */
public final class LoadSteps {
  /** A typical dumbbell set, in kilograms. */
  public static final List<Double> TYPICAL_DUMBBELLS =
      List.of(2.0, 4.0, 6.0, 8.0, 10.0, 12.5, 15.0, 17.5, 20.0, 22.5, 25.0, 27.5, 30.0);

  /** A typical range of kettlebells, in kilograms. */
  public static final List<Double> TYPICAL_KETTLEBELLS =
      List.of(4.0, 6.0, 8.0, 10.0, 12.0, 14.0, 16.0, 20.0, 24.0, 28.0, 32.0);

  /** The empty barbell, in kilograms. */
  public static final double BARBELL_KG = 20.0;

  /** The smallest barbell step: a 1.25 kg plate on each side. */
  public static final double BARBELL_STEP_KG = 2.5;

  private static final int BARBELL_STEPS = 73; // 20 kg to 200 kg

  // the steps every trainee without weights of their own shares, made once: planning asks for an
  // exercise's steps at every choice and every loaded item (the array is never changed or handed out)
  private static final LoadSteps BARBELL = barbell();
  private static final LoadSteps TYPICAL_KETTLEBELL_STEPS = of(Equipment.KETTLEBELL, TYPICAL_KETTLEBELLS);
  private static final LoadSteps TYPICAL_DUMBBELL_STEPS = of(Equipment.DUMBBELL, TYPICAL_DUMBBELLS);

  private final Equipment equipment;
  private final double[] weights;

  private LoadSteps(Equipment equipment, double[] weights) {
    this.equipment = equipment;
    this.weights = weights;
  }

  /**
   * The steps for an exercise loaded with a barbell, a kettlebell or dumbbells (in that order of
   * precedence), for this trainee; empty for an exercise with no weight.
   */
  public static Optional<LoadSteps> forExercise(Exercise exercise, TraineeProfile profile) {
    if (exercise.equipment().contains(Equipment.BARBELL)) {
      return Optional.of(BARBELL);
    }
    if (exercise.equipment().contains(Equipment.KETTLEBELL)) {
      return Optional.of(profile.kettlebellsKg().isEmpty()
          ? TYPICAL_KETTLEBELL_STEPS : of(Equipment.KETTLEBELL, profile.kettlebellsKg()));
    }
    if (exercise.equipment().contains(Equipment.DUMBBELL)) {
      return Optional.of(profile.dumbbellsKg().isEmpty()
          ? TYPICAL_DUMBBELL_STEPS : of(Equipment.DUMBBELL, profile.dumbbellsKg()));
    }
    return Optional.empty();
  }

  private static LoadSteps barbell() {
    double[] bar = new double[BARBELL_STEPS];
    for (int i = 0; i < bar.length; i++) {
      bar[i] = BARBELL_KG + i * BARBELL_STEP_KG;
    }
    return new LoadSteps(Equipment.BARBELL, bar);
  }

  private static LoadSteps of(Equipment equipment, List<Double> kilograms) {
    double[] sorted = new double[kilograms.size()];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = kilograms.get(i);
    }
    Arrays.sort(sorted);
    int distinct = 0;
    for (double weight : sorted) {
      if (distinct == 0 || Double.compare(weight, sorted[distinct - 1]) != 0) {
        sorted[distinct++] = weight;
      }
    }
    return new LoadSteps(equipment, Arrays.copyOf(sorted, distinct));
  }

  /** The equipment these steps belong to. */
  public Equipment equipment() {
    return equipment;
  }

  /** The weights, lightest first. */
  public List<Double> weights() {
    return Arrays.stream(weights).boxed().toList();
  }

  /** Whether the weight is one of the steps. */
  public boolean contains(double kilograms) {
    return index(kilograms) >= 0;
  }

  /** The heaviest step at or below the weight, or the lightest step when all are heavier. */
  public double atOrBelow(double kilograms) {
    double best = weights[0];
    for (double w : weights) {
      if (w <= kilograms + 1e-9) {
        best = w;
      }
    }
    return best;
  }

  /**
   * The weight {@code steps} steps away (up when positive, down when negative), kept within the
   * lightest and heaviest; the weight is first taken to a step at or below it.
   */
  public double move(double kilograms, int steps) {
    int i = index(atOrBelow(kilograms));
    int j = Math.max(0, Math.min(weights.length - 1, i + steps));
    return weights[j];
  }

  private int index(double kilograms) {
    for (int i = 0; i < weights.length; i++) {
      if (Math.abs(weights[i] - kilograms) < 1e-9) {
        return i;
      }
    }
    return -1;
  }
}
