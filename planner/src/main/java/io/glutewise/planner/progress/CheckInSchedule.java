package io.glutewise.planner.progress;

import io.glutewise.core.outcome.CheckIn;
import io.glutewise.core.program.Program;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * When the next outcome check-in is due: the baseline on the plan's first day, then every four
 * weeks after the latest check-in. Four weeks because a training block runs 3-6 weeks
 * (docs/evidence.md, section 6), so each check-in falls near the end of one; a shorter gap would
 * mostly measure day-to-day swings.
 */
public final class CheckInSchedule {
  /** Weeks between check-ins. */
  public static final int INTERVAL_WEEKS = 4;

  private CheckInSchedule() {}

  /** The day the next check-in is due: the plan's start when there is none yet. */
  public static LocalDate nextDue(Program program, List<CheckIn> checkIns) {
    return checkIns.stream()
        .map(CheckIn::date)
        .max(Comparator.naturalOrder())
        .map(last -> last.plusWeeks(INTERVAL_WEEKS))
        .orElse(program.sessions().get(0).date());
  }

  /** Whether a check-in is due on the given day. */
  public static boolean isDue(Program program, List<CheckIn> checkIns, LocalDate today) {
    return !today.isBefore(nextDue(program, checkIns));
  }
}
