package io.glutewise.planner.adapt;

import io.glutewise.core.dose.PerformedSet;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.planner.Planner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A trainee following a program: each step asks the planner for the next session, logs it as the
 * script says, and keeps every answer, so that tests can read the history as a physiotherapist
 * would.
 */
final class History {
  final Planner planner;
  final Program program;
  final List<SessionLog> logs = new ArrayList<>();
  /** The session the trainee was given at each step, in order. */
  final List<AdaptedSession> given = new ArrayList<>();

  History(Planner planner, Program program) {
    this.planner = planner;
    this.program = program;
  }

  /** The next answer of the planner. */
  Adaptation next() {
    return planner.next(program, logs);
  }

  /** Logs the next sessions as the script says, given each session and its step in this call (from 0). */
  History follow(int sessions, BiFunction<Session, Integer, SessionLog> script) {
    for (int i = 0; i < sessions; i++) {
      Adaptation next = next();
      if (next.isFinished()) {
        break;
      }
      AdaptedSession session = next.sessions().get(0);
      given.add(session);
      logs.add(script.apply(session.session(), i));
    }
    return this;
  }

  /** A log with every main prescription done at the amount its function gives, and the pains. */
  static SessionLog log(Session session, int before, int during, int nextMorning, Amount amount) {
    SessionLog.Builder log = SessionLog.builder().sessionId(session.id()).date(session.date())
        .painBefore(before).painNextMorning(nextMorning);
    for (Prescription p : session.main()) {
      log.addExercises(done(p, during, amount));
    }
    return log.build();
  }

  /** Every set of the prescription at the amount given, with the prescribed load. */
  static ExerciseLog done(Prescription p, int pain, Amount amount) {
    ExerciseLog.Builder exercise = ExerciseLog.builder().exerciseId(p.exerciseId()).painDuring(pain);
    int value = amount.of(p);
    for (int i = 0; i < p.dose().sets(); i++) {
      exercise.addSets(p.dose().isTimed() ? PerformedSet.ofSeconds(value, p.dose().load())
          : PerformedSet.ofRepetitions(value, p.dose().load()));
    }
    return exercise.build();
  }

  /** How much of a prescription's range was done. */
  interface Amount {
    int of(Prescription p);

    Amount TOP = p -> p.dose().target().max();
    Amount BOTTOM = p -> p.dose().target().min();
  }

  /** The prescription of a slot in a session, in any part. */
  static Optional<Prescription> slot(Session session, String slot) {
    return session.all().stream().filter(p -> p.slot().filter(slot::equals).isPresent()).findFirst();
  }
}
