package io.glutewise.planner.internal.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.dose.TargetRange;
import io.glutewise.core.exercise.LowerBackLoad;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.SessionPart;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.Planner;
import io.glutewise.planner.adapt.Change;
import io.glutewise.planner.adapt.ChangeKind;
import io.glutewise.planner.internal.SessionFitter;
import io.glutewise.planner.rules.Decision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each step of the adaptive pipeline on its own, from hand-made states. */
class PipelineStepsTest {
  private static final Planner PLANNER = Planner.standard();
  private static final Catalog CATALOG = PLANNER.catalog();
  private static final Program PROGRAM = PLANNER.plan(TraineeProfile.defaults(),
      PlanOptions.startingOn(LocalDate.of(2025, 1, 6))).program().orElseThrow();
  private static final ProgramContext CONTEXT = new ProgramContext(CATALOG, PROGRAM);

  private static Prescription planned(String slot) {
    return CONTEXT.sessions.get(0).all().stream().filter(p -> p.slot().orElseThrow().equals(slot)).findFirst().orElseThrow();
  }

  @Test
  void theGateSendsBackEveryUntriedStepUpAndKeepsTheOthers() {
    Prescription bridge = planned("hip-extension");
    SlotPosition before = SlotPosition.start("glute-bridge", CATALOG);
    SlotState pending = SlotState.fresh("abduction-accessory")
        .withPosition(Optional.of(new SlotPosition("side-lying-hip-abduction", before.load(), 12, Optional.empty(), 0, 0)))
        .withPending(Optional.of(new SlotState.Pending(Optional.empty())))
        .withDecision(Decision.progressed("double-progression", bridge, "aim up"));
    SlotState quiet = SlotState.fresh("hip-extension").withDecision(Decision.held("x", bridge, "as it was"));
    ReplayState replay = ReplayState.start(0).with(pending).with(quiet);
    ReplayState gated = PainGate.apply(replay, "pain reached 7/10", Set.of("hip-extension"));
    SlotState after = gated.slot("abduction-accessory");
    assertThat(after.position()).isEmpty();
    assertThat(after.pending()).isEmpty();
    assertThat(after.decision().orElseThrow().reason()).isEqualTo("held: the step up waits, because pain reached 7/10");
    assertThat(gated.slot("hip-extension")).isEqualTo(quiet);
  }

  @Test
  void aNewPhaseKeepsAStepDownUntilItIsEarnedBack() {
    Prescription march = Prescription.of("bridge-march", planned("hip-extension").dose()).withSlot("hip-extension");
    SlotState steppedDown = SlotState.fresh("hip-extension").withLastPlanned("glute-bridge").withLastTried("glute-bridge")
        .withStepDown(Optional.of("pain reached 7/10"));
    SlotState carried = PhaseCarryOver.apply(CONTEXT, ReplayState.start(0), steppedDown, march, false);
    assertThat(carried.exercise("bridge-march")).isEqualTo("glute-bridge");
    assertThat(carried.decision().orElseThrow().kind()).isEqualTo(ChangeKind.HELD);
    assertThat(carried.decision().orElseThrow().reason()).contains("is not yet earned back");
    // without the step down, the new phase's exercise one rung on
    SlotState free = PhaseCarryOver.apply(CONTEXT, ReplayState.start(0),
        SlotState.fresh("hip-extension").withLastPlanned("glute-bridge").withLastTried("glute-bridge"), march, false);
    assertThat(free.exercise("bridge-march")).isEqualTo("bridge-march");
    // and never more than one rung at a time towards a planned exercise two rungs on
    Prescription single = Prescription.of("single-leg-glute-bridge", planned("hip-extension").dose()).withSlot("hip-extension");
    SlotState twoAway = PhaseCarryOver.apply(CONTEXT, ReplayState.start(0),
        SlotState.fresh("hip-extension").withLastPlanned("glute-bridge").withLastTried("glute-bridge"), single, false);
    assertThat(twoAway.exercise("single-leg-glute-bridge")).isEqualTo("bridge-march");
  }

