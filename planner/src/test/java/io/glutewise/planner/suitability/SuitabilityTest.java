package io.glutewise.planner.suitability;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.LadderStep;
import io.glutewise.core.exercise.MovementPattern;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.trainee.Limitation;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.Planner;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The findings of issue 8 about what a trainee may do, pinned with the standard catalog. */
class SuitabilityTest {
  private static final Planner PLANNER = Planner.standard();
  private static final Catalog CATALOG = PLANNER.catalog();
  private static final PlanOptions TWELVE_WEEKS = PlanOptions.startingOn(LocalDate.of(2027, 1, 4));

  private static TraineeProfile trainee(ExperienceLevel level, Set<Equipment> equipment, Limitation... limitations) {
    return TraineeProfile.builder()
        .level(level)
        .equipment(equipment)
        .limitations(limitations.length == 0 ? EnumSet.noneOf(Limitation.class) : EnumSet.of(limitations[0], limitations))
        .build();
  }

  private static Program plan(TraineeProfile profile) {
    return PLANNER.plan(profile, TWELVE_WEEKS).program().orElseThrow();
  }

  private static Set<String> planned(Program program) {
    return program.sessions().stream().flatMap(s -> s.all().stream()).map(Prescription::exerciseId)
        .collect(Collectors.toSet());
  }

  @Test
  void kneePainGetsNoStepUpLungeOrSquat() {
    Set<Equipment> everything = EnumSet.allOf(Equipment.class);
    for (ExperienceLevel level : ExperienceLevel.values()) {
      Suitability rule = Suitability.of(trainee(level, everything, Limitation.KNEE_PAIN));
      for (String id : List.of("step-up", "lateral-step-up", "bodyweight-squat", "goblet-squat", "split-squat",
          "reverse-lunge", "bulgarian-split-squat", "single-leg-squat")) {
        assertThat(rule.test(CATALOG.get(id))).as(id + " for a " + level.id()).isFalse();
        assertThat(rule.reasonsAgainst(CATALOG.get(id))).as(id).anySatisfy(r -> assertThat(r).contains("knee-pain"));
      }
      assertThat(planned(plan(trainee(level, everything, Limitation.KNEE_PAIN))))
          .allSatisfy(id -> assertThat(CATALOG.get(id).pattern()).as(id).isNotIn(MovementPattern.LUNGE))
          .doesNotContain("step-up", "lateral-step-up", "bodyweight-squat", "goblet-squat", "split-squat");
    }
  }

  @Test
  void theRuleExplainsEachConditionItRefusesOn() {
    TraineeProfile beginner = TraineeProfile.builder().level(ExperienceLevel.BEGINNER)
        .equipment(EnumSet.of(Equipment.MAT)).currentPain(8).limitations(EnumSet.of(Limitation.PREGNANCY)).build();
    List<String> reasons = Suitability.of(beginner).reasonsAgainst(CATALOG.get("barbell-hip-thrust"));
    assertThat(reasons).hasSize(5);
    assertThat(reasons).contains("needs bench, which is not at hand", "needs barbell, which is not at hand");
    assertThat(reasons).anySatisfy(r -> assertThat(r).contains("ruled out by pregnancy"));
    assertThat(reasons).anySatisfy(r -> assertThat(r).contains("more than low allowed at pain 8/10"));
    assertThat(reasons).anySatisfy(r -> assertThat(r).startsWith("difficulty 5 is above"));
  }

  @Test
  void withDumbbellsAndABenchButNoBandTheHipThrustLadderLeadsToTheDumbbellRung() {
    TraineeProfile profile = TraineeProfile.builder().from(
        trainee(ExperienceLevel.INTERMEDIATE, EnumSet.of(Equipment.MAT, Equipment.BENCH, Equipment.DUMBBELL)))
        .daysPerWeek(4).build();
    List<LadderStep> next = CATALOG.nextRungs("hip-thrust", Suitability.of(profile));
    assertThat(next).extracting(LadderStep::to).contains("dumbbell-hip-thrust").doesNotContain("banded-hip-thrust");
    assertThat(planned(plan(profile))).contains("dumbbell-hip-thrust");
  }

  @Test
  void withNoEquipmentTheRomanianDeadliftLadderReachesTheSingleLegRung() {
    TraineeProfile advanced = trainee(ExperienceLevel.ADVANCED, EnumSet.of(Equipment.NONE));
    Suitability rule = Suitability.of(advanced).withMaxDifficulty(5);
    Set<String> reachable = CATALOG.ladders().allHarder("romanian-deadlift").stream()
        .filter(id -> rule.test(CATALOG.get(id))).collect(Collectors.toSet());
    assertThat(reachable).contains("single-leg-romanian-deadlift");
    assertThat(CATALOG.nextRungs("romanian-deadlift", rule)).extracting(LadderStep::to)
        .doesNotContain("dumbbell-romanian-deadlift");
  }

  @Test
  void wristPainAndNoFloorWorkWithAMatAndABandGetAWholePlanWithCore() {
    for (ExperienceLevel level : ExperienceLevel.values()) {
      TraineeProfile profile = trainee(level, EnumSet.of(Equipment.MAT, Equipment.BAND),
          Limitation.WRIST_PAIN, Limitation.NO_FLOOR_WORK);
      Program program = plan(profile);
      Set<Exercise> used = planned(program).stream().map(CATALOG::get).collect(Collectors.toSet());
      assertThat(used).allSatisfy(e -> assertThat(e.onTheFloor()).as(e.id()).isFalse());
      assertThat(used).as(level.id()).anySatisfy(e ->
          assertThat(e.pattern()).isIn(MovementPattern.ANTI_EXTENSION, MovementPattern.ANTI_ROTATION));
    }
  }
}
