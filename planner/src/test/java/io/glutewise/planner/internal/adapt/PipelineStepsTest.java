package io.glutewise.planner.internal.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.catalog.Catalog;
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

  @Test
  void stepBackMovesEverySlotOneStepEasier() {
    Map<String, Optional<SlotPosition>> none = Map.of();
    ReplayState replay = ReplayState.start(0);
    // a slot with no attempt yet has nothing to step back from
    assertThat(StepBack.all(CONTEXT, replay.with(SlotState.fresh("abduction")), none, "why").slot("abduction").stepDown())
        .isEmpty();
  }
}