  @Test
  void aDeloadNeverTriesAStepUpDecidedBeforeIt() {
    Prescription bridge = planned("hip-extension");
    SlotPosition up = new SlotPosition("glute-bridge", bridge.dose().load(), 14, Optional.empty(), 3, 0);
    SlotState state = SlotState.fresh("hip-extension").withPosition(Optional.of(up))
        .withPending(Optional.of(new SlotState.Pending(Optional.empty())));
    assertThat(SlotProgress.prescribe(CONTEXT, state, bridge, true)).isEqualTo(bridge);
    assertThat(SlotProgress.prescribe(CONTEXT, state, bridge, false).dose().sets()).isEqualTo(3);
  }

  @Test
  void aSubstituteKeepsThePrimaryMusclesAndAtMostTheBackLoad() {
    var clamshell = CATALOG.get("clamshell");
    var substitute = Substitution.find(CONTEXT, 0, clamshell, Set.of()).orElseThrow();
    assertThat(Substitution.keepsTheJob(clamshell, substitute)).isTrue();
    assertThat(substitute.id()).isNotEqualTo("clamshell");
    assertThat(Substitution.find(CONTEXT, 0, clamshell, Set.of(substitute.id()))).isNotEqualTo(Optional.of(substitute));
  }

  @Test
  void aFlareUpStartsOnPainBeforeAtTheLimitOrThreeRisesOutOfTheSafeBand() {
    Session s = CONTEXT.sessions.get(0);
    SessionLog atLimit = SessionLog.builder().sessionId(s.id()).date(s.date()).painBefore(5).build();
    assertThat(FlareWatch.starts(CONTEXT, atLimit, List.of(5))).isTrue();
    SessionLog calm = SessionLog.builder().sessionId(s.id()).date(s.date()).painBefore(2).build();
    assertThat(FlareWatch.starts(CONTEXT, calm, List.of(2, 3, 4))).isTrue();
    assertThat(FlareWatch.starts(CONTEXT, calm, List.of(1, 2, 3))).isFalse();
    assertThat(FlareWatch.starts(CONTEXT, calm, List.of(4, 4, 5))).isFalse();
  }

  @Test
  void theFitterNamesWhatItLeavesOut() {
    Session planned = CONTEXT.sessions.get(0);
    List<SlotItem> items = new ArrayList<>();
    for (SessionPart part : SessionPart.values()) {
      for (Prescription p : planned.part(part)) {
        Prescription bigger = part == SessionPart.MAIN ? p.withDose(io.glutewise.core.dose.Dose.builder().from(p.dose())
            .sets(5).build()) : p;
        items.add(new SlotItem(part, p.slot().orElseThrow(), p, Optional.of(bigger),
            Change.of(p.exerciseId(), ChangeKind.UNCHANGED, "unchanged: as planned")));
      }
    }
    // the thirty-minute session, fitted for a trainee with twelve minutes
    Program short_ = PLANNER.plan(TraineeProfile.builder().minutesPerSession(12).build(),
        PlanOptions.startingOn(LocalDate.of(2025, 1, 6))).program().orElseThrow();
    Fitting.Fitted fitted = Fitting.fit(new ProgramContext(CATALOG, short_), planned, items, ReplayState.start(0));
    assertThat(fitted.session().estimatedMinutes()).isLessThanOrEqualTo(12);
    assertThat(fitted.items()).filteredOn(i -> i.adapted().isEmpty()).isNotEmpty()
        .allSatisfy(i -> assertThat(i.change().reason()).contains("so that it fits your 12 minutes"));
    assertThat(fitted.session().main()).extracting(p -> p.slot().orElseThrow()).contains("hip-extension", "abduction");
  }

