package io.glutewise.planner.internal.adapt;

import io.glutewise.core.dose.Dose;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.log.SessionStatus;
import io.glutewise.core.program.PhaseKind;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Session;
import io.glutewise.planner.adapt.ChangeKind;
import io.glutewise.planner.internal.AdaptSuitability;
import io.glutewise.planner.rules.Attempt;
import io.glutewise.planner.rules.ClimbAllowance;
import io.glutewise.planner.rules.Decision;
import io.glutewise.planner.rules.DoseSteps;
import io.glutewise.planner.rules.ProgressionRule;
import io.glutewise.planner.rules.ProgressionRules;
import io.glutewise.planner.rules.RuleInput;
import java.util.Optional;
import java.util.Set;

/**
 * Per-slot progress: what a slot prescribes now, and what one logged (or missed) session does to it.
 * The standard rule chain decides from the slot's latest attempts; an exercise done instead of the
 * prescribed one takes the slot; an exercise that hurt above the gate on {@value
 * Substitution#HURT_SESSIONS} sessions, or that the trainee marks as hurting, is replaced.
 */
final class SlotProgress {
  /** The rule of a step earned before a deload week and taken after it. */
  static final String AFTER_DELOAD = "after-deload";

  private static final ProgressionRule RULES = ProgressionRules.standard();
  static final String SWAPPED = "done-instead";
  static final String FLARE_HOLD = "flare-up";

  private SlotProgress() {}

  /**
   * The slot's prescription for a session, before shaping. A deload week never tries a step up
   * decided before it (so it never raises the load); the step waits for the week after. It keeps the
   * exercise the slot had the week before.
   */
  static Prescription prescribe(ProgramContext context, SlotState state, Prescription planned, boolean deload) {
    Optional<SlotPosition> position = state.position();
    if (deload && state.pending().isPresent()) {
      position = state.pending().get().before();
    }
    Prescription prescription = position.map(p -> p.on(planned, context.catalog, deload)).orElse(planned);
    if (deload && !state.recent().isEmpty()) {
      // a deload keeps the exercise the slot had the week before (Bell et al.: exercise choice kept),
      // unless that one was replaced since; only a replacement just decided brings another one in
      Prescription last = state.recent().get(state.recent().size() - 1).prescribed();
      boolean replacing = state.decision().filter(d -> d.kind() == ChangeKind.REPLACED).isPresent();
      if (!last.exerciseId().equals(prescription.exerciseId()) && !replacing
          && !state.avoided().contains(last.exerciseId()) && context.catalog.find(last.exerciseId()).isPresent()) {
        return SlotPosition.of(last, planned, context.catalog).on(planned, context.catalog, true);
      }
    }
    return prescription;
  }

  /** The exercise's log in the session: the prescribed one, one done instead of it, or the planned one. */
  static Optional<ExerciseLog> performed(SessionLog log, Prescription prescribed, Prescription planned) {
    if (log == null) {
      return Optional.empty();
    }
    return log.exercise(prescribed.exerciseId())
        .or(() -> log.exercises().stream().filter(e -> e.insteadOf().filter(prescribed.exerciseId()::equals).isPresent())
            .findFirst())
        .or(() -> log.exercise(planned.exerciseId()));
  }

