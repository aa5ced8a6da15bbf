package io.glutewise.planner.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.Planner;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Long sessions on many days are not filled with sets beyond the phase's weekly aim: the plan says
 * so, rather than leaving 15-minute sessions in a 60-minute plan unexplained.
 */
class SpareTimeNoteTest {
  private static final Planner PLANNER = Planner.standard();
  private static final PlanOptions OPTIONS = PlanOptions.builder().startDate(LocalDate.of(2027, 1, 4)).seed(0).build();

  @Test
  void anAdvancedFiveDaySixtyMinutePlanSaysWhyItsSessionsAreShorter() {
    TraineeProfile profile = TraineeProfile.builder().level(ExperienceLevel.ADVANCED).daysPerWeek(5)
        .minutesPerSession(60).equipment(Set.of(Equipment.MAT, Equipment.BENCH, Equipment.BAND, Equipment.BARBELL))
        .build();
    Program program = PLANNER.plan(profile, OPTIONS).program().orElseThrow();
    int longest = program.sessions().stream().mapToInt(Session::estimatedMinutes).max().orElseThrow();

    assertThat(longest).isLessThanOrEqualTo(30);
    assertThat(program.notes()).anySatisfy(note -> assertThat(note)
        .startsWith("These sessions take up to ").contains("of your 60 minutes").contains("weekly hard sets"));
  }

  @Test
  void aPlanThatUsesMostOfItsMinutesHasNoSuchNote() {
    Program program = PLANNER.plan(TraineeProfile.defaults(), OPTIONS).program().orElseThrow();

    assertThat(program.notes()).noneMatch(note -> note.startsWith("These sessions take up to"));
  }
}