  /**
   * The session's items, each main one adapted to a hold of half an hour, which no trim shortens:
   * not even the smallest adapted session fits, so the fitter falls back to the planned session.
   */
  private static List<SlotItem> tooLongToFit(Session planned, Map<String, String> exerciseBySlot) {
    List<SlotItem> items = new ArrayList<>();
    for (SessionPart part : SessionPart.values()) {
      for (Prescription p : planned.part(part)) {
        String slot = p.slot().orElseThrow();
        Prescription adapted = p;
        if (part == SessionPart.MAIN) {
          Dose hold = Dose.builder().from(p.dose()).repetitions(Optional.empty())
              .seconds(TargetRange.of(1800, 1800)).build();
          adapted = Prescription.of(exerciseBySlot.getOrDefault(slot, p.exerciseId()), hold).withSlot(slot);
        }
        items.add(new SlotItem(part, slot, p, Optional.of(adapted),
            Change.of(adapted.exerciseId(), ChangeKind.UNCHANGED, "unchanged: as planned")));
      }
    }
    return items;
  }

  /** The default first session with a Romanian deadlift (moderate lower-back load) in the hinge slot. */
  private static Session withHinge(Session session, boolean only) {
    Prescription hinge = Prescription.of("romanian-deadlift", CATALOG.get("romanian-deadlift").defaultDose())
        .withSlot("hinge-or-single-leg");
    List<Prescription> main = new ArrayList<>(only ? List.of() : session.main());
    main.add(hinge);
    return Session.builder().from(session).main(main).build();
  }

  private static Optional<SlotItem> item(Fitting.Fitted fitted, String slot) {
    return fitted.items().stream().filter(i -> i.part() == SessionPart.MAIN && i.slot().equals(slot)).findFirst();
  }

  @Test
  void theFitterNeverEmptiesTheMainBlock() {
    // an adapted session that has lost both opening movements to pain: core work and a hinge, for ten
    // minutes; each may go in turn, but not both (a session without a main block is not a session)
    Session planned = CONTEXT.sessions.get(0);
    Prescription hinge = Prescription.of("romanian-deadlift", CATALOG.get("romanian-deadlift").defaultDose())
        .withSlot("hinge-or-single-leg");
    Session noOpening = Session.builder().from(planned).main(List.of(planned("core-anti-extension"), hinge)).build();
    SessionFitter.Fitted fitted = SessionFitter.fit(noOpening, 10, CATALOG).orElseThrow();
    assertThat(fitted.session().main()).extracting(Prescription::exerciseId).containsExactly("romanian-deadlift");
    assertThat(fitted.leftOut()).extracting(Prescription::exerciseId).containsExactly("curl-up");
    assertThat(fitted.session().estimatedMinutes()).isLessThanOrEqualTo(10);
    // a half-hour hold of the hinge fits no ten minutes: the fitter says so, keeping the hinge to the end
    Prescription longHold = hinge.withDose(Dose.builder().from(hinge.dose()).repetitions(Optional.empty())
        .seconds(TargetRange.of(1800, 1800)).build());
    Session tooLong = Session.builder().from(noOpening).main(List.of(planned("core-anti-extension"), longHold)).build();
    assertThat(SessionFitter.fit(tooLong, 10, CATALOG)).isEmpty();
  }

  @Test
  void whenNotEvenTheSmallestAdaptedSessionFitsThePlannedSessionStands() {
    Session planned = CONTEXT.sessions.get(0);
    int minutes = CONTEXT.profile.minutesPerSession();
    Fitting.Fitted fitted = Fitting.fit(CONTEXT, planned, tooLongToFit(planned, Map.of()), ReplayState.start(0));
    assertThat(fitted.session()).isEqualTo(planned);
    assertThat(fitted.items()).hasSize(planned.all().size()).allSatisfy(i -> {
      assertThat(i.adapted()).contains(i.planned());
      assertThat(i.change().kind()).isEqualTo(ChangeKind.HELD);
      assertThat(i.change().reason()).isEqualTo("held: as planned: the adapted session would not fit your "
          + minutes + " minutes");
    });
  }

