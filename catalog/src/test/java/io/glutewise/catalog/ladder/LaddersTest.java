package io.glutewise.catalog.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.catalog.Fixtures;
import io.glutewise.core.exercise.LadderStep;
import io.glutewise.core.exercise.ProgressionCriterion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ladder queries on the small catalog's two trees and one join (see small-catalog.json). */
class LaddersTest {
  private final Ladders ladders = Fixtures.small().ladders();

  @Test
  void harderGivesTheNextRungsInFileOrder() {
    assertThat(ladders.harder("glute-bridge")).containsExactly("single-leg-glute-bridge", "hip-thrust");
    assertThat(ladders.harder("hip-thrust")).containsExactly("barbell-hip-thrust");
    assertThat(ladders.harder("barbell-hip-thrust")).isEmpty();
    assertThat(ladders.harder("deadlift")).isEmpty();
    assertThat(ladders.harder("no-such-exercise")).isEmpty();
  }

  @Test
  void easierGivesThePreviousRungs() {
    assertThat(ladders.easier("side-plank-hip-abduction")).containsExactly("banded-clamshell", "side-plank");
    assertThat(ladders.easier("single-leg-glute-bridge")).containsExactly("glute-bridge");
    assertThat(ladders.easier("glute-bridge")).isEmpty();
    assertThat(ladders.easier("no-such-exercise")).isEmpty();
  }

  @Test
  void stepCarriesTheCriterionOfADirectStepOnly() {
    assertThat(ladders.step("glute-bridge", "hip-thrust"))
        .hasValue(LadderStep.of("glute-bridge", "hip-thrust", ProgressionCriterion.ofRepetitions(3, 15)));
    assertThat(ladders.step("side-plank", "side-plank-hip-abduction"))
        .hasValueSatisfying(s -> assertThat(s.criterion().seconds()).hasValue(30));
    assertThat(ladders.step("hip-thrust", "glute-bridge")).isEmpty();
    assertThat(ladders.step("glute-bridge", "barbell-hip-thrust")).isEmpty();
    assertThat(ladders.step("glute-bridge", "no-such-exercise")).isEmpty();
    assertThat(ladders.step("no-such-exercise", "glute-bridge")).isEmpty();
  }

  @Test
  void allHarderAndAllEasierFollowEveryStep() {
    assertThat(ladders.allHarder("glute-bridge"))
        .containsExactly("single-leg-glute-bridge", "hip-thrust", "barbell-hip-thrust");
    assertThat(ladders.allHarder("clamshell")).containsExactly("banded-clamshell", "side-plank-hip-abduction");
    assertThat(ladders.allEasier("barbell-hip-thrust")).containsExactly("hip-thrust", "glute-bridge");
    assertThat(ladders.allEasier("side-plank-hip-abduction"))
        .containsExactly("banded-clamshell", "side-plank", "clamshell");
    assertThat(ladders.allHarder("deadlift")).isEmpty();
    assertThat(ladders.allEasier("no-such-exercise")).isEmpty();
  }

  @Test
  void pathIsTheShortestClimbWithBothEnds() {
    assertThat(ladders.path("glute-bridge", "barbell-hip-thrust"))
        .hasValue(List.of("glute-bridge", "hip-thrust", "barbell-hip-thrust"));
    assertThat(ladders.path("clamshell", "side-plank-hip-abduction"))
        .hasValue(List.of("clamshell", "banded-clamshell", "side-plank-hip-abduction"));
    assertThat(ladders.path("clamshell", "clamshell")).hasValue(List.of("clamshell"));
    assertThat(ladders.path("barbell-hip-thrust", "glute-bridge")).isEmpty();
    assertThat(ladders.path("clamshell", "single-leg-glute-bridge")).isEmpty();
    assertThat(ladders.path("clamshell", "no-such-exercise")).isEmpty();
  }

  @Test
  void stepsAreListedInFileOrderAndNeverCycle() {
    assertThat(ladders.steps()).extracting(s -> s.from() + ">" + s.to()).containsExactly(
        "glute-bridge>single-leg-glute-bridge",
        "glute-bridge>hip-thrust",
        "hip-thrust>barbell-hip-thrust",
        "clamshell>banded-clamshell",
        "banded-clamshell>side-plank-hip-abduction",
        "side-plank>side-plank-hip-abduction");
    assertThat(ladders.hasCycle()).isFalse();
  }

  @Test
  void aGraphBuiltFromUnvalidatedStepsCanReportItsCycle() {
    ProgressionCriterion criterion = ProgressionCriterion.ofRepetitions(3, 10);
    Ladders circular = Ladders.of(List.of("a", "b"),
        List.of(LadderStep.of("a", "b", criterion), LadderStep.of("b", "a", criterion)));
    assertThat(circular.hasCycle()).isTrue();
  }

  @Test
  void nextRungsPassOverRungsTheRuleRejectsAndStopAtTheFirstItAccepts() {
    // glute-bridge -> single-leg-glute-bridge, glute-bridge -> hip-thrust -> barbell-hip-thrust
    assertThat(ladders.nextRungs("glute-bridge", id -> !id.equals("hip-thrust")))
        .extracting(LadderStep::to).containsExactly("single-leg-glute-bridge", "barbell-hip-thrust");
    // the criterion is the one for leaving the current rung
    assertThat(ladders.nextRungs("glute-bridge", id -> id.equals("barbell-hip-thrust")))
        .containsExactly(LadderStep.of("glute-bridge", "barbell-hip-thrust", ProgressionCriterion.ofRepetitions(3, 15)));
    assertThat(ladders.nextRungs("glute-bridge", id -> true))
        .extracting(LadderStep::to).containsExactly("single-leg-glute-bridge", "hip-thrust");
    assertThat(ladders.nextRungs("glute-bridge", id -> false)).isEmpty();
    assertThat(ladders.nextRungs("no-such-exercise", id -> true)).isEmpty();
  }

  @Test
  void previousRungsPassOverRungsTheRuleRejects() {
    assertThat(ladders.previousRungs("barbell-hip-thrust", id -> !id.equals("hip-thrust")))
        .containsExactly("glute-bridge");
    assertThat(ladders.previousRungs("barbell-hip-thrust", id -> true)).containsExactly("hip-thrust");
    assertThat(ladders.previousRungs("glute-bridge", id -> true)).isEmpty();
  }
}
