package io.glutewise.planner.internal;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.GlutewiseException;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.dose.TargetRange;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Session;
import io.glutewise.planner.stats.SessionDuration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Trims a session until its estimate fits the trainee's minutes, one step at a time, cheapest loss
 * first: the accessories go, then sets beyond two, then long ranges and rests shrink, then the
 * stretches shorten, then core and hinge work go, then the warm-up shrinks, and only at the very
 * end do the opening glute movements drop to one set. The opening movements themselves are never
 * removed, nor the last item of the main block.
 *
 * <p>The one fitter of the planner: the builder fits its drafts with {@link #fit(DraftSession, int)}
 * and the adaptive step fits adapted sessions with {@link #fit(Session, int, Catalog)}, which reads
 * each prescription's slot to know its role and reports what was left out.
 */
public final class SessionFitter {
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

  /** Whether the draft fits the minutes. */
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

  /**
   * A session fitted to the minutes: the session (its estimate set) and the prescriptions left out
   * of its main block, warm-up and cool-down.
   *
   * @param session the fitted session
   * @param leftOut the main-block prescriptions left out, in their order
   * @param leftOutOfOtherParts the warm-up and cool-down prescriptions left out
   */
  public record Fitted(Session session, List<Prescription> leftOut, List<Prescription> leftOutOfOtherParts) {}

  /**
   * Fits an adapted session by the same trims as the builder's, each prescription's slot giving its
   * role (a slot the builder does not know counts as an accessory). Keeps each prescription's slot,
   * note and effort target. Empty when even the smallest session does not fit.
   */
  public static Optional<Fitted> fit(Session session, int minutes, Catalog catalog) {
    Map<DraftItem, Prescription> origin = new IdentityHashMap<>();
    List<DraftItem> warmUp = items(session.warmUp(), catalog, origin, null);
    List<DraftItem> main = items(session.main(), catalog, origin, SlotRole.GLUTE_MAX_ACCESSORY);
    List<DraftItem> coolDown = items(session.coolDown(), catalog, origin, null);
    // the session's own lists: what is left out is told by the identity of the items kept
    DraftSession draft = DraftSession.owning(session.index(), Emphasis.FULL, warmUp, main, coolDown);
    try {
      fit(draft, minutes);
    } catch (GlutewiseException e) {
      return Optional.empty();
    }
    List<Prescription> keptMain = back(draft.main, origin);
    Session fitted = Session.builder().from(session)
        .warmUp(back(draft.warmUp(), origin))
        .main(keptMain)
        .coolDown(back(draft.coolDown(), origin))
        .estimatedMinutes(0)
        .build();
    fitted = Session.builder().from(fitted).estimatedMinutes(SessionDuration.estimateMinutes(fitted, catalog)).build();
    List<Prescription> leftOut = new ArrayList<>(session.main());
    leftOut.removeIf(p -> draft.main.stream().anyMatch(i -> origin.get(i) == p));
    List<Prescription> otherLeftOut = new ArrayList<>(session.warmUp());
    otherLeftOut.addAll(session.coolDown());
    otherLeftOut.removeIf(p -> draft.warmUp().stream().anyMatch(i -> origin.get(i) == p)
        || draft.coolDown().stream().anyMatch(i -> origin.get(i) == p));
    if (fitted.estimatedMinutes() > minutes) {
      return Optional.empty();
    }
    return Optional.of(new Fitted(fitted, leftOut, otherLeftOut));
  }

  private static List<DraftItem> items(List<Prescription> prescriptions, Catalog catalog,
      Map<DraftItem, Prescription> origin, SlotRole fallback) {
    List<DraftItem> items = new ArrayList<>();
    for (Prescription p : prescriptions) {
      SlotRole role = fallback == null ? null : p.slot().flatMap(Slots::role).orElse(fallback);
      Dose dose = p.dose();
      var exercise = catalog.get(p.exerciseId());
      DraftItem item = new DraftItem(role, exercise, dose.sets(), dose.target().min(), dose.target().max(),
          dose.restSeconds(), dose.pauseAtTopSeconds(), dose.load(), dose.isTimed(),
          dose.perSide());
      origin.put(item, p);
      items.add(item);
    }
    return items;
  }

  private static List<Prescription> back(List<DraftItem> items, Map<DraftItem, Prescription> origin) {
    List<Prescription> prescriptions = new ArrayList<>();
    for (DraftItem item : items) {
      Prescription p = origin.get(item);
      Dose.Builder dose = Dose.builder().from(p.dose()).sets(item.sets).restSeconds(item.rest).pauseAtTopSeconds(item.pause);
      TargetRange range = TargetRange.of(item.low, item.high);
      if (item.timed) {
        dose.seconds(range);
      } else {
        dose.repetitions(range);
      }
      Dose fitted = dose.build();
      prescriptions.add(fitted.equals(p.dose()) ? p : p.withDose(fitted));
    }
    return prescriptions;
  }

  /**
   * Removes the items, never an opening movement and never the last of the main block: an adapted
   * session that has lost its opening movements to pain keeps its first item, since a session needs
   * a main block.
   */
  private static boolean drop(DraftSession session, Predicate<DraftItem> which) {
    boolean changed = false;
    for (int i = session.main.size() - 1; i >= 0 && session.main.size() > 1; i--) {
      DraftItem item = session.main.get(i);
      if (!item.role.essential() && which.test(item)) {
        session.main.remove(i);
        changed = true;
      }
    }
    return changed;
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
    for (int i = 0; i < session.coolDown().size(); i++) {
      if (session.coolDown().get(i).timed && session.coolDown().get(i).high > seconds) {
        DraftItem item = session.editableCoolDown().get(i);
        item.high = seconds;
        item.low = Math.min(item.low, seconds);
        changed = true;
      }
    }
    return changed;
  }

  private static boolean dropLastWarmUp(DraftSession session) {
    if (session.warmUp().size() > 1) {
      session.editableWarmUp().remove(session.warmUp().size() - 1);
      return true;
    }
    return false;
  }

  private static boolean dropLastStretch(DraftSession session) {
    if (session.coolDown().size() > 1) {
      session.editableCoolDown().remove(session.coolDown().size() - 1);
      return true;
    }
    return false;
  }
}
