package io.glutewise.planner.internal.adapt;

import io.glutewise.planner.rules.Attempt;
import io.glutewise.planner.rules.Decision;
import io.glutewise.planner.rules.Regression;
import io.glutewise.planner.rules.RuleInput;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One step back for every main slot at once (after a long break, or leaving a flare-up): each slot,
 * from the given position, goes one step easier by the rules' own regression (a lighter load, an
 * easier rung, a set fewer, the range's bottom), and the step down stays until it is earned back.
 * A slot never steps back to an exercise replaced since because it hurt.
 */
final class StepBack {
  static final String RULE = "step-back";

  private StepBack() {}

  static ReplayState all(ProgramContext context, ReplayState replay, Map<String, Optional<SlotPosition>> from,
      String why) {
    Map<String, SlotState> slots = new LinkedHashMap<>();
    for (SlotState state : replay.slots().values()) {
      if (state.recent().isEmpty() || state.slot().contains(":")) {
        slots.put(state.slot(), state);
        continue;
      }
      Attempt last = state.recent().get(state.recent().size() - 1);
      Optional<SlotPosition> position = from.getOrDefault(state.slot(), state.position());
      if (position.filter(at -> state.avoided().contains(at.exerciseId())).isPresent()) {
        // replaced for hurting since: never back to it, the step back starts from its replacement
        position = state.position();
      }
      var current = position.map(p -> p.on(last.planned(), context.catalog, false)).orElse(last.planned());
      Attempt asNow = Attempt.builder().from(last).prescribed(current).build();
      RuleInput input = RuleInput.builder().profile(context.profile).catalog(context.catalog)
          .history(java.util.List.of(asNow)).painNow(replay.painNow()).build();
      Optional<Regression.Step> step = Regression.oneStep(input);
      SlotState back = state.withPosition(position).withPending(Optional.empty());
      if (step.isPresent()) {
        back = back.withPosition(Optional.of(SlotPosition.of(step.get().next(), last.planned(), context.catalog)))
            .withStepDown(Optional.of(why))
            .withDecision(Decision.regressed(RULE, step.get().next(), why + ": " + step.get().text()));
      } else {
        back = back.withStepDown(Optional.of(why))
            .withDecision(Decision.held(RULE, current, why + ": this is already the gentlest dose here"));
      }
      slots.put(state.slot(), back);
    }
    return replay.withSlots(slots);
  }
}
