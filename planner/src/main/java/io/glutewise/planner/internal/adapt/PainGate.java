package io.glutewise.planner.internal.adapt;

import io.glutewise.planner.rules.Decision;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.glutewise.core.program.Prescription;

/**
 * After a session that hurt ({@link io.glutewise.planner.adapt.SessionPain}), nothing anywhere in the
 * program moves on: every slot, done in that session or not (left out to fit the minutes, on the
 * other days' emphasis, warm-up and cool-down), keeps no step up not yet tried; the slots done in it
 * never progress. The rules already hold or step down the slots that were done; this step is the net
 * that catches the rest.
 */
final class PainGate {
  static final String RULE = "pain-gate";

  private PainGate() {}

  /**
   * The slot's prescription held at its last one when it would be more than that: after a session
   * that hurt (the plan's own week-to-week steps wait too: more sets, a longer range, more load, a
   * harder exercise), and in a deload week for the load. Empty when nothing needs capping.
   */
  static Optional<Prescription> cap(ProgramContext context, SlotState state, Prescription adapted, boolean lastHurt,
      boolean deload) {
    if ((!lastHurt && !deload) || state.recent().isEmpty()) {
      return Optional.empty();
    }
    Prescription last = state.recent().get(state.recent().size() - 1).prescribed();
    if (state.avoided().contains(last.exerciseId()) || !context.catalog.find(last.exerciseId()).isPresent()) {
      // replaced because it hurt: the replacement is the gentler choice, whatever its step
      return Optional.empty();
    }
    boolean heavier = adapted.dose().load().heavierOfTheSameKind(last.dose().load());
    if (deload) {
      return heavier && adapted.exerciseId().equals(last.exerciseId())
          ? Optional.of(adapted.withDose(io.glutewise.core.dose.Dose.builder().from(adapted.dose())
              .load(last.dose().load()).build()))
          : Optional.empty();
    }
    if (!adapted.exerciseId().equals(last.exerciseId())) {
      boolean harder = context.catalog.get(adapted.exerciseId()).difficulty()
          > context.catalog.get(last.exerciseId()).difficulty();
      if (!harder) {
        // another exercise no harder (a swap, a replacement): it stays, with no more sets than before
        return adapted.dose().sets() > last.dose().sets()
            ? Optional.of(adapted.withDose(io.glutewise.core.dose.Dose.builder().from(adapted.dose())
                .sets(last.dose().sets()).build()))
            : Optional.empty();
      }
      return Optional.of(adapted.slot().map(last::withSlot).orElse(last));
    }
    boolean more = heavier
        || adapted.dose().sets() > last.dose().sets()
        || adapted.dose().isTimed() == last.dose().isTimed() && adapted.dose().target().min() > last.dose().target().min();
    if (!more) {
      return Optional.empty();
    }
    return Optional.of(adapted.slot().map(last::withSlot).orElse(last));
  }

  static ReplayState apply(ReplayState replay, String why, Set<String> doneHere) {
    Map<String, SlotState> slots = new LinkedHashMap<>();
    for (SlotState state : replay.slots().values()) {
      SlotState gated = state;
      // a pending step is one not yet tried: decided before this session (a slot not done in it, or
      // waiting out a deload) or, against the rules, in it; either way it waits
      boolean replaced = state.decision().filter(d -> d.kind() == io.glutewise.planner.adapt.ChangeKind.REPLACED)
          .isPresent();
      if (state.pending().isPresent() && replaced) {
        // a replacement decided in this session stands; the step up it displaced is dropped
        gated = state.withPending(java.util.Optional.empty());
      } else if (state.pending().isPresent()) {
        gated = state.withPosition(state.pending().get().before()).withPending(java.util.Optional.empty());
        gated = gated.withDecision(Decision.held(RULE, state.decision().orElseThrow().next(),
            "the step up waits, because " + why));
      }
      slots.put(state.slot(), gated);
    }
    return replay.withSlots(slots);
  }
}
