package io.glutewise.planner.internal;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.Laterality;
import io.glutewise.core.exercise.MovementPattern;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.trainee.Goal;
import io.glutewise.core.trainee.TraineeProfile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The short routine for every day: hip-flexor mobility (and a pelvic-tilt drill where the catalog has
 * one) for the posture goal, and a 3-5 minute desk routine for {@value #SITTING_HOURS} or more hours
 * of sitting a day, since breaking up long sitting eases fatigue and discomfort (Thorp 2014,
 * evidence.md section 11), from the catalog's {@value #DESK_ROUTINE} template. Only exercises that
 * suit the trainee are used.
 */
final class DailyRoutine {
  /** Hours of sitting a day from which the plan adds a desk routine. */
  static final int SITTING_HOURS = 6;

  /** The shortest and longest desk routine, in seconds. */
  static final int MIN_SECONDS = 180;

  static final int MAX_SECONDS = 300;

  private DailyRoutine() {}

  /** Whether the profile asks for a daily routine. */
  static boolean wanted(TraineeProfile profile) {
    return profile.goals().contains(Goal.POSTURE) || sitsLong(profile);
  }

  static boolean sitsLong(TraineeProfile profile) {
    return profile.sittingHoursPerDay().orElse(0) >= SITTING_HOURS;
  }

  /** The routine's prescriptions; empty when the profile asks for none or nothing suits. */
  static List<Prescription> of(Catalog catalog, TraineeProfile profile) {
    if (!wanted(profile)) {
      return List.of();
    }
    Set<String> taken = new LinkedHashSet<>();
    List<DraftItem> items = new ArrayList<>();
    if (profile.goals().contains(Goal.POSTURE)) {
      // hip-flexor mobility, then pelvic-tilt control, each the first in the catalog that suits
      find(catalog, profile, e -> e.pattern() == MovementPattern.MOBILITY && e.id().contains("hip-flexor"))
          .or(() -> find(catalog, profile, e -> e.pattern() == MovementPattern.STRETCH && e.id().contains("hip-flexor")))
          .ifPresent(e -> add(items, taken, e, null));
      find(catalog, profile, e -> e.pattern() == MovementPattern.PELVIC_CONTROL).ifPresent(e -> add(items, taken, e, null));
    }
    if (sitsLong(profile)) {
      catalog.template(DESK_ROUTINE).ifPresent(template -> {
        template.main().forEach(p -> catalog.find(p.exerciseId()).filter(e -> ExercisePicker.suits(profile, e))
            .ifPresent(e -> add(items, taken, e, p.dose())));
        template.coolDown().forEach(p -> catalog.find(p.exerciseId()).filter(e -> ExercisePicker.suits(profile, e))
            .ifPresent(e -> add(items, taken, e, p.dose())));
      });
      while (seconds(items) > MAX_SECONDS && items.size() > 1) {
        items.remove(items.size() - 1);
      }
      // rounds until the desk routine lasts at least three minutes, never past five
      for (int round = 0; round < 3 && seconds(items) < MIN_SECONDS; round++) {
        for (DraftItem item : items) {
          item.sets++;
          if (seconds(items) > MAX_SECONDS) {
            item.sets--;
          }
        }
      }
    }
    List<Prescription> routine = new ArrayList<>();
    items.forEach(i -> routine.add(i.prescription()));
    return routine;
  }

  /** The catalog's template of the desk routine. */
  static final String DESK_ROUTINE = "desk-break";

  private static void add(List<DraftItem> items, Set<String> taken, Exercise exercise, io.glutewise.core.dose.Dose dose) {
    if (!taken.add(exercise.id())) {
      return;
    }
    var own = dose != null ? dose : exercise.defaultDose();
    int amount = own.isTimed() ? Math.min(own.target().max(), 30) : Math.min(own.target().max(), 10);
    items.add(new DraftItem(null, exercise, 1, amount, amount, 15, Math.min(own.pauseAtTopSeconds(), 3),
        own.load(), own.isTimed(), exercise.laterality() == Laterality.UNILATERAL));
  }

  static int seconds(List<DraftItem> items) {
    int total = 0;
    for (DraftItem item : items) {
      total += item.seconds();
    }
    return total;
  }

  private static Optional<Exercise> find(Catalog catalog, TraineeProfile profile, java.util.function.Predicate<Exercise> which) {
    return catalog.exercises().stream().filter(which).filter(e -> ExercisePicker.suits(profile, e)).findFirst();
  }
}
