package io.glutewise.planner.internal;

import io.glutewise.core.program.Session;
import io.glutewise.planner.stats.SessionDuration;
import java.time.LocalDate;
import java.util.List;

/** A session being planned: mutable while it is fitted to the minutes and progressed. */
final class DraftSession {
  final int index;
  final Emphasis emphasis;
  final List<DraftItem> main;
  // most sessions keep the plan's warm-up and cool-down as they are: they are shared, not copied,
  // until a trim changes them (see editableWarmUp and editableCoolDown)
  private List<DraftItem> warmUp;
  private List<DraftItem> coolDown;
  private boolean ownsWarmUp;
  private boolean ownsCoolDown;
  /** The seconds of the shared warm-up and cool-down once added up; -1 before, or once either is its own. */
  private int sharedPartsSeconds = -1;

  /** A session; the warm-up and cool-down lists may be shared with other sessions and are never changed. */
  DraftSession(int index, Emphasis emphasis, List<DraftItem> warmUp, List<DraftItem> main, List<DraftItem> coolDown) {
    this.index = index;
    this.emphasis = emphasis;
    this.warmUp = warmUp;
    this.main = main;
    this.coolDown = coolDown;
  }

  /** A session that owns its warm-up and cool-down lists: trims change them in place, items keep their identity. */
  static DraftSession owning(int index, Emphasis emphasis, List<DraftItem> warmUp, List<DraftItem> main,
      List<DraftItem> coolDown) {
    DraftSession session = new DraftSession(index, emphasis, warmUp, main, coolDown);
    session.ownsWarmUp = true;
    session.ownsCoolDown = true;
    return session;
  }

  /** A copy to change on its own: its main block is copied, its warm-up and cool-down shared until changed. */
  DraftSession copy() {
    ownsWarmUp = false;
    ownsCoolDown = false;
    DraftSession copy = new DraftSession(index, emphasis, warmUp, DraftItem.copyAll(main), coolDown);
    copy.sharedPartsSeconds = sharedPartsSeconds;
    return copy;
  }

  /** The warm-up, to read. */
  List<DraftItem> warmUp() {
    return warmUp;
  }

  /** The cool-down, to read. */
  List<DraftItem> coolDown() {
    return coolDown;
  }

  /** The warm-up, to change: this session's own copy, made on the first change. */
  List<DraftItem> editableWarmUp() {
    if (!ownsWarmUp) {
      warmUp = DraftItem.copyAll(warmUp);
      ownsWarmUp = true;
    }
    sharedPartsSeconds = -1;
    return warmUp;
  }

  /** The cool-down, to change: this session's own copy, made on the first change. */
  List<DraftItem> editableCoolDown() {
    if (!ownsCoolDown) {
      coolDown = DraftItem.copyAll(coolDown);
      ownsCoolDown = true;
    }
    sharedPartsSeconds = -1;
    return coolDown;
  }

  int seconds() {
    return partsSeconds() + seconds(main);
  }

  /**
   * The warm-up's and cool-down's seconds: while both are shared they never change, so they are
   * added up once (every step of fitting and allocating asks); a list of the session's own may be
   * changed by whoever asked for it, so it is added up every time.
   */
  private int partsSeconds() {
    if (ownsWarmUp || ownsCoolDown) {
      return seconds(warmUp) + seconds(coolDown);
    }
    if (sharedPartsSeconds < 0) {
      sharedPartsSeconds = seconds(warmUp) + seconds(coolDown);
    }
    return sharedPartsSeconds;
  }

  private static int seconds(List<DraftItem> items) {
    int total = 0;
    for (int i = 0; i < items.size(); i++) {
      total += items.get(i).seconds();
    }
    return total;
  }

  int minutes() {
    return SessionDuration.minutes(seconds());
  }

  int mainSets() {
    int sets = 0;
    for (DraftItem item : main) {
      sets += item.sets;
    }
    return sets;
  }

  /** The session, every prescription labelled with its slot ({@link Slots}). */
  Session build(int week, LocalDate date, BuiltPrescriptions built) {
    Session.Builder session = Session.builder().week(week).index(index).date(date).estimatedMinutes(minutes());
    session.addAllWarmUp(built.of(warmUp, Slots.WARM_UP));
    for (DraftItem item : main) {
      session.addMain(built.of(item, Slots.of(item.role)));
    }
    session.addAllCoolDown(built.of(coolDown, Slots.COOL_DOWN));
    return session.build();
  }
}
