package io.glutewise.planner.internal;

import io.glutewise.core.program.PhaseKind;
import io.glutewise.planner.PlanningRules;
import io.glutewise.planner.screening.WeakGluteBand;
import java.util.ArrayList;
import java.util.List;

/**
 * How the weeks divide into phases and where the deload weeks fall.
 *
 * <p>Phase lengths scale with the program: activation about a sixth (at least one week, as the
 * seeds' first week of better activation), graded by the weak-glute checklist: a twelfth more with
 * some signs (3-5), a sixth more with many (6-9),
 * consolidation about a sixth (at least one week), and the rest split between strength-endurance
 * and strength, strength-endurance taking the odd week. Each phase is cut into blocks of {@code
 * deloadEvery} weeks and a block of at least three weeks ends with a deload.
 */
final class PhasePlan {
  /** One phase: its kind, its first week number and its length, and which of its weeks deload. */
  static final class Span {
    final PhaseKind kind;
    final int firstWeek;
    final int length;
    final boolean[] deload;

    Span(PhaseKind kind, int firstWeek, int length, int deloadEvery) {
      this.kind = kind;
      this.firstWeek = firstWeek;
      this.length = length;
      this.deload = new boolean[length];
      for (int start = 0; start < length; start += deloadEvery) {
        int size = Math.min(deloadEvery, length - start);
        if (size >= PlanningRules.MIN_WEEKS_FOR_DELOAD) {
          deload[start + size - 1] = true;
        }
      }
    }

    boolean isDeload(int weekInPhase) {
      return deload[weekInPhase];
    }

    int normalWeeks() {
      int normal = 0;
      for (boolean d : deload) {
        normal += d ? 0 : 1;
      }
      return normal;
    }
  }

  private PhasePlan() {}

  static List<Span> of(int weeks, int deloadEvery, WeakGluteBand band) {
    int activation = Math.max(1, (int) Math.round(weeks / 6.0));
    if (band == WeakGluteBand.SOME) {
      activation += (int) Math.round(weeks / 12.0);
    } else if (band == WeakGluteBand.MANY) {
      activation += Math.max(1, (int) Math.round(weeks / 6.0));
    }
    int consolidation = Math.max(1, (int) Math.round(weeks / 6.0));
    while (weeks - activation - consolidation < 2) {
      if (activation >= consolidation && activation > 1) {
        activation--;
      } else {
        consolidation--;
      }
    }
    int rest = weeks - activation - consolidation;
    int strengthEndurance = (rest + 1) / 2;
    int strength = rest - strengthEndurance;
    List<Span> spans = new ArrayList<>();
    int first = 1;
    int[] lengths = {activation, strengthEndurance, strength, consolidation};
    PhaseKind[] kinds = {PhaseKind.ACTIVATION, PhaseKind.STRENGTH_ENDURANCE, PhaseKind.STRENGTH, PhaseKind.CONSOLIDATION};
    for (int i = 0; i < kinds.length; i++) {
      spans.add(new Span(kinds[i], first, lengths[i], deloadEvery));
      first += lengths[i];
    }
    return spans;
  }
}
