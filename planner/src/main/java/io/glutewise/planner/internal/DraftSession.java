package io.glutewise.planner.internal;

import io.glutewise.core.program.Session;
import io.glutewise.planner.stats.SessionDuration;
import java.time.LocalDate;
import io.glutewise.core.program.Prescription;
import java.util.List;
import java.util.Map;

/** A session being planned: mutable while it is fitted to the minutes and progressed. */
final class DraftSession {
  final int index;
  final Emphasis emphasis;
  final List<DraftItem> warmUp;
  final List<DraftItem> main;
  final List<DraftItem> coolDown;

  DraftSession(int index, Emphasis emphasis, List<DraftItem> warmUp, List<DraftItem> main, List<DraftItem> coolDown) {
    this.index = index;
    this.emphasis = emphasis;
    this.warmUp = warmUp;
    this.main = main;
    this.coolDown = coolDown;
  }

  DraftSession copy() {
    return new DraftSession(index, emphasis, DraftItem.copyAll(warmUp), DraftItem.copyAll(main),
        DraftItem.copyAll(coolDown));
  }

  int seconds() {
    int total = 0;
    for (DraftItem item : warmUp) {
      total += item.seconds();
    }
    for (DraftItem item : main) {
      total += item.seconds();
    }
    for (DraftItem item : coolDown) {
      total += item.seconds();
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

  DraftItem item(SlotRole role) {
    for (DraftItem item : main) {
      if (item.role == role) {
        return item;
      }
    }
    return null;
  }

  /**
   * The session, every prescription labelled with its slot ({@link Slots}); prescriptions come from
   * the cache, so that equal ones are built (and checked) once.
   */
  Session build(int week, LocalDate date, Map<Object, Prescription> cache) {
    Session.Builder session = Session.builder().week(week).index(index).date(date).estimatedMinutes(minutes());
    warmUp.forEach(i -> session.addWarmUp(prescription(i, Slots.WARM_UP, cache)));
    main.forEach(i -> session.addMain(prescription(i, Slots.of(i.role), cache)));
    coolDown.forEach(i -> session.addCoolDown(prescription(i, Slots.COOL_DOWN, cache)));
    return session.build();
  }

  private static Prescription prescription(DraftItem item, String slot, Map<Object, Prescription> cache) {
    return cache.computeIfAbsent(item.key(slot), k -> item.prescription(slot));
  }
}
