package io.glutewise.planner.internal;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.trainee.Goal;
import io.glutewise.core.trainee.TraineeProfile;
import java.util.ArrayList;
import java.util.List;

/** The plan's notes about its daily routine: what it is for, and what the catalog lacks for it. */
final class DailyRoutineNotes {
  private DailyRoutineNotes() {}

  static List<String> of(Catalog catalog, TraineeProfile profile, List<Prescription> routine) {
    List<String> notes = new ArrayList<>();
    boolean posture = profile.goals().contains(Goal.POSTURE);
    if (posture) {
      notes.add("Posture: every day, training days and rest days alike, do the daily routine for hip-flexor "
          + "mobility; full sessions always train the trunk against arching. Glute work may help you hold "
          + "your posture, but no exercise is known to change the tilt of the pelvis.");
      if (routine.stream().noneMatch(p -> catalog.get(p.exerciseId()).pattern() == io.glutewise.core.exercise.MovementPattern.PELVIC_CONTROL)) {
        notes.add("Posture: this catalog has no pelvic-tilt drill that suits you, so the daily routine has none.");
      }
    }
    if (DailyRoutine.sitsLong(profile)) {
      int seconds = routine.stream().mapToInt(p -> io.glutewise.planner.stats.SessionDuration
          .estimateSeconds(p, catalog)).sum();
      notes.add("Sitting " + profile.sittingHoursPerDay().orElse(0) + " hours a day: break it up with the daily "
          + "routine (about " + Math.max(1, Math.round(seconds / 60.0)) + " minutes) on training and rest days; "
          + "standing up and moving every half hour or so eases fatigue and discomfort.");
      if (seconds < DailyRoutine.MIN_SECONDS) {
        notes.add("Sitting: this catalog has too few exercises that suit you for a desk routine of three "
            + "minutes or more.");
      }
    }
    return notes;
  }
}
