package io.glutewise.planner.adapt;

import static io.glutewise.planner.adapt.History.Amount.BOTTOM;
import static io.glutewise.planner.adapt.History.Amount.TOP;
import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.dose.Load;
import io.glutewise.core.dose.LoadKind;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.LowerBackLoad;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.PhaseKind;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.Planner;
import io.glutewise.planner.PlanningRules;
import io.glutewise.planner.rules.ClimbAllowance;
import io.glutewise.planner.model.LoadSteps;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The histories of the clinical replay in issue 9, written as examples: each pins a finding, fixed.
 * They run on the standard catalog, as the replay did.
 */
class ReplayedHistoriesTest {
  private static final Planner PLANNER = Planner.standard();
  private static final Catalog CATALOG = PLANNER.catalog();
  private static final LocalDate MONDAY = LocalDate.of(2025, 1, 6);

  private static Program plan(TraineeProfile profile) {
    return PLANNER.plan(profile, PlanOptions.startingOn(MONDAY)).program().orElseThrow();
  }

  private static History beginner() {
    return new History(PLANNER, plan(TraineeProfile.defaults()));
  }

  @Test
  void bypassOneADroppedSlotIsGatedToo() {
    History history = beginner();
    // s1 with every set short of the top, so that every slot's aim moves on; s2 with a painful clamshell
    history.follow(1, (s, i) -> History.log(s, 2, 2, 2, p -> p.dose().target().max() - 2));
    history.follow(1, (s, i) -> {
      SessionLog.Builder log = SessionLog.builder().sessionId(s.id()).date(s.date()).painBefore(2).painNextMorning(2);
      s.main().forEach(p -> log.addExercises(History.done(p, p.exerciseId().equals("clamshell") ? 7 : 2,
          pp -> pp.dose().target().max() - 2)));
      return log.build();
    });
    Adaptation next = history.next();
    assertThat(next.sessions()).allSatisfy(s -> {
      assertThat(s.changes()).noneMatch(c -> c.kind() == ChangeKind.PROGRESSED);
      assertThat(s.leftOut()).noneMatch(c -> c.kind() == ChangeKind.PROGRESSED);
    });
    // the accessory that s2 did not have keeps the dose it had in s1, rather than its earned step
    Session s1 = history.given.get(0).session();
    Session s3 = next.sessions().get(0).session();
    History.slot(s3, "abduction-accessory").ifPresent(p ->
        assertThat(p.dose().target()).isEqualTo(History.slot(s1, "abduction-accessory").orElseThrow().dose().target()));
    assertThat(next.sessions().get(0).changes()).filteredOn(c -> c.rule().filter("pain-gate"::equals).isPresent())
        .allSatisfy(c -> assertThat(c.reason()).contains("pain reached 7/10"));
  }

  @Test
  void bypassTwoANewPhaseDoesNotUndoAStepDown() {
    History history = beginner();
    int[] morning = {4, 4, 5, 5, 6, 6};
    history.follow(6, (s, i) -> History.log(s, 3, 7, morning[i], BOTTOM));
    Session lastOfPhase = history.given.get(5).session();
    history.follow(3, (s, i) -> History.log(s, 3, 3, 3, BOTTOM));
    AdaptedSession newPhase = history.given.stream()
        .filter(g -> history.program.phaseOf(g.session().week()).kind() == PhaseKind.STRENGTH_ENDURANCE)
        .findFirst().orElse(history.next().sessions().get(0));
    Prescription before = History.slot(lastOfPhase, "hip-extension").orElseThrow();
    Prescription after = History.slot(newPhase.session(), "hip-extension").orElseThrow();
    assertThat(CATALOG.get(after.exerciseId()).difficulty()).isLessThanOrEqualTo(CATALOG.get(before.exerciseId()).difficulty());
    assertThat(newPhase.changes()).noneMatch(c -> c.kind() == ChangeKind.PROGRESSED);
  }

