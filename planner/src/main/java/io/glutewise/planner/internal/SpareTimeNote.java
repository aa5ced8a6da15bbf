package io.glutewise.planner.internal;

import io.glutewise.core.program.Phase;
import io.glutewise.core.program.Session;
import io.glutewise.core.trainee.TraineeProfile;
import java.util.List;

/**
 * A note when the plan's sessions take much less time than the trainee gave: the weekly hard sets of
 * each phase are capped by the training model (evidence.md section 7: a ceiling around 12-16 sets a
 * week per muscle group for a pain-monitored back program), not by the minutes, so long sessions on
 * many days are not filled with more sets. Without the note a short session reads like a mistake.
 */
final class SpareTimeNote {
  private SpareTimeNote() {}

  static List<String> of(List<Phase> phases, TraineeProfile profile) {
    int longest = phases.stream().flatMap(p -> p.weeks().stream()).filter(w -> !w.deload())
        .flatMap(w -> w.sessions().stream()).mapToInt(Session::estimatedMinutes).max().orElse(0);
    // only where at least half the time given is left over, so ordinary plans carry no note
    if (longest == 0 || longest * 2 > profile.minutesPerSession()) {
      return List.of();
    }
    return List.of("These sessions take up to " + longest + " of your " + profile.minutesPerSession()
        + " minutes: each phase keeps to the weekly hard sets it aims for, and on " + profile.daysPerWeek()
        + " days a week those fit in less time. Beyond them, more sets bring smaller and smaller gains, so the "
        + "time left over is yours, for a walk or other training.");
  }
}
