package io.glutewise.cli.command;

import io.glutewise.catalog.Catalog;
import io.glutewise.catalog.guidance.Guidance;
import io.glutewise.catalog.guidance.Habit;
import io.glutewise.catalog.guidance.Milestone;
import io.glutewise.core.log.LogHistory;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.log.SessionStatus;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import java.util.ArrayList;
import java.util.List;

/**
 * What to expect, shown when it matters: the week's milestone from the catalog's timeline and a
 * daily habit at the start of each week, and short lessons on the first week, the first painful
 * session and after a missed week.
 *
 * <p>The lessons are our own words over docs/evidence.md: section 3 (training with some pain, and
 * pain settling by the next morning), section 11 (breaking up sitting; strength largely kept over a
 * few weeks off; keep moving in a flare-up).
 */
final class Expectations {
  /** Hours of sitting from which the sitting lesson is shown (the "six hours or more"). */
  static final int LONG_SITTING_HOURS = 6;

  private Expectations() {}

  /** The lines to show before a session; empty when nothing is due. */
  static List<String> forSession(Catalog catalog, Program program, LogHistory history, Session session) {
    List<String> lines = new ArrayList<>();
    Guidance guidance = catalog.guidance().orElse(null);
    boolean weekStarts = session.index() == 1;
    if (guidance != null && weekStarts) {
      guidance.timeline().stream()
          .filter(m -> m.weeks().min() <= session.week() && session.week() <= m.weeks().max())
          .findFirst()
          .ifPresent(m -> lines.add("What to expect " + weeks(m) + ": " + m.expectation()));
    }
    int limit = program.builtFrom().profile().painLimit();
    if (session.week() == 1 && history.current().isEmpty()) {
      lines.add("Some pain while you train is allowed: up to " + limit + "/10 during an exercise, as"
          + " long as it has settled by the next morning. Log it; the plan holds or steps back for you.");
    }
    java.util.Optional<Integer> longSitting = program.builtFrom().profile().sittingHoursPerDay()
        .filter(h -> h >= LONG_SITTING_HOURS && session.week() == 1 && weekStarts);
    longSitting.ifPresent(h -> lines.add("You sit about " + h + " hours a day: get up and move for a couple"
            + " of minutes every half hour. In studies of office work it eased discomfort and tiredness;"
            + " it is a habit that helps, not a cure."));
    firstPainful(history, limit).ifPresent(lines::add);
    if (missedLastWeek(program, history, session)) {
      lines.add("Last week was missed. That is fine: strength is largely kept over a few weeks off, and"
          + " nothing moved on while you were away. Pick up where you left off.");
    }
    // the sitting lesson says the same as a habit would, with the reason: one of them is enough
    if (guidance != null && weekStarts && !guidance.habits().isEmpty() && longSitting.isEmpty()) {
      Habit habit = guidance.habits().get((session.week() - 1) % guidance.habits().size());
      lines.add("Habit for this week, " + habit.title() + ": " + habit.advice());
    }
    return lines;
  }

  private static String weeks(Milestone milestone) {
    return milestone.weeks().min() == milestone.weeks().max()
        ? "in week " + milestone.weeks().min()
        : "in weeks " + milestone.weeks().min() + "-" + milestone.weeks().max();
  }

  /** After the first session that hurt at all, and only then: pacing. */
  private static java.util.Optional<String> firstPainful(LogHistory history, int limit) {
    List<SessionLog> painful = history.current().stream().filter(l -> l.painDuring() > 0).toList();
    if (painful.size() != 1 || !history.lastRecorded().map(l -> l.sessionId().equals(painful.get(0).sessionId()))
        .orElse(false)) {
      return java.util.Optional.empty();
    }
    int pain = painful.get(0).painDuring();
    String verdict = pain <= limit
        ? "within your limit of " + limit + "/10, so it is allowed"
        : "above your limit of " + limit + "/10, so the painful exercises hold or step back";
    return java.util.Optional.of("Your last session hurt " + pain + "/10, " + verdict + ". Pace it: keep"
        + " the movements slow, and let the next morning tell you (glutewise log --morning N). A flare-up"
        + " is a reason to ease off, not to stop moving.");
  }

  private static boolean missedLastWeek(Program program, LogHistory history, Session session) {
    if (session.week() == 1 || session.index() != 1) {
      return false;
    }
    int previous = session.week() - 1;
    List<Session> lastWeek = program.sessions().stream().filter(s -> s.week() == previous).toList();
    return !lastWeek.isEmpty() && lastWeek.stream().allMatch(s -> history.current(s.id())
        .map(l -> l.status() == SessionStatus.MISSED).orElse(true));
  }
}
