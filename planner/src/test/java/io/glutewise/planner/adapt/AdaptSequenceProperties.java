package io.glutewise.planner.adapt;

import static io.glutewise.core.generators.Theories.theory;
import static io.glutewise.planner.generators.PlannerGenerators.profiles;
import static io.glutewise.planner.generators.PlannerGenerators.shortOptions;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.exercise.ActivationRole;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.LowerBackLoad;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.log.SessionStatus;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.Planner;
import io.glutewise.planner.PlanningRules;
import io.glutewise.planner.adapt.Walk.Step;
import io.glutewise.planner.stats.SessionDuration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The adaptive step over random histories (good, over the top, failed, painful, worse the next
 * morning, rising pain, sore before, swapped, missed), each walked session by session through the
 * planner: the invariants a physiotherapist checks hold after every step.
 */
class AdaptSequenceProperties {
  private static final Planner PLANNER = Planner.standard();
  private static final Catalog CATALOG = PLANNER.catalog();

  private static Gen<List<Step>> scripts() {
    return SourceDSL.lists().of(Generate.enumValues(Step.class)).ofSizeBetween(1, 10);
  }

  /** The walks of this run, by profile, options and script; empty when nothing could be planned. */
  private static final Map<List<Object>, Optional<Walk>> WALKS = new ConcurrentHashMap<>();

  private static void check(Predicate<Walk> invariant) {
    theory().forAll(profiles(), shortOptions(), scripts()).check((profile, options, script) ->
        WALKS.computeIfAbsent(List.of(profile, options, script),
                key -> plan(profile, options).map(program -> Walk.of(PLANNER, program, script)))
            .map(invariant::test).orElse(true));
  }

  /** The program, or empty when the catalog has nothing suitable (the plan properties check that). */
  private static Optional<Program> plan(TraineeProfile profile, PlanOptions options) {
    try {
      return PLANNER.plan(profile, options).program();
    } catch (io.glutewise.planner.NoSuitableExerciseException e) {
      return Optional.empty();
    }
  }

  private static int before(Walk walk, int i) {
    Optional<Integer> earlier = Optional.empty();
    for (int j = 0; j < i; j++) {
      if (walk.logs.get(j).painNextMorning().isPresent()) {
        earlier = walk.logs.get(j).painNextMorning();
      }
    }
    return SessionPain.before(walk.logs.get(i), earlier.orElse(walk.profile.currentPain()));
  }

  private static boolean done(SessionLog log) {
    return log.status() != SessionStatus.MISSED && !log.exercises().isEmpty();
  }

