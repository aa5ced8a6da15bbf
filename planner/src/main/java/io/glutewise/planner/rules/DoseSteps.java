package io.glutewise.planner.rules;

import io.glutewise.core.dose.BandStrength;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.dose.DoseWords;
import io.glutewise.core.dose.Load;
import io.glutewise.core.dose.LoadKind;
import io.glutewise.core.dose.TargetRange;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.Laterality;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.model.LoadSteps;
import java.util.Optional;

/**
 * The small steps rules take on a dose: a load up or down, an aim within the range, the dose an
 * exercise gets when it replaces another. Thread-safe.
 *
 * <p>Load steps up follow the NSCA's guide (evidence.md, section 2): about 10% for beginners, 5%
 * for intermediates and 2.5% for advanced trainees, never less than 1 kg (2 lb), rounded to 0.5 kg
 * (1 lb); a band moves to the next strength. A step down takes 10% off, or the next lighter band.
 */
public final class DoseSteps {
  /** The smallest weight step up, in kilograms. */
  public static final double MIN_STEP_KG = 1.0;

  /** The smallest weight step up, in pounds. */
  public static final double MIN_STEP_LB = 2.0;

  private DoseSteps() {}

  /** The fraction of the load to add after the 2-for-2 rule, by experience. */
  public static double loadIncrease(ExperienceLevel level) {
    switch (level) {
      case BEGINNER:
        return 0.10;
      case INTERMEDIATE:
        return 0.05;
      default:
        return 0.025;
    }
  }

  /**
   * The next heavier load: the next band strength, or the weight plus the fraction (at least the
   * smallest step); empty for bodyweight, the strongest band or the heaviest weight allowed.
   */
  public static Optional<Load> heavier(Load load, double fraction) {
    switch (load.kind()) {
      case BAND: {
        BandStrength band = load.band().orElseThrow();
        BandStrength[] all = BandStrength.values();
        return band.ordinal() + 1 < all.length ? Optional.of(Load.band(all[band.ordinal() + 1])) : Optional.empty();
      }
      case KILOGRAMS: {
        double now = load.amount().orElseThrow();
        double next = Math.ceil(Math.max(now + MIN_STEP_KG, now * (1 + fraction)) * 2) / 2;
        return next <= 500 ? Optional.of(Load.kilograms(next)) : Optional.empty();
      }
      case POUNDS: {
        double now = load.amount().orElseThrow();
        double next = Math.ceil(Math.max(now + MIN_STEP_LB, now * (1 + fraction)));
        return next <= 1100 ? Optional.of(Load.pounds(next)) : Optional.empty();
      }
      default:
        return Optional.empty();
    }
  }

  /**
   * The next lighter load of the same kind: the next weaker band, or 10% less weight (rounded down
   * to 0.5 kg or 1 lb, at least 1 kg or 2 lb); empty for bodyweight, the lightest band or the
   * lightest weight.
   */
  public static Optional<Load> lighter(Load load) {
    switch (load.kind()) {
      case BAND: {
        BandStrength band = load.band().orElseThrow();
        return band.ordinal() > 0 ? Optional.of(Load.band(BandStrength.values()[band.ordinal() - 1])) : Optional.empty();
      }
      case KILOGRAMS: {
        double now = load.amount().orElseThrow();
        double next = Math.floor(Math.min(now - 0.5, now * 0.9) * 2) / 2;
        return next >= MIN_STEP_KG ? Optional.of(Load.kilograms(next)) : Optional.empty();
      }
      case POUNDS: {
        double now = load.amount().orElseThrow();
        double next = Math.floor(Math.min(now - 1, now * 0.9));
        return next >= MIN_STEP_LB ? Optional.of(Load.pounds(next)) : Optional.empty();
      }
      default:
        return Optional.empty();
    }
  }

  /**
   * The next heavier load the trainee has for the exercise, adding at least the fraction: for a
   * weight in kilograms, the lightest of the trainee's weights ({@link LoadSteps}: their dumbbells or
   * kettlebells, or a barbell's 2.5 kg steps) above the load and at or above the fraction's target,
   * never a weight no set has; else as {@link #heavier(Load, double)}. Empty when nothing heavier is
   * at hand.
   */
  public static Optional<Load> heavier(TraineeProfile profile, Exercise exercise, Load load, double fraction) {
    Optional<LoadSteps> steps = load.kind() == LoadKind.KILOGRAMS ? LoadSteps.forExercise(exercise, profile) : Optional.empty();
    if (steps.isEmpty()) {
      return heavier(load, fraction);
    }
    double now = load.amount().orElseThrow();
    double target = now * (1 + fraction);
    return steps.get().weights().stream().filter(w -> w > now + 1e-9 && w >= target - 1e-9).findFirst()
        .map(Load::kilograms);
  }

  /**
   * The next lighter load the trainee has for the exercise: the heaviest of their weights below the
   * load (see {@link #heavier(TraineeProfile, Exercise, Load, double)}); else as {@link #lighter(Load)}.
   */
  public static Optional<Load> lighter(TraineeProfile profile, Exercise exercise, Load load) {
    Optional<LoadSteps> steps = load.kind() == LoadKind.KILOGRAMS ? LoadSteps.forExercise(exercise, profile) : Optional.empty();
    if (steps.isEmpty()) {
      return lighter(load);
    }
    double now = load.amount().orElseThrow();
    Optional<Load> below = Optional.empty();
    for (double w : steps.get().weights()) {
      if (w < now - 1e-9) {
        below = Optional.of(Load.kilograms(w));
      }
    }
    return below;
  }

  /** Whether the load is external resistance that can be stepped: a band or a weight. */
  public static boolean isExternal(Load load) {
    return load.kind() != LoadKind.BODYWEIGHT;
  }

  /**
   * The dose an exercise gets in a place planned for another: the planned dose when both are dosed
   * the same way (repetitions or seconds), made per side to match the exercise and with the
   * exercise's own load; otherwise the exercise's default dose with the planned sets and rest.
   * Either way the range starts at its bottom.
   */
  public static Dose baseDose(Exercise exercise, Prescription planned) {
    Dose plan = planned.dose();
    if (exercise.id().equals(planned.exerciseId())) {
      return plan;
    }
    boolean unilateral = exercise.laterality() == Laterality.UNILATERAL;
    Dose own = exercise.defaultDose();
    if (own.isTimed() == plan.isTimed()) {
      return Dose.builder().from(plan).perSide(unilateral).load(own.load()).build();
    }
    return Dose.builder().from(own).sets(plan.sets()).restSeconds(plan.restSeconds()).build();
  }

  /** The dose with the bottom of its range raised to the aim (kept within the range). */
  public static Dose withAim(Dose dose, int aim) {
    TargetRange range = dose.target();
    int min = Math.max(range.min(), Math.min(aim, range.max()));
    return withRange(dose, TargetRange.of(min, range.max()));
  }

  /** The dose with another range of the same unit. */
  public static Dose withRange(Dose dose, TargetRange range) {
    Dose.Builder builder = Dose.builder().from(dose);
    if (dose.isTimed()) {
      builder.seconds(range);
    } else {
      builder.repetitions(range);
    }
    return builder.build();
  }

  /** Text for an amount of the dose's unit: {@code "12 reps"} or {@code "30 s"}. */
  public static String amount(Dose dose, int amount) {
    return amount + (dose.isTimed() ? " s" : " reps");
  }

  /** Text for a prescription: {@code "single-leg glute bridge, 3 x 8-12 per side"}. */
  public static String describe(String name, Dose dose) {
    return name + ", " + DoseWords.of(dose);
  }
}
