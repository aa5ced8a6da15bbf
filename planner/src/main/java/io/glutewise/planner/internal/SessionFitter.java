package io.glutewise.planner.internal;

import io.glutewise.core.GlutewiseException;
import java.util.List;
import java.util.function.Predicate;

/**
 * Trims a session until its estimate fits the trainee's minutes, one step at a time, cheapest loss
 * first: the accessories go, then sets beyond two, then long ranges and rests shrink, then the
 * stretches shorten, then core and hinge work go, then the warm-up shrinks, and only at the very
 * end do the opening glute movements drop to one set. The opening movements themselves are never
 * removed.
 */
final class SessionFitter {
  private interface Trim {
    /** Applies the trim; whether anything changed. */
    boolean apply(DraftSession session);
  }

  private static final List<Trim> TRIMS = List.of(
      s -> drop(s, i -> i.role == SlotRole.ABDUCTION_ACCESSORY),
      s -> drop(s, i -> i.role == SlotRole.GLUTE_MAX_ACCESSORY),
      s -> capSets(s, i -> !i.role.essential(), 2),
      s -> capSets(s, i -> i.role.essential(), 2),
      SessionFitter::shortenRest,
      SessionFitter::narrowRanges,
      s -> capStretches(s, 20),
      s -> drop(s, i -> i.role == SlotRole.CORE_ANTI_EXTENSION || i.role == SlotRole.CORE_ANTI_ROTATION),
      s -> drop(s, i -> i.role == SlotRole.HINGE_OR_SINGLE_LEG),
      SessionFitter::dropLastWarmUp,
      SessionFitter::dropLastWarmUp,
      s -> capStretches(s, 15),
      SessionFitter::lowerRanges,
      s -> capSets(s, i -> true, 1),
      SessionFitter::dropLastWarmUp,
      SessionFitter::dropLastStretch,
      SessionFitter::dropLastStretch);

  private SessionFitter() {}

  /** Whether the session fits the minutes. */
  static boolean fits(DraftSession session, int minutes) {
    return session.minutes() <= minutes;
  }

  /** Trims the session in place until it fits. */
  static void fit(DraftSession session, int minutes) {
    for (Trim trim : TRIMS) {
      if (fits(session, minutes)) {
        return;
      }
      trim.apply(session);
    }
    if (!fits(session, minutes)) {
      throw new GlutewiseException("session " + session.index + " cannot be fitted into " + minutes
          + " minutes even at its smallest (" + session.minutes() + " minutes); allow more minutes");
    }
  }

  private static boolean drop(DraftSession session, Predicate<DraftItem> which) {
    return session.main.removeIf(i -> !i.role.essential() && which.test(i));
  }

  private static boolean capSets(DraftSession session, Predicate<DraftItem> which, int max) {
    boolean changed = false;
    for (DraftItem item : session.main) {
      if (which.test(item) && item.sets > max) {
        item.sets = max;
        changed = true;
      }
    }
    return changed;
  }

  private static boolean shortenRest(DraftSession session) {
    boolean changed = false;
    for (DraftItem item : session.main) {
      if (item.rest > 30) {
        item.rest = 30;
        changed = true;
      }
    }
    return changed;
  }

  /** Counted ranges to at most three repetitions wide, holds to at most five seconds wide. */
  private static boolean narrowRanges(DraftSession session) {
    boolean changed = false;
    for (DraftItem item : session.main) {
      int width = item.timed ? 5 : 2;
      if (item.high > item.low + width) {
        item.high = item.low + width;
        changed = true;
      }
    }
    return changed;
  }

  /** Counted ranges down to 8-10 (still the seeds' beginner dose). */
  private static boolean lowerRanges(DraftSession session) {
    boolean changed = false;
    for (DraftItem item : session.main) {
      if (!item.timed && item.high > 10) {
        item.low = Math.min(item.low, 8);
        item.high = Math.max(item.low, 10);
        changed = true;
      }
    }
    return changed;
  }

  private static boolean capStretches(DraftSession session, int seconds) {
    boolean changed = false;
    for (DraftItem item : session.coolDown) {
      if (item.timed && item.high > seconds) {
        item.high = seconds;
        item.low = Math.min(item.low, seconds);
        changed = true;
      }
    }
    return changed;
  }

  private static boolean dropLastWarmUp(DraftSession session) {
    if (session.warmUp.size() > 1) {
      session.warmUp.remove(session.warmUp.size() - 1);
      return true;
    }
    return false;
  }

  private static boolean dropLastStretch(DraftSession session) {
    if (session.coolDown.size() > 1) {
      session.coolDown.remove(session.coolDown.size() - 1);
      return true;
    }
    return false;
  }
}
