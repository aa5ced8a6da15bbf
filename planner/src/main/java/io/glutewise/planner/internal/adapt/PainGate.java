package io.glutewise.planner.internal.adapt;

import io.glutewise.planner.rules.Decision;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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

  static ReplayState apply(ReplayState replay, String why, Set<String> doneHere) {
    Map<String, SlotState> slots = new LinkedHashMap<>();
    for (SlotState state : replay.slots().values()) {
      SlotState gated = state;
      // a pending step is one not yet tried: decided before this session (a slot not done in it, or
      // waiting out a deload) or, against the rules, in it; either way it waits
      if (state.pending().isPresent()) {
        gated = state.withPosition(state.pending().get().before()).withPending(java.util.Optional.empty());
        gated = gated.withDecision(Decision.held(RULE, state.decision().orElseThrow().next(),
            "the step up waits, because " + why));
      }
      slots.put(state.slot(), gated);
    }
    return replay.withSlots(slots);
  }
}