  @Test
  void theWarmUpFollowsTheGate() {
    History history = beginner();
    history.follow(6, (s, i) -> History.log(s, 2, 7, 2, BOTTOM));
    AdaptedSession next = history.next().sessions().get(0);
    assertThat(next.session().warmUp()).extracting(Prescription::exerciseId).doesNotContain("glute-bridge");
    assertThat(next.otherParts()).anySatisfy(c -> {
      assertThat(c.exerciseId()).isEqualTo("glute-bridge");
      assertThat(c.reason()).startsWith("regressed: left out of the warm-up while");
    });
  }

  @Test
  void persistentPainBringsASubstituteForTheSameJob() {
    History history = beginner();
    history.follow(2, (s, i) -> {
      SessionLog.Builder log = SessionLog.builder().sessionId(s.id()).date(s.date()).painBefore(2).painNextMorning(2);
      s.main().forEach(p -> log.addExercises(History.done(p, p.exerciseId().equals("clamshell") ? 7 : 2, BOTTOM)));
      return log.build();
    });
    AdaptedSession next = history.next().sessions().get(0);
    Prescription abduction = History.slot(next.session(), "abduction").orElseThrow();
    assertThat(abduction.exerciseId()).isNotEqualTo("clamshell");
    Change change = next.changes().stream().filter(c -> c.exerciseId().equals(abduction.exerciseId())).findFirst().orElseThrow();
    assertThat(change.kind()).isEqualTo(ChangeKind.REPLACED);
    assertThat(change.reason()).contains("clamshell hurt above your limit of 5/10 on 2 sessions");
    Exercise original = CATALOG.get("clamshell");
    Exercise substitute = CATALOG.get(abduction.exerciseId());
    assertThat(substitute.musclesIn(io.glutewise.core.exercise.ActivationRole.PRIMARY))
        .containsAll(original.musclesIn(io.glutewise.core.exercise.ActivationRole.PRIMARY));
    assertThat(substitute.lowerBackLoad()).isLessThanOrEqualTo(original.lowerBackLoad());
  }

  private static TraineeProfile intermediateWithDumbbells() {
    return TraineeProfile.builder().level(ExperienceLevel.INTERMEDIATE)
        .equipment(Set.of(Equipment.MAT, Equipment.DUMBBELL, Equipment.BENCH, Equipment.BAND)).build();
  }

  @Test
  void loadsRiseOnlyAfterTheTopTwiceAndOnlyToWeightsOfTheSet() {
    History history = new History(PLANNER, plan(intermediateWithDumbbells()));
    history.follow(36, (s, i) -> History.log(s, 1, 1, 1, TOP));
    for (int i = 0; i < history.given.size(); i++) {
      for (Prescription p : history.given.get(i).session().main()) {
        Exercise exercise = CATALOG.get(p.exerciseId());
        boolean atHand = p.dose().load().kind() != LoadKind.KILOGRAMS
            || LoadSteps.forExercise(exercise, intermediateWithDumbbells()).map(s -> s.contains(p.dose().load().kilogramsOrZero()))
                .orElse(true);
        assertThat(atHand)
            .as("%s %s in %s", p.exerciseId(), p.dose().load(), history.given.get(i).session().id()).isTrue();
      }
    }
    // a load step needs two sessions at the top at the same load, so no slot's load rises twice in three sessions
    for (String slot : List.of("hinge-or-single-leg", "hip-extension")) {
      double[] loads = history.given.stream().mapToDouble(g -> History.slot(g.session(), slot)
          .filter(p -> p.dose().load().kind() == LoadKind.KILOGRAMS)
          .map(p -> p.dose().load().kilogramsOrZero()).orElse(-1.0)).toArray();
      for (int i = 2; i < loads.length; i++) {
        boolean twoRises = loads[i] > loads[i - 1] && loads[i - 1] > loads[i - 2] && loads[i - 2] >= 0;
        assertThat(twoRises).as("%s loads %s", slot, java.util.Arrays.toString(loads)).isFalse();
      }
    }
  }

