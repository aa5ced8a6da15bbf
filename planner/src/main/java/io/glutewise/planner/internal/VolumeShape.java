package io.glutewise.planner.internal;

import io.glutewise.core.dose.DoseWords;
import io.glutewise.core.program.PhaseKind;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.model.GluteGroup;
import io.glutewise.planner.model.PhaseAim;
import io.glutewise.planner.model.TrainingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes the weekly sets follow the phase order the model states, whatever the minutes did to them:
 * strength-endurance weeks at least as many hard sets per glute group as activation weeks,
 * consolidation weeks fewer than strength weeks, and deload weeks at most {@link
 * TrainingModel#DELOAD_MAX_FRACTION} of the week before (and lighter than the week after) with the
 * same exercises and weights. It cuts sets, never adds them; where a cut is impossible, or a phase
 * falls short of its aim's minimum, it returns a note saying so.
 */
final class VolumeShape {
  private VolumeShape() {}

  static List<String> apply(List<WeekDraft> weeks, Map<PhaseKind, PhaseAim> aims, TraineeProfile profile) {
    List<String> notes = new ArrayList<>();
    for (GluteGroup group : GluteGroup.values()) {
      double enduranceLeast = least(weeks, PhaseKind.STRENGTH_ENDURANCE, group);
      if (!cutPhase(weeks, PhaseKind.ACTIVATION, group, enduranceLeast)) {
        notes.add("The activation phase cannot be made lighter than strength-endurance for the " + group.label()
            + " in these minutes; both hold the smallest dose the sessions allow.");
      }
      double strengthLeast = least(weeks, PhaseKind.STRENGTH, group);
      if (!cutPhase(weeks, PhaseKind.CONSOLIDATION, group, strengthLeast - 0.5)) {
        notes.add("The consolidation phase cannot be made lighter than the strength phase for the " + group.label()
            + " in these minutes; both hold the smallest dose the sessions allow.");
      }
    }
    deloads(weeks);
    for (Map.Entry<PhaseKind, PhaseAim> entry : aims.entrySet()) {
      for (GluteGroup group : GluteGroup.values()) {
        double least = least(weeks, entry.getKey(), group);
        int min = entry.getValue().weeklySets().min();
        if (least < min) {
          notes.add(shortfall(entry.getKey(), group, least, min, profile));
        }
      }
    }
    return notes;
  }

  /** The note for a phase whose weeks fall short of the aim's minimum for a group. */
  static String shortfall(PhaseKind phase, GluteGroup group, double least, int min, TraineeProfile profile) {
    String text = capitalised(words(phase)) + " phase: " + profile.daysPerWeek()
        + (profile.daysPerWeek() == 1 ? " day" : " days") + " a week of " + profile.minutesPerSession()
        + " minutes hold only " + DoseWords.number(least) + " hard sets a week for the " + group.label()
        + ", below the phase's aim of at least " + min + ".";
    if (least < TrainingModel.MINIMUM_EFFECTIVE_SETS) {
      text += " That is under the about " + TrainingModel.MINIMUM_EFFECTIVE_SETS
          + " sets a week from which strength starts to build; more minutes or another day would help.";
    }
    return text;
  }

  /** The phase in words, as notes name it: {@code strength endurance}. */
  static String words(PhaseKind phase) {
    return phase.id().replace('-', ' ');
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** The fewest hard sets of any normal week of the phase; infinity when it has none. */
  private static double least(List<WeekDraft> weeks, PhaseKind phase, GluteGroup group) {
    double least = Double.POSITIVE_INFINITY;
    for (WeekDraft week : weeks) {
      if (week.phase == phase && !week.deload) {
        least = Math.min(least, week.sets(group));
      }
    }
    return least;
  }

  /** Cuts every normal week of the phase to at most {@code limit}; whether that worked. */
  private static boolean cutPhase(List<WeekDraft> weeks, PhaseKind phase, GluteGroup group, double limit) {
    boolean ok = true;
    for (WeekDraft week : weeks) {
      if (week.phase == phase && !week.deload) {
        ok &= cutTo(week, group, limit, TrainingModel.MIN_SETS_PER_EXERCISE, true);
      }
    }
    return ok;
  }

  /**
   * Takes sets off the week until the group has at most {@code limit}: from the places that are not
   * openers first, the biggest first, then the openers' sets above {@code floor}. A place at the
   * floor goes altogether when {@code mayRemove}, or else only when another session of the week keeps
   * its exercise.
   */
  private static boolean cutTo(WeekDraft week, GluteGroup group, double limit, int floor, boolean mayRemove) {
    while (week.sets(group) > limit + 1e-9) {
      DraftItem pick = null;
      DraftSession in = null;
      for (DraftSession session : week.sessions) {
        for (DraftItem item : session.main) {
          if (item.setsPerSet(group) == 0) {
            continue;
          }
          boolean removable = !item.role.essential() && (mayRemove || elsewhere(week, session, item));
          boolean cuttable = item.sets > floor || removable;
          if (cuttable && (pick == null || better(item, pick))) {
            pick = item;
            in = session;
          }
        }
      }
      if (pick == null) {
        return false;
      }
      if (pick.sets > floor) {
        pick.sets--;
      } else {
        // below the floor a place goes altogether: fewer exercises rather than one-set exercises
        in.main.remove(pick);
      }
    }
    return true;
  }

  /** Whether another session of the week has the item's exercise, so the week keeps it when this one goes. */
  private static boolean elsewhere(WeekDraft week, DraftSession session, DraftItem item) {
    for (DraftSession other : week.sessions) {
      if (other != session && other.main.stream().anyMatch(i -> i.exercise.equals(item.exercise))) {
        return true;
      }
    }
    return false;
  }

  private static boolean better(DraftItem item, DraftItem than) {
    if (item.role.essential() != than.role.essential()) {
      return !item.role.essential();
    }
    return item.sets > than.sets;
  }

  /**
   * Each deload week: the week before with half the sets of every place (at least one), then cut to
   * at most the deload fraction per glute group and below the week after when that week is in the same
   * phase; a week where that cannot be
   * done stays a normal week, a copy of the week before.
   */
  private static void deloads(List<WeekDraft> weeks) {
    for (int i = 1; i < weeks.size(); i++) {
      WeekDraft week = weeks.get(i);
      if (!week.deload) {
        continue;
      }
      WeekDraft before = weeks.get(i - 1);
      week.sessions = copy(before.sessions);
      for (DraftSession session : week.sessions) {
        for (DraftItem item : session.main) {
          item.sets = Math.max(1, item.sets / 2);
        }
      }
      boolean ok = true;
      for (GluteGroup group : GluteGroup.values()) {
        ok &= cutTo(week, group, Math.floor(before.sets(group) * TrainingModel.DELOAD_MAX_FRACTION * 2) / 2, 1, false);
      }
      // the week after must be heavier within the phase; a new phase starts at its own dose
      boolean samePhase = i + 1 < weeks.size() && weeks.get(i + 1).phase == week.phase;
      int next = samePhase ? weeks.get(i + 1).sets() : Integer.MAX_VALUE;
      while (ok && week.sets() >= next) {
        ok = cutAny(week);
      }
      if (!ok || week.sets() >= before.sets()) {
        week.sessions = copy(before.sessions);
        week.deload = false;
      }
    }
  }

  private static boolean cutAny(WeekDraft week) {
    DraftItem biggest = null;
    for (DraftSession session : week.sessions) {
      for (DraftItem item : session.main) {
        if (item.sets > 1 && (biggest == null || item.sets > biggest.sets)) {
          biggest = item;
        }
      }
    }
    if (biggest == null) {
      return false;
    }
    biggest.sets--;
    return true;
  }

  private static List<DraftSession> copy(List<DraftSession> week) {
    List<DraftSession> copy = new ArrayList<>();
    week.forEach(s -> copy.add(s.copy()));
    return copy;
  }
}
