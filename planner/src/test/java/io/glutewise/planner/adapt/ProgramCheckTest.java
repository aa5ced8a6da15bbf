package io.glutewise.planner.adapt;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.glutewise.core.dose.Dose;
import io.glutewise.core.dose.Load;
import io.glutewise.core.program.BuiltFrom;
import io.glutewise.core.program.Phase;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.Week;
import io.glutewise.core.trainee.RedFlag;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.Planner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A program that comes back is one the planner could have built, or a clear error naming what is wrong. */
class ProgramCheckTest {
  private static final Planner PLANNER = Planner.standard();
  private static final Program PROGRAM = PLANNER.plan(TraineeProfile.defaults(),
      PlanOptions.startingOn(LocalDate.of(2025, 1, 6))).program().orElseThrow();

  /** The program with its first week's sessions changed. */
  private static Program withFirstWeek(UnaryOperator<List<Session>> change) {
    List<Phase> phases = new ArrayList<>(PROGRAM.phases());
    Phase first = phases.get(0);
    List<Week> weeks = new ArrayList<>(first.weeks());
    weeks.set(0, Week.builder().from(weeks.get(0)).sessions(change.apply(new ArrayList<>(weeks.get(0).sessions()))).build());
    phases.set(0, Phase.builder().from(first).weeks(weeks).build());
    return Program.builder().from(PROGRAM).phases(phases).build();
  }

  @Test
  void aProgramAsBuiltPasses() {
    assertThatCode(() -> ProgramCheck.verify(PROGRAM, PLANNER.catalog())).doesNotThrowAnyException();
  }

  @Test
  void aRedFlagInTheProfileItWasBuiltFromIsAReferralNotSessions() {
    TraineeProfile flagged = TraineeProfile.builder().from(TraineeProfile.defaults()).addRedFlags(RedFlag.SADDLE_NUMBNESS).build();
    Program tampered = Program.builder().from(PROGRAM)
        .builtFrom(BuiltFrom.of(flagged, PROGRAM.builtFrom().options(), PROGRAM.builtFrom().catalogVersion())).build();
    assertThatThrownBy(() -> PLANNER.next(tampered, List.of()))
        .isInstanceOf(InvalidProgramException.class)
        .hasMessageContaining("builtFrom.profile.redFlags")
        .hasMessageContaining("saddle-numbness")
        .hasMessageContaining("see a doctor or physiotherapist");
  }

  @Test
  void aBarbellExerciseInABeginnersMatPlanIsNamed() {
    Program tampered = withFirstWeek(sessions -> {
      Session s = sessions.get(0);
      List<Prescription> main = new ArrayList<>(s.main());
      main.set(0, Prescription.of("barbell-hip-thrust", Dose.builder().from(main.get(0).dose()).load(Load.kilograms(40)).build()));
      sessions.set(0, Session.builder().from(s).main(main).build());
      return sessions;
    });
    assertThatThrownBy(() -> PLANNER.next(tampered, List.of()))
        .isInstanceOf(InvalidProgramException.class)
        .hasMessageContaining("session w01-s1, main, barbell-hip-thrust")
        .hasMessageContaining("does not suit");
  }

  @Test
  void aSessionIdTwiceOrDatesOutOfOrderAreNamed() {
    Program twice = withFirstWeek(sessions -> {
      sessions.set(1, Session.builder().from(sessions.get(1)).index(1).build());
      return sessions;
    });
    assertThatThrownBy(() -> PLANNER.next(twice, List.of()))
        .isInstanceOf(InvalidProgramException.class).hasMessageContaining("session w01-s1").hasMessageContaining("twice");
    Program backwards = withFirstWeek(sessions -> {
      sessions.set(1, Session.builder().from(sessions.get(1)).date(LocalDate.of(2025, 1, 1)).build());
      return sessions;
    });
    assertThatThrownBy(() -> PLANNER.next(backwards, List.of()))
        .isInstanceOf(InvalidProgramException.class).hasMessageContaining("session w01-s2")
        .hasMessageContaining("2025-01-01 is not after");
  }
}
