package io.glutewise.planner.internal;

import io.glutewise.planner.model.GluteGroup;
import java.util.List;

/** Weekly hard sets per glute group of draft sessions, as the statistics count them. */
final class GluteCount {
  private GluteCount() {}

  static double of(DraftItem item, GluteGroup group) {
    return item.sets * item.setsPerSet(group);
  }

  static double of(List<DraftSession> week, GluteGroup group) {
    double total = 0;
    for (DraftSession session : week) {
      for (DraftItem item : session.main) {
        total += of(item, group);
      }
    }
    return total;
  }
}
