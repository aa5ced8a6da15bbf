package io.glutewise.planner.stats;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Session;
import java.util.Objects;

/**
 * Estimates how long prescriptions and sessions take, on purpose a little on the long side so that
 * a session planned to fit the trainee's minutes does fit.
 *
 * <p>Per prescription: each set takes the top of its range of repetitions at about
 * {@value #SECONDS_PER_REPETITION} s each plus the pause at the top, or the top of its range of
 * seconds for holds; per-side doses count twice; the rest runs between sets (not after the last);
 * and every exercise costs {@value #CHANGEOVER_SECONDS} s to get into position, more when it needs
 * a barbell ({@value #BARBELL_SETUP_SECONDS} s) or other equipment to set up
 * ({@value #EQUIPMENT_SETUP_SECONDS} s). A session's minutes are its seconds divided by 60, rounded
 * up. Thread-safe.
 */
public final class SessionDuration {
  /** Seconds per repetition, before the pause at the top. */
  public static final int SECONDS_PER_REPETITION = 3;

  /** Seconds to get into position for any exercise. */
  public static final int CHANGEOVER_SECONDS = 15;

  /** Extra seconds to load a barbell. */
  public static final int BARBELL_SETUP_SECONDS = 45;

  /** Extra seconds to fetch a bench, step, band, dumbbell or kettlebell. */
  public static final int EQUIPMENT_SETUP_SECONDS = 10;

  private SessionDuration() {}

  /**
   * The estimated minutes of a session, rounded up.
   *
   * @throws io.glutewise.catalog.UnknownExerciseException when a prescription names an exercise
   *     the catalog does not know
   */
  public static int estimateMinutes(Session session, Catalog catalog) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(catalog, "catalog");
    int seconds = 0;
    for (Prescription prescription : session.all()) {
      seconds += estimateSeconds(prescription, catalog);
    }
    return minutes(seconds);
  }

  /** Whole minutes for a number of seconds, rounded up. */
  public static int minutes(int seconds) {
    return (seconds + 59) / 60;
  }

  /**
   * The estimated seconds of one prescription, with its changeover.
   *
   * @throws io.glutewise.catalog.UnknownExerciseException when the catalog does not know the
   *     exercise
   */
  public static int estimateSeconds(Prescription prescription, Catalog catalog) {
    Objects.requireNonNull(prescription, "prescription");
    Exercise exercise = catalog.get(prescription.exerciseId());
    return setupSeconds(exercise) + doseSeconds(prescription.dose());
  }

  /** The seconds to get into position for an exercise, with any equipment set-up. */
  public static int setupSeconds(Exercise exercise) {
    int seconds = CHANGEOVER_SECONDS;
    boolean other = false;
    // a plain loop: planning asks this for every item it drafts
    for (Equipment equipment : exercise.equipment()) {
      if (equipment == Equipment.BARBELL) {
        return seconds + BARBELL_SETUP_SECONDS;
      }
      other |= equipment != Equipment.MAT;
    }
    return other ? seconds + EQUIPMENT_SETUP_SECONDS : seconds;
  }

  /** The seconds of the work and the rest of a dose, without changeover. */
  public static int doseSeconds(Dose dose) {
    int perSet = dose.isTimed()
        ? dose.target().max()
        : dose.target().max() * (SECONDS_PER_REPETITION + dose.pauseAtTopSeconds());
    if (dose.perSide()) {
      perSet *= 2;
    }
    return dose.sets() * perSet + (dose.sets() - 1) * dose.restSeconds();
  }
}
