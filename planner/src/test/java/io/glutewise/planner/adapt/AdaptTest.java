package io.glutewise.planner.adapt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.glutewise.core.dose.PerformedSet;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.Fixtures;
import io.glutewise.planner.Planner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The adaptive step on a default beginner's plan from the fixture catalog. */
class AdaptTest {
  private final Planner planner = Fixtures.planner();
  private final Program program =
      planner.plan(TraineeProfile.defaults(), PlanOptions.startingOn(Fixtures.MONDAY)).program().orElseThrow();

  /** Every prescription of the session done at the top of its range with the given pains. */
  private static SessionLog topOf(Session session, int painDuring, int nextMorning) {
    return doneWith(session, painDuring, nextMorning, 0);
  }

  /** Every prescription done the given amount short of the top of its range (at least its bottom). */
  static SessionLog doneWith(Session session, int painDuring, int nextMorning, int short_) {
    SessionLog.Builder log = SessionLog.builder().sessionId(session.id()).date(session.date())
        .painBefore(2).painNextMorning(nextMorning);
    for (Prescription p : session.main()) {
      ExerciseLog.Builder exercise = ExerciseLog.builder().exerciseId(p.exerciseId()).painDuring(painDuring);
      for (int i = 0; i < p.dose().sets(); i++) {
        int top = Math.max(p.dose().target().min(), p.dose().target().max() - short_);
        exercise.addSets(p.dose().isTimed() ? PerformedSet.ofSeconds(top, p.dose().load()) : PerformedSet.ofRepetitions(top, p.dose().load()));
      }
      log.addExercises(exercise.build());
    }
    return log.build();
  }

  private AdaptedSession first(List<SessionLog> logs) {
    return planner.next(program, logs).sessions().get(0);
  }

  @Test
  void withoutLogsTheFirstWeekComesAsPlanned() {
    Adaptation next = planner.next(program, List.of());
    assertThat(next.sessions()).extracting(s -> s.session())
        .containsExactlyElementsOf(program.weeks().get(0).sessions());
    assertThat(next.sessions()).allSatisfy(s -> assertThat(s.changes())
        .allSatisfy(c -> assertThat(c.kind()).isEqualTo(ChangeKind.UNCHANGED)));
  }

  @Test
  void theNextSessionsAreTheRestOfTheWeekThenTheNextWeek() {
    List<SessionLog> logs = new ArrayList<>();
    logs.add(topOf(program.sessions().get(0), 1, 2));
    assertThat(planner.next(program, logs).sessions()).extracting(s -> s.session().id()).containsExactly("w01-s2", "w01-s3");
    logs.add(SessionLog.missed("w01-s3", program.sessions().get(2).date()));
    assertThat(planner.next(program, logs).sessions()).extracting(s -> s.session().id()).containsExactly("w02-s1", "w02-s2", "w02-s3");
    List<SessionLog> all = new ArrayList<>();
    program.sessions().forEach(s -> all.add(SessionLog.missed(s.id(), s.date())));
    assertThat(planner.next(program, all).isFinished()).isTrue();
  }

  @Test
  void goodWorkProgressesWithAReason() {
    AdaptedSession next = first(List.of(doneWith(program.sessions().get(0), 1, 2, 3)));
    Change bridge = next.change("glute-bridge").orElseThrow();
    assertThat(bridge.kind()).isEqualTo(ChangeKind.PROGRESSED);
    assertThat(bridge.reason()).isEqualTo("progressed: every set reached at least 12 reps; aim for 13-15 next time");
    assertThat(next.session().main().get(0).dose().target().min()).isEqualTo(13);
    assertThat(next.session().id()).isEqualTo("w01-s2");
  }

  @Test
  void theActivationPhaseKeepsItsAimAtTheTopOfTheRange() {
    AdaptedSession next = first(List.of(topOf(program.sessions().get(0), 1, 2)));
    Change bridge = next.change("glute-bridge").orElseThrow();
    assertThat(bridge.kind()).isEqualTo(ChangeKind.HELD);
    assertThat(bridge.reason()).contains("the activation phase is for learning the movements well");
    assertThat(next.session().main().get(0)).isEqualTo(program.sessions().get(1).main().get(0));
  }

