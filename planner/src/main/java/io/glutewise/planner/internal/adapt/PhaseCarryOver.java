package io.glutewise.planner.internal.adapt;

import io.glutewise.core.dose.Load;
import io.glutewise.core.program.Prescription;
import io.glutewise.planner.adapt.ChangeKind;
import io.glutewise.planner.internal.AdaptSuitability;
import io.glutewise.planner.rules.ClimbAllowance;
import io.glutewise.planner.rules.Decision;
import java.util.List;
import java.util.Optional;

/**
 * When the plan puts a new exercise in a slot (a new phase), the slot carries on from where it had
 * got to instead of starting afresh:
 *
 * <ul>
 *   <li>a step down not yet earned back, a flare-up, or a last session that hurt keep the slot where
 *       it is (the new phase does not undo a step down);
 *   <li>at or beyond the planned exercise on its ladder, the slot stays where it is;
 *   <li>below it, the slot moves one rung towards it, never more, when that rung suits the trainee
 *       and is within the climb allowance; else it stays;
 *   <li>an exercise on another ladder is taken as planned, unless it was replaced for hurting.
 * </ul>
 */
final class PhaseCarryOver {
  static final String RULE = "carry-over";

  private PhaseCarryOver() {}

  static SlotState apply(ProgramContext context, ReplayState replay, SlotState state, Prescription planned,
      boolean lastHurt) {
    String key = planned.exerciseId();
    if (state.lastPlanned().isEmpty() || state.lastPlanned().get().equals(key)) {
      return state.withLastPlanned(key);
    }
    if (state.position().isEmpty() && state.lastTried().isEmpty()) {
      return state.withLastPlanned(key);
    }
    String at = state.exercise(state.lastPlanned().get());
    // staying put means staying at that exercise, now that the plan names another
    SlotState next = state.withLastPlanned(key)
        .withPosition(Optional.of(state.position().orElse(SlotPosition.start(at, context.catalog))));
    if (at.equals(key)) {
      Optional<String> before = state.lastTried().filter(last -> !context.related(last, key));
      if (before.isPresent()) {
        // the slot had another ladder's exercise last time (a flare-up's or the pain gate's): the new
        // phase's exercise takes over from it, as planned
        return state.withLastPlanned(key).withDecision(Decision.of(RULE, ChangeKind.UNCHANGED, planned,
            "as planned for the new phase: " + context.name(key) + " takes over from " + context.name(before.get())));
      }
      if (state.decision().filter(d -> d.kind() == ChangeKind.PROGRESSED && d.next().exerciseId().equals(key)).isPresent()) {
        // the climb just decided reaches the new phase's exercise: it keeps its own kind and reason
        return state.withLastPlanned(key);
      }
      return state.withLastPlanned(key).withDecision(Decision.held(RULE, planned, "carries on from where the previous phase left off"));
    }
    boolean related = context.related(key, at);
    if (!related) {
      if (state.avoided().contains(key)) {
        return stay(next, state, at, planned, context.name(key)
            + " was replaced earlier because it hurt, so " + context.name(at) + " stays in its place");
      }
      if (state.stepDown().isPresent() && state.position().isPresent()) {
        return stay(next, state, at, planned, "the step down after " + state.stepDown().get()
            + " is not yet earned back, so " + context.name(at) + " stays rather than the planned " + context.name(key));
      }
      if (climbing(state)) {
        // a step decided last time is tried first (never two moves at once); the new phase's
        // exercise comes round again next session, as the plan's last exercise here is unchanged
        return state.withPosition(next.position());
      }
      return next.withPosition(Optional.empty()).withPending(Optional.empty())
          .withDecision(Decision.of(RULE, ChangeKind.UNCHANGED, planned, "as planned for the new phase: "
              + context.name(key) + " takes over from " + context.name(at)));
    }
    Optional<String> blocker = state.stepDown().isPresent() ? Optional.of("the step down after " + state.stepDown().get()
        + " is not yet earned back")
        : replay.flareUp().isPresent() ? Optional.of("a flare-up is still settling")
        : lastHurt ? Optional.of("the last session hurt") : Optional.empty();
    if (context.allHarder(key).contains(at)) {
      return stay(next, state, at, planned, "you had got to " + context.name(at)
          + ", so this carries on from there rather than the planned " + context.name(key));
    }
    if (blocker.isPresent()) {
      return stay(next, state, at, planned, blocker.get() + ", so this stays at " + context.name(at)
          + " rather than moving to the planned " + context.name(key));
    }
    if (climbing(state)) {
      // already on the move: never two at once; the carry-over is decided again next session
      return state.withPosition(next.position());
    }
    // the next rung the trainee can do: one needing what they lack (a band) is passed over, as the
    // ladder climb does, else the slot could never reach the plan's exercise
    List<String> path = context.catalog.ladders().path(at, key).orElse(List.of(at, key));
    String step = path.stream().skip(1)
        .filter(id -> id.equals(key) || AdaptSuitability.suits(context.profile, context.catalog.get(id)))
        .findFirst().orElse(key);
    boolean suits = AdaptSuitability.suits(context.profile, context.catalog.get(step))
        && ClimbAllowance.allows(context.profile, replay.painNow(), context.catalog.get(step))
        && !state.avoided().contains(step);
    if (!suits) {
      return stay(next, state, at, planned, "stays at " + context.name(at)
          + ", since the next rung towards the planned " + context.name(key) + " does not suit you now");
    }
    // a dose step still waiting (out a deload week) gives way to the new phase's rung and dose
    SlotState moved = next.withPending(Optional.empty()).withPosition(step.equals(key) ? Optional.empty()
        : Optional.of(SlotPosition.start(step, context.catalog)));
    return moved.withDecision(Decision.of(RULE, step.equals(key) ? ChangeKind.UNCHANGED : ChangeKind.PROGRESSED, planned,
        step.equals(key) ? "as planned for the new phase, one rung on from " + context.name(at)
            : "one rung up from " + context.name(at) + " to " + context.name(step) + ", on the way to the planned "
                + context.name(key)));
  }

