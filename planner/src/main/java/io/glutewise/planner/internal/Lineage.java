package io.glutewise.planner.internal;

import io.glutewise.core.dose.Load;
import io.glutewise.planner.rules.Attempt;
import io.glutewise.planner.rules.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One place of the program, followed through the logs: keyed by the exercise the plan has there,
 * it remembers where the trainee has got to (the exercise, load, aim, extra or fewer sets), the
 * attempts so far and the latest decision.
 */
final class Lineage {
  /** Where a place has got to, relative to the plan. */
  static final class Position {
    final String exerciseId;
    final Load load;
    final int aim;
    final Optional<Integer> stretchedTop;
    /** Sets to do at least, when a rule added sets beyond the plan; 0 otherwise. */
    final int minSets;
    /** Sets taken off the plan's by a regression; 0 otherwise. */
    final int setsCut;

    Position(String exerciseId, Load load, int aim, Optional<Integer> stretchedTop, int minSets, int setsCut) {
      this.exerciseId = exerciseId;
      this.load = load;
      this.aim = aim;
      this.stretchedTop = stretchedTop;
      this.minSets = minSets;
      this.setsCut = setsCut;
    }

    /** The sets for a place whose plan (or deload) has the given sets. */
    int sets(int planned, boolean deload) {
      int sets = deload ? planned - setsCut : Math.max(planned, minSets) - setsCut;
      return Math.max(1, Math.min(10, sets));
    }
  }

  final String key;
  final List<Attempt> history = new ArrayList<>();
  /** Null while the place is as planned. */
  Position position;
  /** The latest decision, null before any. */
  Decision decision;
  /** The exercise prescribed at the latest attempt, null before any. */
  String lastPrescribed;
  /** Whether the latest decision is a progression not yet tried. */
  boolean pending;
  /** The position before that untried progression. */
  Position beforePending;

  Lineage(String key) {
    this.key = key;
  }

  /** The exercise this place is at now. */
  String currentExercise() {
    return position == null ? key : position.exerciseId;
  }
}
