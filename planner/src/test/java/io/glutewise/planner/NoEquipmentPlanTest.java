package io.glutewise.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.trainee.TraineeProfile;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The seeds' premise: glute work at home with nothing but the floor. */
class NoEquipmentPlanTest {
  private final Planner planner = Planner.standard();

  @Test
  void everyLevelWithNoEquipmentAtAllGetsABodyweightProgram() {
    for (ExperienceLevel level : ExperienceLevel.values()) {
      TraineeProfile profile =
          TraineeProfile.builder().level(level).equipment(EnumSet.of(Equipment.NONE)).build();
      PlanResult result = planner.plan(profile, PlanOptions.startingOn(LocalDate.of(2026, 11, 23)));

      assertThat(result.program()).as("program for %s", level).isPresent();
      assertThat(result.program().orElseThrow().sessions())
          .flatMap(s -> s.all())
          .extracting(Prescription::exerciseId)
          .allSatisfy(id -> assertThat(planner.catalog().get(id).equipment()).isEmpty());
    }
  }
}
