package io.glutewise.planner.internal.adapt;

import io.glutewise.planner.rules.Attempt;
import io.glutewise.planner.rules.Decision;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One slot of the program followed through the logs, whatever exercise fills it: where it has got
 * to, the latest decision, a step up not yet tried (and where to go back to if a session hurts
 * first), a step down not yet earned back, the latest attempts, and the exercises that hurt in it.
 *
 * @param slot the slot's slug
 * @param position where it has got to; empty while it is as planned
 * @param lastPlanned the exercise the plan had here the last time the slot came round
 * @param lastTried the exercise prescribed at the latest attempt
 * @param pending a step up not yet tried, with the position before it
 * @param stepDown why the slot was stepped down, while that is not yet earned back
 * @param decision the latest decision
 * @param recent the latest attempts, oldest first, at most {@value #HISTORY}
 * @param hurtCounts per exercise, the sessions in which it hurt above the gate
 * @param avoided exercises replaced because they hurt; never brought back to this slot
 * @param lastRule the rule of the change the latest attempt was given (why that exercise was in it)
 */
record SlotState(
    String slot,
    Optional<SlotPosition> position,
    Optional<String> lastPlanned,
    Optional<String> lastTried,
    Optional<Pending> pending,
    Optional<String> stepDown,
    Optional<Decision> decision,
    List<Attempt> recent,
    Map<String, Integer> hurtCounts,
    Set<String> avoided,
    Optional<String> lastRule) {
  /**
   * Attempts kept per slot: enough for every rule (the longest row a criterion asks for is a few
   * sessions), and a bound that keeps the cost of the adaptive step linear in the history.
   */
  static final int HISTORY = 6;

  /**
   * A step up not yet tried.
   *
   * @param before the position before it; empty when that was as planned
   */
  record Pending(Optional<SlotPosition> before) {}

  SlotState {
    recent = List.copyOf(recent);
    hurtCounts = Map.copyOf(hurtCounts);
    avoided = Set.copyOf(avoided);
  }

  /** A slot not yet come round. */
  static SlotState fresh(String slot) {
    return new SlotState(slot, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(), Map.of(), Set.of(), Optional.empty());
  }

  /** The exercise the slot is at now, given the planned one. */
  String exercise(String planned) {
    return position.map(SlotPosition::exerciseId).orElse(planned);
  }

  SlotState withPosition(Optional<SlotPosition> value) {
    return new SlotState(slot, value, lastPlanned, lastTried, pending, stepDown, decision, recent, hurtCounts, avoided, lastRule);
  }

  SlotState withLastPlanned(String value) {
    return new SlotState(slot, position, Optional.of(value), lastTried, pending, stepDown, decision, recent, hurtCounts, avoided, lastRule);
  }

  SlotState withLastTried(String value) {
    return new SlotState(slot, position, lastPlanned, Optional.of(value), pending, stepDown, decision, recent, hurtCounts, avoided, lastRule);
  }

  SlotState withPending(Optional<Pending> value) {
    return new SlotState(slot, position, lastPlanned, lastTried, value, stepDown, decision, recent, hurtCounts, avoided, lastRule);
  }

  SlotState withStepDown(Optional<String> value) {
    return new SlotState(slot, position, lastPlanned, lastTried, pending, value, decision, recent, hurtCounts, avoided, lastRule);
  }

  SlotState withDecision(Decision value) {
    return new SlotState(slot, position, lastPlanned, lastTried, pending, stepDown, Optional.of(value), recent, hurtCounts, avoided, lastRule);
  }

  /** The attempts with one more, the oldest dropped beyond {@value #HISTORY}. */
  SlotState withAttempt(Attempt attempt) {
    List<Attempt> more = new ArrayList<>(recent);
    more.add(attempt);
    if (more.size() > HISTORY) {
      more.remove(0);
    }
    return new SlotState(slot, position, lastPlanned, lastTried, pending, stepDown, decision, more, hurtCounts, avoided, lastRule);
  }

  /** One more session in which the exercise hurt above the gate. */
  SlotState withHurt(String exerciseId) {
    Map<String, Integer> counts = new HashMap<>(hurtCounts);
    counts.merge(exerciseId, 1, Integer::sum);
    return new SlotState(slot, position, lastPlanned, lastTried, pending, stepDown, decision, recent, counts, avoided, lastRule);
  }

  /** The exercise replaced for hurting, never to come back here. */
  SlotState withAvoided(String exerciseId) {
    Set<String> more = new HashSet<>(avoided);
    more.add(exerciseId);
    return new SlotState(slot, position, lastPlanned, lastTried, pending, stepDown, decision, recent, hurtCounts, more, lastRule);
  }

  SlotState withLastRule(Optional<String> value) {
    return new SlotState(slot, position, lastPlanned, lastTried, pending, stepDown, decision, recent, hurtCounts, avoided, value);
  }

  /** How many sessions the exercise hurt in, above the gate. */
  int hurtCount(String exerciseId) {
    return hurtCounts.getOrDefault(exerciseId, 0);
  }
}