  @Test
  void aBeginnerClimbsNothingInTheActivationPhaseAndStaysWithinTheAllowance() {
    History history = beginner();
    history.follow(36, (s, i) -> History.log(s, 1, 1, 1, TOP));
    int allowance = ClimbAllowance.maxDifficulty(TraineeProfile.defaults());
    for (AdaptedSession given : history.given) {
      PhaseKind phase = history.program.phaseOf(given.session().week()).kind();
      Session planned = history.program.session(given.session().id()).orElseThrow();
      for (Prescription p : given.session().main()) {
        assertThat(CATALOG.get(p.exerciseId()).difficulty()).isLessThanOrEqualTo(allowance);
      }
      if (phase == PhaseKind.ACTIVATION) {
        assertThat(given.session().main()).extracting(Prescription::exerciseId)
            .isSubsetOf(planned.main().stream().map(Prescription::exerciseId).toList());
      }
    }
  }

  @Test
  void everySlotLeftOutForTimeIsNamedWithItsReason() {
    History history = beginner();
    history.follow(36, (s, i) -> History.log(s, 1, 1, 1, TOP));
    for (AdaptedSession given : history.given) {
      Session planned = history.program.session(given.session().id()).orElseThrow();
      assertThat(given.session().main().size() + given.leftOut().size()).isEqualTo(planned.main().size());
      assertThat(given.leftOut()).allSatisfy(c -> assertThat(c.reason()).contains("left out"));
      assertThat(given.session().estimatedMinutes()).isLessThanOrEqualTo(30);
    }
  }

  @Test
  void deloadsNeverRaiseLoad() {
    History history = new History(PLANNER, plan(intermediateWithDumbbells()));
    history.follow(40, (s, i) -> History.log(s, 1, 1, 1, p -> p.dose().target().max() + 2));
    for (int i = 1; i < history.given.size(); i++) {
      Session session = history.given.get(i).session();
      if (!history.program.weeks().get(session.week() - 1).deload()) {
        continue;
      }
      for (Prescription p : session.main()) {
        double last = history.given.subList(0, i).stream()
            .flatMap(g -> g.session().main().stream())
            .filter(q -> q.slot().equals(p.slot()))
            .reduce((a, b) -> b).map(q -> q.dose().load().rank()).orElse(p.dose().load().rank());
        assertThat(p.dose().load().rank()).as("%s in %s", p.exerciseId(), session.id()).isLessThanOrEqualTo(last);
      }
    }
  }

  @Test
  void higherPainKeepsLowerBackLoadDown() {
    TraineeProfile advanced = TraineeProfile.builder().level(ExperienceLevel.ADVANCED).currentPain(1)
        .equipment(Set.of(Equipment.MAT, Equipment.BARBELL, Equipment.BENCH, Equipment.DUMBBELL, Equipment.BAND)).build();
    History history = new History(PLANNER, plan(advanced));
    history.follow(3, (s, i) -> History.log(s, 7, 3, 7, BOTTOM));
    LowerBackLoad allowed = PlanningRules.maxLowerBackLoad(TraineeProfile.builder().from(advanced).currentPain(7).build());
    for (AdaptedSession next : history.next().sessions()) {
      for (Prescription p : next.session().all()) {
        assertThat(CATALOG.get(p.exerciseId()).lowerBackLoad()).as(p.exerciseId()).isLessThanOrEqualTo(allowed);
      }
    }
  }

  @Test
  void everydayPainAtTheLimitIsTheGateRatherThanAStepBackEverySession() {
    TraineeProfile sore = TraineeProfile.builder().currentPain(6).build();
    History history = new History(PLANNER, plan(sore));
    history.follow(6, (s, i) -> History.log(s, 6, 6, 6, p -> p.dose().target().max() - 3));
    Adaptation next = history.next();
    assertThat(next.sessions().get(0).changes()).noneMatch(c -> c.kind() == ChangeKind.REGRESSED);
    assertThat(next.messages()).anySatisfy(m -> assertThat(m).contains("the gate is your usual pain"));
    assertThat(SessionPain.gate(sore)).isEqualTo(6);
  }

