package io.glutewise.planner.schedule;

import static io.glutewise.core.generators.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.planner.Fixtures;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** After a session done late, the next sessions keep 48 hours between them and never move earlier. */
class SessionDatesProperties {
  private static final Program PROGRAM = Fixtures.planner()
      .plan(io.glutewise.core.trainee.TraineeProfile.defaults(), io.glutewise.core.program.PlanOptions.startingOn(Fixtures.MONDAY))
      .program().orElseThrow();

  @Test
  void movedSessionsKeepTheirSpacingAndNeverMoveEarlier() {
    List<Session> sessions = PROGRAM.sessions();
    theory().forAll(integers().between(0, sessions.size() - 1), integers().between(-2, 9))
        .checkAssert((index, late) -> {
          Session done = sessions.get(index);
          SessionLog log = SessionLog.missed(done.id(), done.date().plusDays(late));
          Map<String, SessionDates.Move> moves = SessionDates.moved(PROGRAM, List.of(log));
          LocalDate previous = log.date();
          for (int i = index + 1; i < sessions.size(); i++) {
            LocalDate now = SessionDates.dateOf(sessions.get(i), moves);
            assertThat(now).isAfterOrEqualTo(sessions.get(i).date());
            if (i == index + 1 || moves.containsKey(sessions.get(i).id())) {
              assertThat(ChronoUnit.DAYS.between(previous, now)).isGreaterThanOrEqualTo(SessionDates.MIN_DAYS_BETWEEN);
            }
            previous = now;
          }
          if (late <= 0) {
            assertThat(moves).isEmpty();
          }
        });
  }

  @Test
  void aSessionTwoDaysLateMovesTheRestOfItsWeek() {
    Session first = PROGRAM.sessions().get(0);
    Session second = PROGRAM.sessions().get(1);
    long gap = ChronoUnit.DAYS.between(first.date(), second.date());
    SessionLog late = SessionLog.missed(first.id(), first.date().plusDays(gap));
    Map<String, SessionDates.Move> moves = SessionDates.moved(PROGRAM, List.of(late));
    assertThat(moves).containsKey(second.id());
    assertThat(moves.get(second.id()).date()).isEqualTo(late.date().plusDays(2));
  }
}