  /** One attempt at a slot, with what it does to the slot. */
  static SlotState record(ProgramContext context, ReplayState replay, SlotState state, Session session,
      SlotItem item, SessionLog log, int before, Set<String> unavailable) {
    Prescription prescribed = item.adapted().orElseThrow();
    Prescription planned = item.planned();
    boolean deload = context.isDeload(session);
    Optional<ExerciseLog> performed = performed(log, prescribed, planned);
    int gate = io.glutewise.planner.adapt.SessionPain.gate(context.profile);
    Optional<ExerciseLog> swapped = performed.filter(p -> !p.exerciseId().equals(prescribed.exerciseId())
        && p.insteadOf().isPresent());
    Attempt attempt = Attempt.builder()
        .sessionId(session.id())
        .date(session.date())
        .deloadWeek(deload)
        .status(log == null ? SessionStatus.MISSED : log.status())
        .planned(planned)
        .prescribed(prescribed)
        .performed(performed)
        .sessionPainDuring(log == null ? 0 : log.painDuring())
        .painBefore(before)
        .painNextMorning(log == null ? Optional.empty() : log.painNextMorning())
        .build();
    if (swapped.isPresent()) {
      // the swap breaks any row of sessions on the prescribed exercise
      return swap(context, replay, state.withAttempt(attempt), planned, prescribed, swapped.get(), unavailable);
    }
    // a step up waiting out a deload week is still untried after it
    SlotState next = state.withAttempt(attempt).withLastTried(prescribed.exerciseId())
        .withPending(deload ? state.pending() : Optional.empty());
    boolean activation = context.phase(session) == PhaseKind.ACTIVATION;
    boolean flare = replay.flareUp().isPresent();
    RuleInput input = RuleInput.builder()
        .profile(context.profile)
        .catalog(context.catalog)
        .history(next.recent())
        .unavailable(unavailable)
        .painNow(replay.painNow())
        .climbsAllowed(!activation && !flare)
        .noClimbReason(flare ? "during a flare-up nothing moves on"
            : "the activation phase is for learning the movements well; harder variants come with the next phase")
        .build();
    Decision decision = RULES.decide(input).orElseGet(() -> Decision.held("none", prescribed, "no rule asked for a change"));
    if (flare && decision.kind() == ChangeKind.PROGRESSED) {
      decision = Decision.held(FLARE_HOLD, prescribed, "during a flare-up nothing moves on; the dose stays as it is");
    }
    Exercise exercise = context.catalog.get(prescribed.exerciseId());
    if (performed.isPresent() && performed.get().painDuring() > gate) {
      next = next.withHurt(exercise.id());
    }
    boolean marked = performed.map(ExerciseLog::hurting).orElse(false);
    if (performed.isPresent() && (marked || next.hurtCount(exercise.id()) >= Substitution.HURT_SESSIONS)) {
      String why = marked ? "you marked " + context.name(exercise.id()) + " as hurting"
          : context.name(exercise.id()) + " hurt above your limit of " + gate + "/10 on " + next.hurtCount(exercise.id())
              + " sessions";
      Set<String> excluded = new java.util.HashSet<>(unavailable);
      excluded.addAll(next.avoided());
      excluded.addAll(next.hurtCounts().keySet());
      Optional<Exercise> substitute = Substitution.find(context, replay.painNow(), exercise, excluded)
          // none of its family that is no harder: one of another family for the same primary muscles
          .or(() -> Substitution.findWithinBackLoad(context, replay.painNow(), exercise, excluded,
              exercise.lowerBackLoad()));
      if (substitute.isPresent()) {
        Exercise sub = substitute.get();
        Dose dose = Dose.builder().from(DoseSteps.baseDose(sub, planned)).sets(Math.max(1, prescribed.dose().sets())).build();
        Prescription replacement = Prescription.of(sub.id(), dose);
        return next.withAvoided(exercise.id())
            .withPosition(Optional.of(SlotPosition.of(replacement, planned, context.catalog)))
            .withStepDown(Optional.of(why))
            .withDecision(Decision.of(Substitution.RULE, ChangeKind.REPLACED, replacement, why + ", so "
                + context.name(sub.id()) + " takes its place: it works the same primary muscles and loads the lower back no more"));
      }
      // nothing to replace it: one step down (never "aim for more" on an exercise that hurts), else as it is
      String ask = "if it keeps hurting, ask a physiotherapist or doctor to look at it";
      Optional<io.glutewise.planner.rules.Regression.Step> down = decision.kind() == ChangeKind.REGRESSED
          ? Optional.empty()
          : io.glutewise.planner.rules.Regression.oneStep(RuleInput.builder().profile(context.profile)
              .catalog(context.catalog).history(next.recent()).unavailable(unavailable).painNow(replay.painNow()).build());
      if (decision.kind() == ChangeKind.REGRESSED) {
        decision = Decision.regressed(decision.rule(), decision.next(), withoutKind(decision) + "; " + why
            + ", and no other exercise for this slot suits you: " + ask);
      } else if (down.isPresent()) {
        decision = Decision.regressed(Substitution.RULE, down.get().next(), why + ", and no other exercise for this"
            + " slot suits you, so " + down.get().text() + "; " + ask);
      } else {
        decision = Decision.held(Substitution.RULE, prescribed, why + ", and no other exercise for this slot suits"
            + " you, so it stays as it is, the gentlest dose here; " + ask);
      }
    }
    return apply(context, next, state, planned, prescribed, decision);
  }

