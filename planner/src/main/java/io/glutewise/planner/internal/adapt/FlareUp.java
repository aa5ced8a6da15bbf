package io.glutewise.planner.internal.adapt;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * A flare-up in progress: since when, the pain that started it, the calm sessions in a row since,
 * whether pain is still worsening two weeks on, and where every slot was before it.
 *
 * @param since the date of the session that started it
 * @param painAtStart the highest pain of that session
 * @param calmSessions done sessions in a row at or below the trainee's usual pain since
 * @param worseningAfterTwoWeeks whether pain was higher than at the start two weeks or more later
 * @param before every slot's position before the flare-up (empty: as planned)
 */
record FlareUp(LocalDate since, int painAtStart, int calmSessions, boolean worseningAfterTwoWeeks,
    Map<String, Optional<SlotPosition>> before) {
  /** Days of flare-up plans after which worsening pain puts "see a clinician" first (two weeks). */
  static final int ESCALATE_AFTER_DAYS = 14;

  /** Calm sessions in a row that end a flare-up. */
  static final int CALM_SESSIONS_TO_EXIT = 2;

  FlareUp {
    before = Map.copyOf(before);
  }

  FlareUp after(int calm, boolean worsening) {
    return new FlareUp(since, painAtStart, calm, worseningAfterTwoWeeks || worsening, before);
  }
}
