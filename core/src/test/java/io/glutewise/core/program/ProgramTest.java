package io.glutewise.core.program;

import static io.glutewise.core.generators.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.InvalidValueException;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.trainee.TraineeProfile;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sessions, weeks, phases and programs hold together: ids, numbering and non-empty blocks. */
class ProgramTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
  private static final Prescription BRIDGE =
      Prescription.of("glute-bridge", Dose.ofRepetitions(3, 8, 12));
  private static final Prescription STRETCH =
      Prescription.of("hip-flexor-stretch", Dose.ofSeconds(2, 30, 30));
  private static final Prescription SQUEEZE =
      Prescription.of("glute-squeeze", Dose.ofSeconds(1, 10, 10));

  private static Session.Builder session(int week, int index) {
    Session.Builder session = Session.builder();
    session
        .week(week)
        .index(index)
        .date(MONDAY.plusWeeks(week - 1L).plusDays(2L * (index - 1)))
        .addWarmUp(SQUEEZE)
        .addMain(BRIDGE)
        .addCoolDown(STRETCH)
        .estimatedMinutes(25);
    return session;
  }

  private static Week week(int number) {
    return Week.builder()
        .number(number)
        .addSessions(session(number, 1).build(), session(number, 2).build())
        .build();
  }

  private static Phase phase(PhaseKind kind, Week... weeks) {
    return Phase.builder().kind(kind).aim("wake the glutes up").addWeeks(weeks).build();
  }

  private static BuiltFrom builtFrom() {
    return BuiltFrom.of(TraineeProfile.defaults(), PlanOptions.startingOn(MONDAY), "2025.1");
  }

  @Test
  void aSessionIsNamedByWeekAndIndex() {
    Session session = session(3, 2).build();
    assertThat(session.id()).isEqualTo("w03-s2");
    assertThat(Session.idOf(12, 1)).isEqualTo("w12-s1");
    assertThat(Session.idOf(104, 7)).isEqualTo("w104-s7");
    assertThat(session.dayOfWeek()).isEqualTo(MONDAY.plusDays(2).getDayOfWeek());
  }

  @Test
  void aSessionListsItsPartsInOrder() {
    Session session = session(1, 1).build();
    assertThat(session.all()).containsExactly(SQUEEZE, BRIDGE, STRETCH);
    assertThat(session.part(SessionPart.WARM_UP)).containsExactly(SQUEEZE);
    assertThat(session.part(SessionPart.MAIN)).containsExactly(BRIDGE);
    assertThat(session.part(SessionPart.COOL_DOWN)).containsExactly(STRETCH);
  }

  @Test
  void aSessionWithAnEmptyMainBlockIsRejected() {
    assertRejected(() -> session(1, 1).main(List.of()).build(), "main", "[]")
        .hasMessageContaining("in session w01-s1");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 53})
  void aSessionOutsideTheWeeksOfAYearIsRejected(int week) {
    assertRejected(() -> session(week, 1).build(), "week", String.valueOf(week));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 8})
  void aSessionIndexOutsideOneToSevenIsRejected(int index) {
    assertRejected(() -> session(1, 1).index(index).build(), "index", String.valueOf(index));
  }

  @Test
  void aNegativeEstimateIsRejected() {
    assertRejected(() -> session(1, 1).estimatedMinutes(-1).build(), "estimatedMinutes", "-1");
  }

  @Test
  void aWeekHoldingASessionOfAnotherWeekIsRejected() {
    assertRejected(
            () ->
                Week.builder()
                    .number(2)
                    .addSessions(session(2, 1).build(), session(3, 2).build())
                    .build(),
            "sessions[1].week",
            "3")
        .hasMessageContaining("must equal the week's number 2");
  }

  @Test
  void aWeekNumberOutsideAYearIsRejected() {
    assertRejected(() -> Week.builder().number(0).build(), "number", "0");
  }

  @Test
  void aPhaseWithoutWeeksIsRejected() {
    assertRejected(
            () -> Phase.builder().kind(PhaseKind.STRENGTH).aim("get stronger").build(),
            "weeks",
            "[]")
        .hasMessageContaining("in phase strength");
  }

  @Test
  void weeksRunOneToNAcrossPhases() {
    Program program =
        Program.builder()
            .builtFrom(builtFrom())
            .addPhases(
                phase(PhaseKind.ACTIVATION, week(1), week(2)),
                phase(PhaseKind.STRENGTH_ENDURANCE, week(3)))
            .build();
    assertThat(program.weeks()).extracting(Week::number).containsExactly(1, 2, 3);
    assertThat(program.sessions()).extracting(Session::id)
        .containsExactly("w01-s1", "w01-s2", "w02-s1", "w02-s2", "w03-s1", "w03-s2");
    assertThat(program.session("w02-s2")).map(Session::week).contains(2);
    assertThat(program.session("w04-s1")).isEmpty();
    assertThat(program.phaseOf(3).kind()).isEqualTo(PhaseKind.STRENGTH_ENDURANCE);
  }

  @Test
  void aWeekThatIsNotInTheProgramIsNamed() {
    Program program =
        Program.builder().builtFrom(builtFrom()).addPhases(phase(PhaseKind.ACTIVATION, week(1)))
            .build();
    InvalidValueException missing =
        Assertions.catchThrowableOfType(InvalidValueException.class, () -> program.phaseOf(5));
    assertThat(missing.field()).isEqualTo("week");
    assertThat(missing.value()).isEqualTo("5");
  }

  @Test
  void aGapInTheWeekNumbersIsRejected() {
    assertRejected(
            () ->
                Program.builder()
                    .builtFrom(builtFrom())
                    .addPhases(phase(PhaseKind.ACTIVATION, week(1), week(3)))
                    .build(),
            "phases[0].weeks[1].number",
            "3")
        .hasMessageContaining("must be 2");
  }

  @Test
  void aPhaseThatStartsCountingAgainIsRejected() {
    assertRejected(
        () ->
            Program.builder()
                .builtFrom(builtFrom())
                .addPhases(
                    phase(PhaseKind.ACTIVATION, week(1), week(2)),
                    phase(PhaseKind.STRENGTH, week(1)))
                .build(),
        "phases[1].weeks[0].number",
        "1");
  }

  @Test
  void aProgramMustStartAtWeekOne() {
    assertRejected(
        () ->
            Program.builder()
                .builtFrom(builtFrom())
                .addPhases(phase(PhaseKind.ACTIVATION, week(2)))
                .build(),
        "phases[0].weeks[0].number",
        "2");
  }

  @Test
  void aProgramWithoutPhasesIsRejected() {
    assertRejected(() -> Program.builder().builtFrom(builtFrom()).build(), "phases", "[]");
  }

  @Test
  void aPrescriptionNamesItsExerciseBySlug() {
    assertRejected(
        () -> Prescription.of("Glute Bridge", Dose.ofRepetitions(3, 8, 12)),
        "exerciseId",
        "\"Glute Bridge\"");
    assertThat(BRIDGE.withNote("squeeze at the top").note()).contains("squeeze at the top");
    assertThat(BRIDGE.withDose(Dose.ofRepetitions(2, 10, 15)).dose().sets()).isEqualTo(2);
  }
}