  /**
   * In a deload week, which keeps last week's exercise (the prescription here), a new phase's
   * exercise waits until after it: the slot stays where the trainee is, and the carry-over is
   * decided again next session. Any other state is returned as it is.
   */
  static SlotState untilAfterDeload(ProgramContext context, SlotState before, SlotState carried, Prescription planned,
      Prescription kept) {
    boolean newExercise = before.lastPlanned().filter(last -> !last.equals(planned.exerciseId())).isPresent();
    if (!newExercise || carried.pending().isPresent() || kept.exerciseId().equals(carried.exercise(planned.exerciseId()))) {
      return carried;
    }
    SlotPosition where = before.position().filter(at -> at.exerciseId().equals(kept.exerciseId()))
        .orElseGet(() -> SlotPosition.of(kept, planned, context.catalog));
    return carried.withPosition(Optional.of(where)).withLastPlanned(before.lastPlanned().get());
  }

  /**
   * Whether a step decided earlier moves the slot (another rung, a heavier load) and is not yet
   * tried; a waiting rep or set step on the same exercise does not hold up the new phase's move.
   */
  private static boolean climbing(SlotState state) {
    if (state.pending().isEmpty() || state.position().isEmpty()) {
      return false;
    }
    SlotPosition at = state.position().get();
    if (!state.lastTried().equals(Optional.of(at.exerciseId())) || state.recent().isEmpty()) {
      return true;
    }
    // a heavier load (one earning back a step down, say) is a move too; a rep or a set more is not
    Load last = state.recent().get(state.recent().size() - 1).prescribed().dose().load();
    return at.load().heavierOfTheSameKind(last);
  }

  /**
   * The slot stays at its exercise rather than the new phase's. A replacement decided by the last
   * session (a substitute for an exercise that hurt, a swap) or a step back, not yet tried, keeps its
   * kind, with its own reason first: the slot still changes exercise, and says why.
   */
  private static SlotState stay(SlotState next, SlotState state, String at, Prescription planned, String why) {
    // a replacement or a step back (leaving a flare-up, after a long break) just decided keeps its kind
    Optional<Decision> replaced = state.decision().filter(d -> (d.kind() == ChangeKind.REPLACED
            || d.rule().equals(StepBack.RULE))
        && d.next().exerciseId().equals(at) && state.lastTried().filter(at::equals).isEmpty());
    if (replaced.isPresent()) {
      String prefix = replaced.get().kind().id() + ": ";
      String reason = replaced.get().reason();
      return next.withDecision(Decision.of(replaced.get().rule(), replaced.get().kind(), replaced.get().next(),
          (reason.startsWith(prefix) ? reason.substring(prefix.length()) : reason) + "; " + why));
    }
    return next.withDecision(Decision.held(RULE, planned, why));
  }
}
