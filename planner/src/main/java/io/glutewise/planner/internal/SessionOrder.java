package io.glutewise.planner.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders a session's main block by body position ({@link io.glutewise.core.exercise.BodyPosition},
 * ranked from lying on the back to standing): the opening movement stays first, and the others
 * follow from the positions nearest to it to the farthest, so that each position is taken once.
 */
final class SessionOrder {
  private SessionOrder() {}

  /** Reorders the main block in place. */
  static void apply(DraftSession session) {
    if (session.main.size() < 3) {
      return;
    }
    DraftItem opener = session.main.get(0);
    int home = opener.exercise.position().ordinal();
    List<DraftItem> rest = new ArrayList<>(session.main.subList(1, session.main.size()));
    // stable: items in the same position keep the template's order
    rest.sort(Comparator.comparingInt((DraftItem i) -> Math.abs(i.exercise.position().ordinal() - home))
        .thenComparingInt(i -> i.exercise.position().ordinal()));
    session.main.subList(1, session.main.size()).clear();
    session.main.addAll(rest);
  }

  /** How many times the trainee changes position in the main block. */
  static int transitions(DraftSession session) {
    int changes = 0;
    for (int i = 1; i < session.main.size(); i++) {
      if (session.main.get(i).exercise.position() != session.main.get(i - 1).exercise.position()) {
        changes++;
      }
    }
    return changes;
  }
}