  @Test
  void theFallBackToThePlannedSessionKeepsThePainGate() {
    // a pain of 7/10 allows a low lower-back load at most; the planned Romanian deadlift's is moderate
    Session planned = withHinge(CONTEXT.sessions.get(0), false);
    ReplayState pain = ReplayState.start(7);
    assertThat(CONTEXT.allowedBackLoad(7)).isEqualTo(LowerBackLoad.LOW);
    Fitting.Fitted fitted = Fitting.fit(CONTEXT, planned, tooLongToFit(planned, Map.of()), pain);
    assertThat(fitted.session().main()).extracting(Prescription::exerciseId)
        .containsExactly("glute-bridge", "curl-up", "clamshell");
    assertThat(fitted.session().main()).allSatisfy(p ->
        assertThat(CATALOG.get(p.exerciseId()).lowerBackLoad()).isLessThanOrEqualTo(LowerBackLoad.LOW));
    SlotItem hinge = item(fitted, "hinge-or-single-leg").orElseThrow();
    assertThat(hinge.adapted()).isEmpty();
    assertThat(hinge.change().reason()).contains("loads the lower back more than a pain of 7/10 allows");
  }

  @Test
  void aMainBlockTheGateWouldEmptyKeepsAGentlerExerciseOnlyWhenThePainAllowsIt() {
    Session hingeOnly = withHinge(CONTEXT.sessions.get(0), true);
    // the adapted exercise is as heavy on the back as the planned one, which the back-load cap keeps
    // only when nothing gentler suits the trainee: so does the fall-back, rather than no main block
    Fitting.Fitted none = Fitting.fit(CONTEXT, hingeOnly, tooLongToFit(hingeOnly, Map.of()), ReplayState.start(7));
    assertThat(none.session().main()).extracting(Prescription::exerciseId).containsExactly("romanian-deadlift");
    assertThat(none.session().main().get(0).dose()).isEqualTo(CATALOG.get("romanian-deadlift").defaultDose());
    assertThat(item(none, "hinge-or-single-leg").orElseThrow().change().reason())
        .contains("nothing that loads the lower back less suits you, so romanian deadlift stays");
    // the adapted exercise is a glute bridge (low load): it stays, at the plan's dose of a glute bridge
    Fitting.Fitted gentler = Fitting.fit(CONTEXT, hingeOnly,
        tooLongToFit(hingeOnly, Map.of("hinge-or-single-leg", "glute-bridge")), ReplayState.start(7));
    assertThat(gentler.session().main()).extracting(Prescription::exerciseId).containsExactly("glute-bridge");
    assertThat(gentler.session().main().get(0).dose().isTimed()).isFalse();
    assertThat(item(gentler, "hinge-or-single-leg").orElseThrow().change().reason())
        .contains("so glute bridge stays at the plan's dose");
  }

  @Test
  void theFallBackNeverTakesAStepDownBackToTheHarderPlannedExercise() {
    // the hip-extension slot stepped down from the single-leg bridge to the glute bridge after pain
    Session planned = CONTEXT.sessions.get(0);
    Prescription single = Prescription.of("single-leg-glute-bridge", planned("hip-extension").dose())
        .withSlot("hip-extension");
    List<Prescription> main = new ArrayList<>(planned.main());
    main.set(main.indexOf(planned("hip-extension")), single);
    Session harder = Session.builder().from(planned).main(main).build();
    SlotState steppedDown = SlotState.fresh("hip-extension").withStepDown(Optional.of("pain reached 7/10"));
    Fitting.Fitted fitted = Fitting.fit(CONTEXT, harder,
        tooLongToFit(harder, Map.of("hip-extension", "glute-bridge")), ReplayState.start(0).with(steppedDown));
    assertThat(fitted.session().main()).extracting(Prescription::exerciseId)
        .doesNotContain("single-leg-glute-bridge").containsExactly("curl-up", "clamshell");
    assertThat(item(fitted, "hip-extension").orElseThrow().change().reason())
        .contains("is harder than glute bridge, while the step down after pain reached 7/10 is not yet earned back");
  }

  @Test
  void stepBackMovesEverySlotOneStepEasier() {
    Map<String, Optional<SlotPosition>> none = Map.of();
    ReplayState replay = ReplayState.start(0);
    // a slot with no attempt yet has nothing to step back from
    assertThat(StepBack.all(CONTEXT, replay.with(SlotState.fresh("abduction")), none, "why").slot("abduction").stepDown())
        .isEmpty();
  }
}
