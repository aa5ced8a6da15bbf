package io.glutewise.planner.internal;

import io.glutewise.core.program.Session;
import io.glutewise.planner.stats.SessionDuration;
import java.time.LocalDate;
import java.util.ArrayList;
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
    return new DraftSession(index, emphasis, copyAll(warmUp), copyAll(main), copyAll(coolDown));
  }

  private static List<DraftItem> copyAll(List<DraftItem> items) {
    List<DraftItem> copies = new ArrayList<>(items.size());
    for (DraftItem item : items) {
      copies.add(item.copy());
    }
    return copies;
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

  /** The session; prescriptions come from the cache, so that equal ones are built once. */
  Session build(int week, LocalDate date, Map<Object, Prescription> cache) {
    Session.Builder session = Session.builder().week(week).index(index).date(date).estimatedMinutes(minutes());
    warmUp.forEach(i -> session.addWarmUp(cache.computeIfAbsent(i.key(), k -> i.prescription())));
    main.forEach(i -> session.addMain(cache.computeIfAbsent(i.key(), k -> i.prescription())));
    coolDown.forEach(i -> session.addCoolDown(cache.computeIfAbsent(i.key(), k -> i.prescription())));
    return session.build();
  }
}
