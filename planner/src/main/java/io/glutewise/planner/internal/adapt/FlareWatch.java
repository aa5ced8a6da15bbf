package io.glutewise.planner.internal.adapt;

import io.glutewise.core.log.SessionLog;
import io.glutewise.planner.adapt.SessionPain;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Watches for a flare-up after each done session, and for its end.
 *
 * <p>It starts when the pain before a session is at or above the trainee's limit (for a trainee
 * whose everyday pain is already there: above that everyday pain), or when the session's highest
 * pain rose on three sessions in a row and left the safe band (above {@value #SAFE}/10; evidence.md
 * section 3: 0-3 safe). It ends after {@value FlareUp#CALM_SESSIONS_TO_EXIT} done sessions in a row
 * that did not hurt and whose highest pain is at or below the trainee's usual level (or within the
 * safe band): then every
 * slot resumes one step below where it was before the flare-up. Pain still higher than at the start
 * {@value FlareUp#ESCALATE_AFTER_DAYS} days or more into it puts "see a clinician" first (evidence.md
 * section 4: pain that worsens over weeks is a red flag; section 11: a flare-up lasts hours to weeks).
 */
final class FlareWatch {
  /** The top of the safe band of pain during exercise (evidence.md section 3). */
  static final int SAFE = 3;

  /** Sessions of rising pain that start a flare-up. */
  static final int RISING_SESSIONS = 3;

  private FlareWatch() {}

  static ReplayState record(ProgramContext context, ReplayState replay, SessionLog log, boolean hurt) {
    int highest = Math.max(log.painDuring(), Math.max(log.painBefore().orElse(0), log.painNextMorning().orElse(0)));
    List<Integer> pains = new ArrayList<>(replay.recentPains());
    pains.add(highest);
    while (pains.size() > RISING_SESSIONS) {
      pains.remove(0);
    }
    int now = log.painNextMorning().or(log::painBefore).orElse(replay.painNow());
    ReplayState next = replay.withPain(log.painNextMorning().or(replay::lastNextMorning), now, pains);
    int usual = context.profile.currentPain();
    if (replay.flareUp().isPresent()) {
      FlareUp flare = replay.flareUp().get();
      // calm: no higher than the usual pain (or the safe band), and not a session that hurt
      int calm = highest <= Math.max(usual, SAFE) && !hurt ? flare.calmSessions() + 1 : 0;
      boolean worsening = ChronoUnit.DAYS.between(flare.since(), log.date()) >= FlareUp.ESCALATE_AFTER_DAYS
          && highest > flare.painAtStart();
      if (calm >= FlareUp.CALM_SESSIONS_TO_EXIT) {
        ReplayState ended = next.withFlareUp(Optional.empty());
        return StepBack.all(context, ended, flare.before(), "back from the flare-up, one step below where you were");
      }
      return next.withFlareUp(Optional.of(flare.after(calm, worsening)));
    }
    if (starts(context, log, pains)) {
      Map<String, Optional<SlotPosition>> before = new LinkedHashMap<>();
      replay.slots().values().forEach(s -> before.put(s.slot(), s.pending().map(SlotState.Pending::before)
          .orElse(s.position())));
      return next.withFlareUp(Optional.of(new FlareUp(log.date(), highest, 0, false, before)));
    }
    return next;
  }

  /** Whether this session starts a flare-up. */
  static boolean starts(ProgramContext context, SessionLog log, List<Integer> pains) {
    int limit = context.profile.painLimit();
    int usual = context.profile.currentPain();
    boolean baseline = SessionPain.isBaselineGate(context.profile);
    boolean before = log.painBefore().filter(p -> p >= limit && !(baseline && p <= usual)).isPresent();
    boolean rising = pains.size() == RISING_SESSIONS && pains.get(0) < pains.get(1) && pains.get(1) < pains.get(2)
        && pains.get(2) > SAFE;
    return before || rising;
  }
}
