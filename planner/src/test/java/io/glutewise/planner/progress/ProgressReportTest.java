package io.glutewise.planner.progress;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.Planner;
import io.glutewise.planner.generators.PlannerGenerators.Outcome;
import io.glutewise.planner.generators.SessionLogs;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sessions count as due, done and missed on a given day. */
class ProgressReportTest {
  private static final Planner PLANNER = Planner.standard();
  private static final Program PROGRAM = PLANNER.plan(TraineeProfile.defaults(),
      PlanOptions.builder().startDate(LocalDate.of(2027, 1, 4)).seed(0).build()).program().orElseThrow();
  private static final Session FIRST = PROGRAM.sessions().get(0);
  private static final Session SECOND = PROGRAM.sessions().get(1);

  @Test
  void todaysSessionIsNotMissedWhileTheDayLasts() {
    ProgressReport report = ProgressReport.of(PLANNER, PROGRAM, List.of(), FIRST.date());

    assertThat(report.adherence().due()).isZero();
    assertThat(report.adherence().missed()).isZero();
  }

  @Test
  void aSessionWhoseDayHasPassedWithNoLogIsMissed() {
    ProgressReport report = ProgressReport.of(PLANNER, PROGRAM, List.of(), FIRST.date().plusDays(1));

    assertThat(report.adherence().due()).isEqualTo(1);
    assertThat(report.adherence().missed()).isEqualTo(1);
  }

  @Test
  void todaysSessionCountsOnceLogged() {
    SessionLog missed = SessionLog.missed(SECOND.id(), SECOND.date());
    ProgressReport report = ProgressReport.of(PLANNER, PROGRAM, List.of(missed), SECOND.date());

    // the first, unlogged before a later log, is missed; the second is logged as missed today
    assertThat(report.adherence().due()).isEqualTo(2);
    assertThat(report.adherence().missed()).isEqualTo(2);
    assertThat(report.sessions()).extracting(row -> row.session().id()).containsExactly(FIRST.id(), SECOND.id());
  }

  @Test
  void aSessionMovedByALateOneIsDueOnTheDayItMovedTo() {
    // the first session done two days late moves the second to keep 48 hours between them
    SessionLog late = SessionLog.builder().from(SessionLogs.log(FIRST, Outcome.GOOD, PROGRAM.builtFrom().profile()))
        .date(FIRST.date().plusDays(2)).build();
    LocalDate movedTo = io.glutewise.planner.schedule.SessionDates.dateOf(SECOND,
        io.glutewise.planner.schedule.SessionDates.moved(PROGRAM, List.of(late)));
    assertThat(movedTo).isAfter(SECOND.date());

    ProgressReport onTheNewDay = ProgressReport.of(PLANNER, PROGRAM, List.of(late), movedTo);
    assertThat(onTheNewDay.adherence().due()).isEqualTo(1);
    assertThat(onTheNewDay.adherence().missed()).isZero();

    ProgressReport dayAfter = ProgressReport.of(PLANNER, PROGRAM, List.of(late), movedTo.plusDays(1));
    assertThat(dayAfter.adherence().missed()).isEqualTo(1);
    // each row tells its day: the late one when it was done, the one it moved on the day it moved to
    assertThat(dayAfter.sessions()).extracting(ProgressReport.SessionRow::day)
        .containsExactly(FIRST.date().plusDays(2), movedTo);
  }
}