  @Test
  void aRiseInPainTheNextMorningHoldsWithItsReason() {
    Session logged = program.sessions().get(0);
    AdaptedSession next = first(List.of(topOf(logged, 1, 3)));
    List<String> done = logged.main().stream().map(Prescription::exerciseId).toList();
    assertThat(next.changes()).filteredOn(c -> done.contains(c.exerciseId())).isNotEmpty()
        .allSatisfy(c -> assertThat(c.reason()).isEqualTo("held: pain the next morning rose from 2 to 3"));
    assertThat(next.change("bird-dog").orElseThrow().kind()).isEqualTo(ChangeKind.UNCHANGED);
    assertThat(next.session().main()).isEqualTo(program.sessions().get(1).main());
  }

  @Test
  void aPainfulSessionCancelsStepsNotYetTriedElsewhere() {
    List<SessionLog> logs = new ArrayList<>();
    logs.add(doneWith(program.sessions().get(0), 1, 2, 3));
    assertThat(first(logs).session().id()).isEqualTo("w01-s2");
    logs.add(topOf(first(logs).session(), 8, 2));
    AdaptedSession third = first(logs);
    Change deadBug = third.change("dead-bug").orElseThrow();
    assertThat(deadBug.kind()).isEqualTo(ChangeKind.HELD);
    assertThat(deadBug.reason()).startsWith("held: the step up waits, because pain reached 8/10");
    assertThat(third.changes()).noneMatch(c -> c.kind() == ChangeKind.PROGRESSED);
  }

  @Test
  void sessionsWithoutALogBeforeTheLatestCountAsMissed() {
    List<SessionLog> logs = List.of(doneWith(program.sessions().get(2), 1, 2, 3));
    AdaptedSession next = first(logs);
    assertThat(next.session().id()).isEqualTo("w02-s1");
    assertThat(next.change("glute-bridge").orElseThrow().kind()).isEqualTo(ChangeKind.PROGRESSED);
    assertThat(first(List.of(SessionLog.missed("w01-s1", Fixtures.MONDAY))).change("glute-bridge").orElseThrow().reason())
        .isEqualTo("held: the session of 2025-01-06 was missed, so nothing moves on");
  }

  @Test
  void deloadWeeksKeepTheExercisesWithFewerSets() {
    List<SessionLog> logs = new ArrayList<>();
    for (Session session : program.sessions()) {
      if (session.week() == 6) {
        break;
      }
      logs.add(SessionLog.missed(session.id(), session.date()));
    }
    Adaptation next = planner.next(program, logs);
    assertThat(next.sessions()).allSatisfy(s -> {
      assertThat(s.session().week()).isEqualTo(6);
      assertThat(s.changes()).allSatisfy(c -> assertThat(c.kind()).isEqualTo(ChangeKind.DELOAD));
      assertThat(s.session().main()).isEqualTo(program.session(s.session().id()).orElseThrow().main());
    });
  }

  @Test
  void theSameLogsInAnyOrderGiveTheSameAnswer() {
    List<SessionLog> logs = new ArrayList<>();
    logs.add(topOf(program.sessions().get(0), 1, 2));
    logs.add(topOf(first(logs).session(), 2, 2));
    logs.add(topOf(first(logs).session(), 3, 2));
    List<SessionLog> reversed = new ArrayList<>(logs);
    java.util.Collections.reverse(reversed);
    assertThat(planner.next(program, reversed)).isEqualTo(planner.next(program, logs));
  }

  @Test
  void logsThatDoNotFitTheProgramAreRefusedByName() {
    SessionLog unknown = SessionLog.missed("w40-s1", Fixtures.MONDAY);
    assertThatThrownBy(() -> planner.next(program, List.of(unknown)))
        .isInstanceOfSatisfying(LogMismatchException.class, e -> assertThat(e.sessionId()).isEqualTo("w40-s1"))
        .hasMessageContaining("w40-s1").hasMessageContaining("w01-s1 to w12-s3");

    SessionLog stranger = SessionLog.builder().sessionId("w01-s1").date(Fixtures.MONDAY)
        .addExercises(ExerciseLog.builder().exerciseId("deadlift").addSets(PerformedSet.ofRepetitions(5, io.glutewise.core.dose.Load.kilograms(60))).build())
        .build();
    assertThatThrownBy(() -> planner.next(program, List.of(stranger)))
        .isInstanceOfSatisfying(LogMismatchException.class, e -> assertThat(e.exerciseId()).contains("deadlift"))
        .hasMessageContaining("w01-s1").hasMessageContaining("deadlift");

    SessionLog once = SessionLog.missed("w01-s1", Fixtures.MONDAY);
    assertThatThrownBy(() -> planner.next(program, List.of(once, once)))
        .isInstanceOf(LogMismatchException.class).hasMessageContaining("logged twice");
  }
}