  /** The prescription a slot had the last time it was given up to step i (inclusive). */
  private static Optional<Prescription> lastOf(Walk walk, int i, String slot) {
    for (int j = i; j >= 0; j--) {
      Optional<Prescription> p = walk.slot(j, slot);
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  @Test
  void noSlotInAnyPartProgressesAfterPainAboveTheGate() {
    check(walk -> {
      for (int i = 0; i < walk.logs.size(); i++) {
        SessionLog log = walk.logs.get(i);
        if (!done(log) || !SessionPain.hurts(walk.profile, log, before(walk, i))) {
          continue;
        }
        for (AdaptedSession next : walk.answers.get(i + 1).sessions()) {
          boolean progressed = next.changes().stream().anyMatch(c -> c.kind() == ChangeKind.PROGRESSED)
              || next.leftOut().stream().anyMatch(c -> c.kind() == ChangeKind.PROGRESSED)
              || next.otherParts().stream().anyMatch(c -> c.kind() == ChangeKind.PROGRESSED);
          if (progressed) {
            return false;
          }
          for (Prescription p : next.session().main()) {
            Optional<Prescription> was = lastOf(walk, i, p.slot().orElseThrow());
            if (was.isPresent() && p.exerciseId().equals(was.get().exerciseId())
                && (p.dose().sets() > was.get().dose().sets()
                    || p.dose().load().kind() == was.get().dose().load().kind()
                        && p.dose().load().rank() > was.get().dose().load().rank())) {
              return false;
            }
          }
          Session planned = walk.program.session(next.session().id()).orElseThrow();
          if (!planned.warmUp().containsAll(next.session().warmUp())) {
            return false;
          }
        }
      }
      return true;
    });
  }

  @Test
  void noPrescriptionLoadsTheLowerBackMoreThanThePainNowAllows() {
    check(walk -> {
      int now = walk.profile.currentPain();
      for (int i = 0; i < walk.answers.size(); i++) {
        if (i > 0) {
          SessionLog log = walk.logs.get(i - 1);
          now = log.painNextMorning().or(log::painBefore).orElse(now);
        }
        LowerBackLoad allowed = PlanningRules.maxLowerBackLoad(TraineeProfile.builder().from(walk.profile)
            .currentPain(now).build());
        for (AdaptedSession next : walk.answers.get(i).sessions()) {
          for (Prescription p : next.session().main()) {
            if (CATALOG.get(p.exerciseId()).lowerBackLoad().compareTo(allowed) > 0) {
              return false;
            }
          }
        }
      }
      return true;
    });
  }

  @Test
  void stepDownsSurvivePhaseBoundariesUntilEarnedBack() {
    check(walk -> {
      Map<String, Integer> cap = new HashMap<>();
      for (int i = 0; i < walk.answers.size(); i++) {
        for (AdaptedSession next : walk.answers.get(i).sessions()) {
          for (int k = 0; k < next.session().main().size(); k++) {
            Prescription p = next.session().main().get(k);
            Change change = next.changes().get(k);
            String slot = p.slot().orElseThrow();
            int difficulty = CATALOG.get(p.exerciseId()).difficulty();
            boolean earned = change.kind() == ChangeKind.PROGRESSED && !change.rule().filter("carry-over"::equals).isPresent();
            if (cap.containsKey(slot) && difficulty > cap.get(slot) && !earned
                && change.kind() != ChangeKind.REPLACED) {
              return false;
            }
            if (earned) {
              cap.remove(slot);
            }
            if (change.kind() == ChangeKind.REPLACED && cap.containsKey(slot)) {
              // a replacement is a new exercise for the slot: the step down carries on from it
              cap.put(slot, difficulty);
            }
            boolean painStep = change.kind() == ChangeKind.REGRESSED && change.rule()
                .filter(r -> r.equals("pain-during") || r.equals("next-morning-pain")).isPresent();
            if (painStep) {
              cap.put(slot, difficulty);
            }
          }
        }
      }
      return true;
    });
  }

  @Test
  void deloadsNeverRaiseLoad() {
    check(walk -> {
      for (int i = 0; i < walk.answers.size(); i++) {
        for (AdaptedSession next : walk.answers.get(i).sessions()) {
          if (!walk.program.weeks().get(next.session().week() - 1).deload()) {
            continue;
          }
          for (Prescription p : next.session().main()) {
            Optional<Prescription> was = i == 0 ? Optional.empty() : lastOf(walk, i - 1, p.slot().orElseThrow());
            if (was.isPresent() && was.get().exerciseId().equals(p.exerciseId())
                && p.dose().load().kind() == was.get().dose().load().kind()
                && p.dose().load().rank() > was.get().dose().load().rank()) {
              return false;
            }
          }
        }
      }
      return true;
    });
  }

  @Test
  void aClimbFollowsTwoQualifyingSessionsInARow() {
    check(walk -> {
      for (int i = 1; i < walk.answers.size(); i++) {
        AdaptedSession next = walk.answers.get(i).sessions().isEmpty() ? null : walk.answers.get(i).sessions().get(0);
        if (next == null) {
          continue;
        }
        for (Change change : next.changes()) {
          if (!change.rule().filter("ladder-step"::equals).isPresent() || change.kind() != ChangeKind.PROGRESSED) {
            continue;
          }
          String from = change.previousExerciseId().orElse(null);
          var criterion = CATALOG.ladders().step(from, change.exerciseId()).orElseThrow().criterion();
          int qualifying = 0;
          for (int j = i - 1; j >= 0 && qualifying < 2; j--) {
            String slot = next.session().main().get(next.changes().indexOf(change)).slot().orElseThrow();
            if (walk.slot(j, slot).isEmpty() || !done(walk.logs.get(j))) {
              continue;
            }
            // the rung's criterion, on the exercise it climbs from, at pain within the gate
            boolean met = walk.slot(j, slot).get().exerciseId().equals(from)
                && walk.logs.get(j).painDuring() <= SessionPain.gate(walk.profile)
                && walk.logs.get(j).exercise(from).map(e -> e.insteadOf().isEmpty()
                    && e.painDuring() <= criterion.maxPain()
                    && e.sets().stream().filter(s -> s.amount() >= criterion.target()).count() >= criterion.sets())
                    .orElse(false);
            if (!met) {
              return false;
            }
            qualifying++;
          }
          if (qualifying < 2) {
            return false;
          }
        }
      }
      return true;
    });
  }

  @Test
  void aSubstituteKeepsTheSlotThePrimaryMusclesAndAtMostTheBackLoad() {
    check(walk -> {
      for (Adaptation answer : walk.answers) {
        for (AdaptedSession next : answer.sessions()) {
          for (int k = 0; k < next.changes().size(); k++) {
            Change change = next.changes().get(k);
            boolean substitute = change.kind() == ChangeKind.REPLACED
                && change.rule().filter(r -> r.equals("substitution") || r.equals("back-load")).isPresent();
            Optional<String> before = change.previousExerciseId().or(change::plannedExerciseId);
            if (!substitute || before.isEmpty()) {
              continue;
            }
            Exercise original = CATALOG.get(before.get());
            Exercise now = CATALOG.get(change.exerciseId());
            Prescription p = next.session().main().get(k);
            Prescription planned = walk.program.session(next.session().id()).orElseThrow().main().stream()
                .filter(q -> q.slot().equals(p.slot())).findFirst().orElseThrow();
            if (!now.musclesIn(ActivationRole.PRIMARY).containsAll(original.musclesIn(ActivationRole.PRIMARY))
                || now.lowerBackLoad().compareTo(original.lowerBackLoad()) > 0
                || !p.slot().equals(planned.slot())) {
              return false;
            }
          }
        }
      }
      return true;
    });
  }

  private static boolean inFlareUp(Adaptation answer) {
    return answer.messages().stream().anyMatch(m -> m.startsWith("Flare-up plan"));
  }

  @Test
  void aFlareUpStartsExactlyOnItsTriggerAndEndsOnlyByItsExitRule() {
    check(walk -> {
      int calm = 0;
      List<Integer> highs = new java.util.ArrayList<>();
      for (int i = 0; i < walk.logs.size(); i++) {
        SessionLog log = walk.logs.get(i);
        boolean was = inFlareUp(walk.answers.get(i));
        boolean is = inFlareUp(walk.answers.get(i + 1));
        if (walk.answers.get(i + 1).isFinished()) {
          return true;
        }
        if (!done(log)) {
          if (was != is) {
            return false;
          }
          continue;
        }
        int highest = Math.max(log.painDuring(), Math.max(log.painBefore().orElse(0), log.painNextMorning().orElse(0)));
        boolean calmNow = highest <= Math.max(walk.profile.currentPain(), 3)
            && !SessionPain.hurts(walk.profile, log, before(walk, i));
        calm = was && calmNow ? calm + 1 : 0;
        boolean soreBefore = log.painBefore().filter(p -> p >= walk.profile.painLimit()
            && !(SessionPain.isBaselineGate(walk.profile) && p <= walk.profile.currentPain())).isPresent();
        if (!was && soreBefore && !is) {
          return false;
        }
        highs.add(highest);
        boolean rising = highs.size() >= 3 && highs.get(highs.size() - 3) < highs.get(highs.size() - 2)
            && highs.get(highs.size() - 2) < highest && highest > 3;
        if (!was && rising && !is) {
          return false;
        }
        if (!was && is && !soreBefore && !rising) {
          return false;
        }
        if (was && !is && calm < 2) {
          return false;
        }
        if (!is) {
          calm = 0;
        }
      }
      return true;
    });
  }

  @Test
  void afterAnyHistoryEverySessionFitsTheMinutesAndEverySlotLeftOutIsNamed() {
    check(walk -> {
      for (Adaptation answer : walk.answers) {
        for (AdaptedSession next : answer.sessions()) {
          Session session = next.session();
          Session planned = walk.program.session(session.id()).orElseThrow();
          if (session.estimatedMinutes() > walk.profile.minutesPerSession()
              || session.estimatedMinutes() != SessionDuration.estimateMinutes(session, CATALOG)
              || session.main().size() + next.leftOut().size() != planned.main().size()
              || next.changes().size() != session.main().size()
              || next.leftOut().stream().anyMatch(c -> !c.reason().contains("left out"))) {
            return false;
          }
        }
      }
      return true;
    });
  }
}