  @Test
  void aLongBreakStepsBackAndAMediumOneLightensTheWeek() {
    Program program = plan(TraineeProfile.defaults());
    List<Session> sessions = program.sessions();
    // four missed sessions: a short gap, held
    History shortGap = new History(PLANNER, program);
    shortGap.logs.add(History.log(sessions.get(0), 2, 2, 2, BOTTOM));
    for (int i = 1; i <= 4; i++) {
      shortGap.logs.add(SessionLog.missed(sessions.get(i).id(), sessions.get(i).date()));
    }
    assertThat(shortGap.next().sessions().get(0).changes()).noneMatch(c -> c.rule().filter("comeback"::equals).isPresent());
    // done in week 1, then nothing until week 6 (five weeks): fewer sets that week
    History medium = new History(PLANNER, program);
    medium.logs.add(History.log(sessions.get(0), 2, 2, 2, BOTTOM));
    for (int i = 1; i < 15; i++) {
      medium.logs.add(SessionLog.missed(sessions.get(i).id(), sessions.get(i).date()));
    }
    Adaptation back = medium.next();
    assertThat(back.messages()).anySatisfy(m -> assertThat(m).startsWith("Welcome back after about"));
    assertThat(back.sessions().get(0).changes()).anySatisfy(c -> assertThat(c.rule()).contains("comeback"));
    // done in week 1, then nothing for ten weeks: one step back
    History longGap = new History(PLANNER, program);
    longGap.logs.add(History.log(sessions.get(0), 2, 2, 2, BOTTOM));
    for (int i = 1; i < 31; i++) {
      longGap.logs.add(SessionLog.missed(sessions.get(i).id(), sessions.get(i).date()));
    }
    Adaptation stepped = longGap.next();
    assertThat(stepped.sessions().get(0).changes()).anySatisfy(c -> assertThat(c.rule()).contains("step-back"));
  }

  @Test
  void anExerciseDoneInsteadTakesTheSlot() {
    History history = beginner();
    history.follow(1, (s, i) -> {
      SessionLog.Builder log = SessionLog.builder().sessionId(s.id()).date(s.date()).painBefore(2).painNextMorning(2);
      for (Prescription p : s.main()) {
        ExerciseLog done = History.done(p, 2, BOTTOM);
        if (p.exerciseId().equals("dead-bug")) {
          done = ExerciseLog.builder().exerciseId("front-plank").insteadOf("dead-bug")
              .addSets(io.glutewise.core.dose.PerformedSet.ofSeconds(20, Load.bodyweight())).build();
        }
        log.addExercises(done);
      }
      return log.build();
    });
    AdaptedSession next = history.next().sessions().get(0);
    assertThat(next.session().main()).extracting(Prescription::exerciseId).doesNotContain("dead-bug");
  }

  @Test
  void aFlareUpStartsOnItsTriggerAndEndsOneStepBelow() {
    History history = beginner();
    history.follow(2, (s, i) -> History.log(s, 2, 2, 2, BOTTOM));
    history.follow(1, (s, i) -> History.log(s, 6, 3, 3, BOTTOM));
    Adaptation flare = history.next();
    assertThat(flare.messages()).anySatisfy(m -> assertThat(m).startsWith("Flare-up plan"));
    assertThat(flare.sessions().get(0).changes()).allSatisfy(c -> assertThat(c.rule()).contains("flare-up"));
    history.follow(2, (s, i) -> History.log(s, 2, 2, 2, BOTTOM));
    Adaptation after = history.next();
    assertThat(after.messages()).noneMatch(m -> m.startsWith("Flare-up plan"));
  }

  @Test
  void painStillWorseningAfterTwoWeeksOfFlareUpPutsSeeAClinicianFirst() {
    History history = beginner();
    int[] pain = {5, 6, 6, 7, 7, 8, 8, 8};
    history.follow(1, (s, i) -> History.log(s, 5, 4, 4, BOTTOM));
    history.follow(8, (s, i) -> History.log(s, pain[i], 4, pain[i], BOTTOM));
    Adaptation next = history.next();
    assertThat(next.messages()).isNotEmpty();
    assertThat(next.messages().get(0)).startsWith("See a clinician");
  }
}
