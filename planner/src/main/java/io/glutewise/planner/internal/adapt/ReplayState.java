package io.glutewise.planner.internal.adapt;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a replay has got to after some sessions: every slot's state, the latest next-morning pain,
 * the trainee's latest reported pain, the highest pains of the latest done sessions, a flare-up in
 * progress, and the latest session done (for breaks).
 *
 * @param slots every slot's state, in the order slots first came round
 * @param lastNextMorning the latest next-morning pain recorded
 * @param painNow the latest pain reported (before, or the next morning), else the profile's
 * @param recentPains the highest pain of each of the latest done sessions, oldest first, at most three
 * @param flareUp the flare-up in progress
 * @param lastDone the date of the latest session done
 * @param comeback the latest break from training and the week after it
 * @param lastHurt whether the latest done session hurt
 */
record ReplayState(
    Map<String, SlotState> slots,
    Optional<Integer> lastNextMorning,
    int painNow,
    List<Integer> recentPains,
    Optional<FlareUp> flareUp,
    Optional<LocalDate> lastDone,
    Optional<Comeback> comeback,
    boolean lastHurt) {
  ReplayState {
    slots = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(slots));
    recentPains = List.copyOf(recentPains);
  }

  /**
   * A return after a break of more than {@value #SHORT_BREAK_DAYS} days.
   *
   * @param lastBefore the date of the last session done before the break
   * @param days the days between that session and the session being adapted (the first one back)
   * @param until the sessions before this date get the comeback dose; empty until a session is done
   *     after the break
   */
  record Comeback(LocalDate lastBefore, int days, Optional<LocalDate> until) {
    /** Whether a session on the date gets the comeback dose. */
    boolean covers(LocalDate date) {
      return until.map(date::isBefore).orElse(true);
    }

    /** Whether no session has been done since the break. */
    boolean open() {
      return until.isEmpty();
    }
  }

  /**
   * The longest gap between sessions that only holds: up to 3 weeks off, strength is largely kept
   * (evidence.md section 11: Mujika and Padilla 2001).
   */
  static final int SHORT_BREAK_DAYS = 21;

  /** The longest gap that gets the lighter comeback dose rather than a step back: 8 weeks (section 11). */
  static final int LONG_BREAK_DAYS = 56;

  /** Days the lighter comeback dose lasts after a medium break: one week (section 11: 1-2 weeks). */
  static final int COMEBACK_DAYS = 7;

  static ReplayState start(int painNow) {
    return new ReplayState(Map.of(), Optional.empty(), painNow, List.of(), Optional.empty(), Optional.empty(),
        Optional.empty(), false);
  }

  SlotState slot(String slot) {
    SlotState state = slots.get(slot);
    return state != null ? state : SlotState.fresh(slot);
  }

  ReplayState with(SlotState state) {
    Map<String, SlotState> more = new LinkedHashMap<>(slots);
    more.put(state.slot(), state);
    return withSlots(more);
  }

  ReplayState withSlots(Map<String, SlotState> value) {
    return new ReplayState(value, lastNextMorning, painNow, recentPains, flareUp, lastDone, comeback, lastHurt);
  }

  ReplayState withPain(Optional<Integer> nextMorning, int now, List<Integer> pains) {
    return new ReplayState(slots, nextMorning, now, pains, flareUp, lastDone, comeback, lastHurt);
  }

  ReplayState withFlareUp(Optional<FlareUp> value) {
    return new ReplayState(slots, lastNextMorning, painNow, recentPains, value, lastDone, comeback, lastHurt);
  }

  ReplayState withLastDone(LocalDate value) {
    return new ReplayState(slots, lastNextMorning, painNow, recentPains, flareUp, Optional.of(value), comeback, lastHurt);
  }

  ReplayState withLastHurt(boolean value) {
    return new ReplayState(slots, lastNextMorning, painNow, recentPains, flareUp, lastDone, comeback, value);
  }

  ReplayState withComeback(Comeback value) {
    return new ReplayState(slots, lastNextMorning, painNow, recentPains, flareUp, lastDone, Optional.of(value), lastHurt);
  }
}
