package io.glutewise.planner.internal.adapt;

import io.glutewise.core.log.SessionLog;
import io.glutewise.core.log.SessionStatus;
import io.glutewise.core.program.PhaseKind;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.SessionPart;
import io.glutewise.planner.adapt.Change;
import io.glutewise.planner.adapt.ChangeKind;
import io.glutewise.planner.adapt.SessionPain;
import io.glutewise.planner.rules.Attempt;
import io.glutewise.planner.rules.DoseSteps;
import io.glutewise.planner.rules.DoubleProgressionRule;
import io.glutewise.planner.rules.HoldTimeRule;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Replays the program session by session: {@link #adapt} gives a session as the trainee would see
 * it now (each step of the pipeline in turn), {@link #record} takes its log into the state. Each
 * call costs the same whatever the history's length, so a replay is linear in the logs.
 */
final class Replay {
  static final String DUPLICATE = "no-duplicate";
  static final String RETURN = "back-to-slot";

  private Replay() {}

  /**
   * A session adapted to the state, and the state after it (a new phase's carry-over, a break's step
   * back).
   *
   * @param state the state after adapting
   * @param fitted the session and its items
   */
  record Adapted(ReplayState state, Fitting.Fitted fitted) {}

  static Adapted adapt(ProgramContext context, ReplayState replay, Session planned) {
    ReplayState state = replay;
    boolean deload = context.isDeload(planned);
    int gap = state.lastDone().map(d -> (int) ChronoUnit.DAYS.between(d, planned.date())).orElse(0);
    ReplayState start = state;
    boolean newBreak = gap > ReplayState.SHORT_BREAK_DAYS
        && start.comeback().map(c -> !c.lastBefore().equals(start.lastDone().get())).orElse(true);
    boolean longBefore = start.comeback().filter(c -> c.open() && c.days() > ReplayState.LONG_BREAK_DAYS).isPresent();
    if (gap > ReplayState.SHORT_BREAK_DAYS && (newBreak || start.comeback().get().open())) {
      state = state.withComeback(new ReplayState.Comeback(state.lastDone().get(), gap, Optional.empty()));
      if (gap > ReplayState.LONG_BREAK_DAYS && !longBefore) {
        state = StepBack.all(context, state, Map.of(), "back after " + SessionShaping.weeks(gap)
            + " without training, one step back");
      }
    }
    List<SlotItem> items = new ArrayList<>();
    for (Prescription p : planned.warmUp()) {
      items.add(other(SessionPart.WARM_UP, p));
    }
    Set<String> taken = new HashSet<>();
    for (Prescription p : planned.main()) {
      String slot = p.slot().orElseThrow();
      SlotState previous = state.slot(slot);
      SlotState slotState = PhaseCarryOver.apply(context, state, previous, p, state.lastHurt());
      state = state.with(slotState);
      Prescription adapted = SlotProgress.prescribe(context, slotState, p, deload);
      if (deload) {
        slotState = PhaseCarryOver.untilAfterDeload(context, previous, slotState, p, adapted);
        state = state.with(slotState);
      }
      Change change = Explanation.of(context, slotState, p, adapted, deload);
      if (heldForAnEarlierPhase(context, slotState, change, planned, p, adapted)) {
        // the hold was the activation phase's ("harder variants come with the next phase"): this is
        // that next phase, and the prescription is its own
        change = Explanation.of(p, adapted, slotState, ChangeKind.UNCHANGED, PhaseCarryOver.RULE,
            "as planned for the " + context.phase(planned).id().replace('-', ' ')
                + " phase; harder variants are earned from here on");
      }
      Optional<Prescription> capped = PainGate.cap(context, slotState, adapted, state.lastHurt(), deload);
      if (capped.isPresent() && !capped.get().exerciseId().equals(adapted.exerciseId())) {
        // the pain gate keeps the last exercise: the slot is there (a step decided now starts from it),
        // and the plan's new exercise, if that is what was held back, comes round again next session
        slotState = slotState.withPosition(Optional.of(SlotPosition.of(capped.get(), p, context.catalog)));
        if (previous.lastPlanned().isPresent() && !previous.lastPlanned().get().equals(p.exerciseId())) {
          slotState = slotState.withLastPlanned(previous.lastPlanned().get());
        }
        state = state.with(slotState);
      }
      if (capped.isPresent()) {
        String last = slotState.lastTried().orElse(capped.get().exerciseId());
        if (!deload && !context.related(last, capped.get().exerciseId())) {
          // another ladder's exercise (a new phase's, a swap): a replacement, at no more sets than last time
          change = Explanation.of(p, capped.get(), slotState, ChangeKind.REPLACED, PainGate.RULE,
              context.name(capped.get().exerciseId()) + " takes over from " + context.name(last)
                  + ", with no more sets than last time, because the last session hurt");
        } else {
          change = Explanation.of(p, capped.get(), slotState, deload ? ChangeKind.DELOAD : ChangeKind.HELD, PainGate.RULE,
              deload ? "a deload week never raises the load: it stays at the last session's"
                  : "the plan's own step up waits, because the last session hurt; it stays as it was");
        }
        adapted = capped.get();
      }
      boolean earnedBeforeDeload = capped.isEmpty() && waitedOutADeload(slotState, adapted, deload);
      if (earnedBeforeDeload) {
        // a step earned just before a deload week waited it out: it comes now, and is a progression
        change = Explanation.of(p, adapted, slotState, ChangeKind.PROGRESSED, SlotProgress.AFTER_DELOAD,
            "earned before the deload week, this step comes now: "
                + DoseSteps.describe(context.name(adapted.exerciseId()), adapted.dose()));
      }
      // the last session had a stand-in (for the back load the pain then allowed, a flare-up's rung):
      // its held decision is about the stand-in, not about the exercise the slot returns to now
      String standIn = slotState.lastTried().orElse(null);
      if (!earnedBeforeDeload && standIn != null && !standIn.equals(adapted.exerciseId())
          && slotState.decision().filter(d -> d.kind() == ChangeKind.HELD && d.next().exerciseId().equals(standIn)
              // a new phase's carry-over names the planned exercise, not a stand-in
              && !d.rule().equals(PhaseCarryOver.RULE)).isPresent()
          && slotState.position().filter(at -> at.exerciseId().equals(standIn)).isEmpty()) {
        // why the stand-in was there: the back load the pain then allowed, or another shaping step (a
        // flare-up's rung); the latest change's rule says which
        boolean backLoad = slotState.lastRule().filter(SessionShaping.BACK_LOAD::equals).isPresent();
        change = Explanation.of(p, adapted, slotState, ChangeKind.REPLACED, backLoad ? SessionShaping.BACK_LOAD : RETURN,
            "back to " + context.name(adapted.exerciseId()) + ": " + context.name(standIn) + " stood in for it last time"
                + (backLoad ? "; a pain of " + state.painNow() + "/10 allows its lower-back load again" : ""));
      }
      if (taken.contains(adapted.exerciseId())) {
        // an earlier slot of this session already has that exercise: this one keeps its planned one,
        // unless that is taken too or was replaced for hurting; then it sits this session out
        String already = adapted.exerciseId();
        // a step down in force never falls back to a harder planned exercise
        boolean planOk = !taken.contains(p.exerciseId()) && !slotState.avoided().contains(p.exerciseId())
            && (slotState.stepDown().isEmpty()
                || context.catalog.get(p.exerciseId()).difficulty() <= context.catalog.get(already).difficulty());
        if (planOk) {
          // back to the planned exercise from another one in this slot is a replacement, not a hold
          boolean back = slotState.lastTried().filter(last -> !last.equals(p.exerciseId())).isPresent();
          change = Explanation.of(p, p, slotState, back ? ChangeKind.REPLACED : ChangeKind.HELD, DUPLICATE,
              context.name(already) + " is already in this session, so this slot keeps " + context.name(p.exerciseId()));
          adapted = p;
        } else {
          items.add(new SlotItem(SessionPart.MAIN, slot, p, Optional.empty(), Explanation.of(p, adapted, slotState,
              ChangeKind.HELD, DUPLICATE, "left out of this session: " + context.name(already)
                  + " already does this job in it")));
          continue;
        }
      }
      taken.add(adapted.exerciseId());
      if (state.comeback().filter(c -> c.open() && c.days() > ReplayState.LONG_BREAK_DAYS).isPresent()) {
        change = Explanation.of(p, adapted, slotState, ChangeKind.REGRESSED, StepBack.RULE, "back after "
            + SessionShaping.weeks(state.comeback().get().days()) + " without training: one step back, "
            + DoseSteps.describe(context.name(adapted.exerciseId()), adapted.dose()) + ", building up again as before");
      }
      items.add(new SlotItem(SessionPart.MAIN, slot, p, Optional.of(adapted), change));
    }
    for (Prescription p : planned.coolDown()) {
      items.add(other(SessionPart.COOL_DOWN, p));
    }
    items = SessionShaping.capBackLoad(context, state, items);
    if (state.flareUp().isPresent()) {
      items = SessionShaping.flareUp(context, state, items);
    } else if (state.comeback().filter(c -> c.days() <= ReplayState.LONG_BREAK_DAYS
        && c.covers(planned.date())).isPresent()) {
      items = SessionShaping.comeback(context, state, items, state.comeback().get().days());
    }
    items = SessionShaping.gateOtherParts(context, state, items);
    return new Adapted(state, Fitting.fit(context, planned, items, state));
  }

  /**
   * Whether the prescription is a step decided before a deload week that waited it out: another
   * exercise or a heavier load than the deload session's.
   */
  private static boolean waitedOutADeload(SlotState slot, Prescription adapted, boolean deload) {
    if (deload || slot.pending().isEmpty() || slot.recent().isEmpty()) {
      return false;
    }
    Attempt last = slot.recent().get(slot.recent().size() - 1);
    Prescription before = last.prescribed();
    return last.deloadWeek() && (!before.exerciseId().equals(adapted.exerciseId())
        || adapted.dose().load().heavierOfTheSameKind(before.dose().load()));
  }

  /**
   * Whether the change is a progression rule's hold decided in the activation phase, which climbs
   * nothing, now read in a later phase's session that has its planned prescription unchanged.
   */
  private static boolean heldForAnEarlierPhase(ProgramContext context, SlotState slot, Change change, Session session,
      Prescription planned, Prescription adapted) {
    boolean progressionHold = change.kind() == ChangeKind.HELD && change.rule()
        .filter(r -> r.equals(DoubleProgressionRule.ID) || r.equals(HoldTimeRule.ID)).isPresent();
    if (!progressionHold || !adapted.equals(planned) || slot.recent().isEmpty()
        || context.phase(session) == PhaseKind.ACTIVATION) {
      return false;
    }
    String decidedIn = slot.recent().get(slot.recent().size() - 1).sessionId();
    return context.phaseOf(decidedIn).filter(PhaseKind.ACTIVATION::equals).isPresent();
  }

  private static SlotItem other(SessionPart part, Prescription p) {
    return new SlotItem(part, p.slot().orElseThrow(), p, Optional.of(p),
        Change.of(p.exerciseId(), ChangeKind.UNCHANGED, "unchanged: as planned"));
  }

  /** The state after the session's log (null: missed). */
  static ReplayState record(ProgramContext context, ReplayState replay, Session planned, Adapted adapted,
      SessionLog log) {
    ReplayState state = adapted.state();
    boolean done = log != null && log.status() != SessionStatus.MISSED && !log.exercises().isEmpty();
    int before = log == null ? context.profile.currentPain()
        : SessionPain.before(log, state.lastNextMorning().orElse(context.profile.currentPain()));
    Set<String> inSession = new HashSet<>();
    adapted.fitted().session().main().forEach(p -> inSession.add(p.exerciseId()));
    Set<String> doneHere = new HashSet<>();
    for (SlotItem item : adapted.fitted().items()) {
      if (item.adapted().isEmpty()) {
        continue;
      }
      SlotState slot = state.slot(item.key());
      if (item.part() == SessionPart.MAIN) {
        Set<String> unavailable = new HashSet<>(inSession);
        unavailable.remove(item.adapted().get().exerciseId());
        slot = SlotProgress.record(context, state, slot, planned, item, log, before, unavailable)
            .withLastRule(item.change().rule());
        doneHere.add(item.key());
      } else {
        slot = otherAttempt(context, slot, planned, item, log, before);
      }
      state = state.with(slot);
    }
    if (!done) {
      return state;
    }
    Optional<String> hurt = SessionPain.hurt(context.profile, log, before);
    if (hurt.isPresent()) {
      state = PainGate.apply(state, hurt.get(), doneHere);
    }
    state = FlareWatch.record(context, state, log, hurt.isPresent());
    ReplayState.Comeback comeback = state.comeback().filter(ReplayState.Comeback::open).orElse(null);
    if (comeback != null) {
      // the comeback dose lasts a week from the first session done after the break
      state = state.withComeback(new ReplayState.Comeback(comeback.lastBefore(), comeback.days(),
          Optional.of(log.date().plusDays(ReplayState.COMEBACK_DAYS))));
    }
    return state.withLastDone(log.date()).withLastHurt(hurt.isPresent());
  }

  /** A warm-up or cool-down attempt: recorded for its own pain; no rule moves these on. */
  private static SlotState otherAttempt(ProgramContext context, SlotState slot, Session planned, SlotItem item,
      SessionLog log, int before) {
    Prescription p = item.adapted().get();
    Attempt attempt = Attempt.builder()
        .sessionId(planned.id())
        .date(planned.date())
        .deloadWeek(context.isDeload(planned))
        .status(log == null ? SessionStatus.MISSED : log.status())
        .planned(item.planned())
        .prescribed(p)
        .performed(log == null ? Optional.empty() : log.exercise(p.exerciseId()))
        .sessionPainDuring(log == null ? 0 : log.painDuring())
        .painBefore(before)
        .painNextMorning(log == null ? Optional.empty() : log.painNextMorning())
        .build();
    return slot.withAttempt(attempt).withLastTried(p.exerciseId());
  }
}
