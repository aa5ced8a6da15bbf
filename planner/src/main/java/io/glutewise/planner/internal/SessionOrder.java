package io.glutewise.planner.internal;

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
    List<DraftItem> main = session.main;
    int home = main.get(0).exercise.position().ordinal();
    // an insertion sort in place, stable so that items in the same position keep the template's
    // order: a main block holds a handful of items, and every session of the plan is ordered
    for (int i = 2; i < main.size(); i++) {
      DraftItem item = main.get(i);
      int at = i;
      while (at > 1 && comesBefore(item, main.get(at - 1), home)) {
        main.set(at, main.get(at - 1));
        at--;
      }
      main.set(at, item);
    }
  }

  /** Nearer the opener's position first, then the lower-ranked position of two as near. */
  private static boolean comesBefore(DraftItem item, DraftItem other, int home) {
    int position = item.exercise.position().ordinal();
    int otherPosition = other.exercise.position().ordinal();
    int distance = Math.abs(position - home);
    int otherDistance = Math.abs(otherPosition - home);
    return distance < otherDistance || distance == otherDistance && position < otherPosition;
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
