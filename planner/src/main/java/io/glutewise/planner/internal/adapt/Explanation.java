package io.glutewise.planner.internal.adapt;

import io.glutewise.core.dose.DoseWords;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.SessionPart;
import io.glutewise.planner.adapt.AdaptedSession;
import io.glutewise.planner.adapt.Change;
import io.glutewise.planner.adapt.ChangeKind;
import io.glutewise.planner.rules.Decision;
import java.util.ArrayList;
import java.util.List;

/**
 * The last step: one change per main-block prescription with its reason, the slots left out with
 * theirs, and the warm-up and cool-down changes; and the change a slot's state gives before any
 * shaping.
 */
final class Explanation {
  private Explanation() {}

  /** The change for a main-block slot from its latest decision (or as planned), in a deload week or not. */
  static Change of(ProgramContext context, SlotState state, Prescription planned, Prescription adapted, boolean deload) {
    Change.Builder change = base(planned, adapted, state);
    Decision decision = state.decision().orElse(null);
    if (deload && decision != null && decision.kind() == ChangeKind.REPLACED) {
      // a replacement stays one in a deload week: the exercise is new, only its sets are the deload's
      return change.kind(ChangeKind.REPLACED).rule(decision.rule())
          .reason(decision.reason() + "; this is a deload week, so " + adapted.dose().sets() + " set"
              + (adapted.dose().sets() == 1 ? "" : "s") + " for now")
          .build();
    }
    if (deload && (decision == null || decision.kind() != ChangeKind.REGRESSED)) {
      return change.kind(ChangeKind.DELOAD)
          .reason("deload: a lighter week for recovery, " + adapted.dose().sets() + " set"
              + (adapted.dose().sets() == 1 ? "" : "s") + " of the same exercise at no more load; progress resumes after it")
          .build();
    }
    if (decision == null) {
      return change.kind(ChangeKind.UNCHANGED).reason("unchanged: as planned").build();
    }
    return change.kind(decision.kind()).reason(decision.reason() + inThisWeek(decision, adapted)).rule(decision.rule())
        .build();
  }

  /**
   * The dose a step decided last time comes to in this session's plan, when that differs from the
   * dose the step names (a new week's or phase's range); empty otherwise, so that the reason never
   * states another dose than the prescription beside it.
   */
  private static String inThisWeek(Decision decision, Prescription adapted) {
    Prescription named = decision.next();
    boolean moved = decision.kind() == ChangeKind.PROGRESSED || decision.kind() == ChangeKind.REGRESSED;
    if (!moved || !named.exerciseId().equals(adapted.exerciseId()) || named.dose().equals(adapted.dose())) {
      return "";
    }
    return "; with this week's plan that is " + DoseWords.of(adapted.dose());
  }

  /** A change of the given kind and rule, with the reason after the kind. */
  static Change of(Prescription planned, Prescription adapted, SlotState state, ChangeKind kind, String rule, String why) {
    return base(planned, adapted, state).kind(kind).rule(rule).reason(kind.id() + ": " + why).build();
  }

  private static Change.Builder base(Prescription planned, Prescription adapted, SlotState state) {
    Change.Builder change = Change.builder().exerciseId(adapted.exerciseId());
    if (!planned.exerciseId().equals(adapted.exerciseId())) {
      change.plannedExerciseId(planned.exerciseId());
    }
    state.lastTried().filter(last -> !last.equals(adapted.exerciseId())).ifPresent(change::previousExerciseId);
    return change;
  }

  /** The adapted session: the kept prescriptions in order, their changes, and what was left out. */
  static AdaptedSession session(Session fitted, List<SlotItem> items) {
    List<Change> changes = new ArrayList<>();
    List<Change> leftOut = new ArrayList<>();
    List<Change> other = new ArrayList<>();
    for (SlotItem item : items) {
      if (item.part() == SessionPart.MAIN) {
        (item.adapted().isPresent() ? changes : leftOut).add(item.change());
      } else if (item.change().kind() != ChangeKind.UNCHANGED) {
        other.add(item.change());
      }
    }
    return AdaptedSession.of(fitted, changes, leftOut, other);
  }
}
