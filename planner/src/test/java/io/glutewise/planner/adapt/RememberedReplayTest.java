package io.glutewise.planner.adapt;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Program;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.Planner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The planner remembers the replay of the latest program it adapted and resumes it; whatever the
 * order of calls (one more log, an earlier log changed, fewer logs, another program), every answer
 * is the one a planner that remembers nothing gives.
 */
class RememberedReplayTest {
  private static final Catalog CATALOG = Catalog.standard();

  /** The answer of a planner that has adapted nothing before. */
  private static Adaptation fresh(Program program, List<SessionLog> logs) {
    return new Planner(CATALOG).next(program, logs);
  }

  @Test
  void resumingGivesTheAnswerOfAFullReplayWhateverTheOrderOfCalls() {
    Planner planner = new Planner(CATALOG);
    Program program = planner.plan(TraineeProfile.defaults(), PlanOptions.startingOn(LocalDate.of(2025, 1, 6)))
        .program().orElseThrow();
    History history = new History(planner, program);
    history.follow(6, (s, i) -> History.log(s, 2, i == 3 ? 7 : 2, i == 4 ? 4 : 2, History.Amount.TOP));
    List<SessionLog> logs = new ArrayList<>(history.logs);
    assertThat(planner.next(program, logs)).isEqualTo(fresh(program, logs));

    // an earlier session logged again with other pains: the replay resumes before it, not after
    SessionLog changed = History.log(program.session(logs.get(1).sessionId()).orElseThrow(), 2, 7, 5,
        History.Amount.BOTTOM);
    logs.set(1, changed);
    assertThat(planner.next(program, logs)).isEqualTo(fresh(program, logs));

    // fewer logs than remembered, then another program in between, then the first again
    List<SessionLog> fewer = logs.subList(0, 3);
    assertThat(planner.next(program, fewer)).isEqualTo(fresh(program, fewer));
    Program other = planner.plan(TraineeProfile.defaults(), PlanOptions.startingOn(LocalDate.of(2025, 2, 3)))
        .program().orElseThrow();
    assertThat(planner.next(other, List.of())).isEqualTo(fresh(other, List.of()));
    assertThat(planner.next(program, logs)).isEqualTo(fresh(program, logs));
  }
}