  private static SlotState apply(ProgramContext context, SlotState next, SlotState before, Prescription planned,
      Prescription prescribed, Decision decision) {
    SlotState result = next.withDecision(decision);
    if (decision.kind() == ChangeKind.PROGRESSED) {
      Prescription to = decision.next();
      boolean earned = !to.exerciseId().equals(prescribed.exerciseId())
          || to.dose().load().rank() > prescribed.dose().load().rank();
      result = result.withPosition(Optional.of(SlotPosition.of(to, planned, context.catalog)))
          .withPending(Optional.of(new SlotState.Pending(before.position())));
      if (earned) {
        result = result.withStepDown(Optional.empty());
      }
    } else if (decision.kind() == ChangeKind.REGRESSED) {
      result = result.withPosition(Optional.of(SlotPosition.of(decision.next(), planned, context.catalog)))
          .withPending(Optional.empty())
          .withStepDown(Optional.of(withoutKind(decision)));
    }
    return result;
  }

  /**
   * The trainee did another exercise in the slot: it takes the slot when it suits them, unless it is
   * harder while a step down or a flare-up holds the slot back (that would undo the step down unearned).
   */
  private static SlotState swap(ProgramContext context, ReplayState replay, SlotState state, Prescription planned,
      Prescription prescribed, ExerciseLog done, Set<String> unavailable) {
    Optional<Exercise> exercise = context.catalog.find(done.exerciseId());
    SlotState next = state.withLastTried(prescribed.exerciseId()).withPending(Optional.empty());
    boolean harder = exercise.isPresent()
        && exercise.get().difficulty() > context.catalog.get(prescribed.exerciseId()).difficulty();
    Optional<String> holding = state.stepDown().map(why -> "the step down after " + why + " is not yet earned back")
        .or(() -> replay.flareUp().map(f -> "a flare-up is still settling"));
    if (harder && holding.isPresent()) {
      // taking a harder exercise now would undo the step down without earning it back
      return next.withDecision(Decision.held(SWAPPED, prescribed, context.name(done.exerciseId())
          + " was done instead of " + context.name(prescribed.exerciseId()) + ", but it is harder and "
          + holding.get() + ", so " + context.name(prescribed.exerciseId()) + " stays"));
    }
    if (exercise.isEmpty() || !AdaptSuitability.suits(context.profile, exercise.get())
        || !ClimbAllowance.allows(context.profile, replay.painNow(), exercise.get())
        || unavailable.contains(done.exerciseId())) {
      return next.withDecision(Decision.held(SWAPPED, prescribed, context.name(done.exerciseId())
          + " was done instead of " + context.name(prescribed.exerciseId()) + ", but it does not suit this slot for you now"
          + " (equipment, limitations, the back load your pain allows, or it is already in the session), so "
          + context.name(prescribed.exerciseId()) + " stays"));
    }
    Dose dose = Dose.builder().from(DoseSteps.baseDose(exercise.get(), planned)).sets(prescribed.dose().sets()).build();
    Prescription replacement = Prescription.of(done.exerciseId(), dose);
    SlotState swapped = next.withPosition(Optional.of(SlotPosition.of(replacement, planned, context.catalog)))
        .withDecision(Decision.of(SWAPPED, ChangeKind.REPLACED, replacement, context.name(done.exerciseId())
            + " was done instead of " + context.name(prescribed.exerciseId()) + ", so it takes this slot from now on"));
    // marked as hurting on a swap: the prescribed exercise hurt, which is why it was swapped
    return done.hurting() ? swapped.withAvoided(prescribed.exerciseId()) : swapped;
  }

  private static String withoutKind(Decision decision) {
    String prefix = decision.kind().id() + ": ";
    return decision.reason().startsWith(prefix) ? decision.reason().substring(prefix.length()) : decision.reason();
  }
}
