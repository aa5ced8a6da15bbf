package io.glutewise.planner;

import static io.glutewise.core.generators.Theories.theory;
import static io.glutewise.planner.generators.PlannerGenerators.profiles;
import static io.glutewise.planner.generators.PlannerGenerators.scripts;
import static io.glutewise.planner.generators.PlannerGenerators.shortOptions;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.adapt.Adaptation;
import io.glutewise.planner.adapt.AdaptedSession;
import io.glutewise.planner.adapt.Change;
import io.glutewise.planner.adapt.ChangeKind;
import io.glutewise.planner.generators.PlannerGenerators.Outcome;
import io.glutewise.planner.generators.SessionLogs;
import io.glutewise.planner.stats.SessionDuration;
import io.glutewise.planner.suitability.Suitability;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The adaptive step's invariants: fed random sequences of logged sessions (good, over the top,
 * failed, painful, worse next morning, partial, lighter, missed) step by step, every answer keeps the
 * program's safety rules (equipment, limitations, the trainee's minutes), never progresses after a
 * session that hurt or in a deload week, never moves more than one rung, and is the same for the
 * same logs.
 */
class AdaptProperties {
  private static final Planner PLANNER = Planner.standard();
  private static final Catalog CATALOG = PLANNER.catalog();

  private static Optional<Program> plan(TraineeProfile profile, PlanOptions options) {
    return PlanProperties.plan(profile, options);
  }

  /** Feeds the script through next(), one session at a time, checking after every step. */
  @Test
  void sequencesOfLogsKeepEveryInvariantAfterEveryStep() {
    theory().forAll(profiles(), shortOptions(), scripts()).check((profile, options, script) -> plan(profile, options)
        .map(program -> {
          List<SessionLog> logs = new ArrayList<>();
          Adaptation next = PLANNER.next(program, logs);
          if (!keepsInvariants(program, profile, next, null)) {
            return false;
          }
          for (Outcome outcome : script) {
            if (next.isFinished()) {
              return true;
            }
            logs.add(SessionLogs.log(next.sessions().get(0).session(), outcome, profile));
            next = PLANNER.next(program, logs);
            if (!keepsInvariants(program, profile, next, outcome) || !next.equals(PLANNER.next(program, logs))) {
              return false;
            }
          }
          return true;
        })
        .orElse(true));
  }

  static boolean keepsInvariants(Program program, TraineeProfile profile, Adaptation adaptation, Outcome last) {
    for (AdaptedSession adapted : adaptation.sessions()) {
      Session session = adapted.session();
      Optional<Session> planned = program.session(session.id());
      if (planned.isEmpty() || !planned.get().date().equals(session.date()) || session.main().isEmpty()) {
        return false;
      }
      for (Prescription p : session.all()) {
        Exercise e = CATALOG.get(p.exerciseId());
        if (!Suitability.of(profile).test(e)) {
          return false;
        }
      }
      if (session.estimatedMinutes() != SessionDuration.estimateMinutes(session, CATALOG)
          || session.estimatedMinutes() > profile.minutesPerSession()) {
        return false;
      }
      boolean deload = program.weeks().get(session.week() - 1).deload();
      for (Change change : adapted.changes()) {
        if (change.kind() == ChangeKind.PROGRESSED && (deload || (last != null && SessionLogs.hurts(last, profile)))) {
          return false;
        }
        boolean oneRung = change.previousExerciseId()
            .map(before -> CATALOG.ladders().step(before, change.exerciseId()).isPresent()
                || CATALOG.ladders().step(change.exerciseId(), before).isPresent())
            .orElse(true);
        if (!oneRung) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * For any history of logs (written against the planned sessions) whose latest session hurt,
   * nothing in the next sessions is progressed.
   */
  @Test
  void noProgressionAfterASessionWithPainAboveTheLimitForAnyHistory() {
    theory().forAll(profiles(), shortOptions(), scripts()).check((profile, options, script) -> plan(profile, options)
        .map(program -> {
          List<SessionLog> logs = new ArrayList<>();
          List<Session> sessions = program.sessions();
          int n = Math.min(script.size(), sessions.size());
          for (int i = 0; i < n; i++) {
            Outcome outcome = i == n - 1 ? Outcome.PAINFUL : script.get(i);
            logs.add(SessionLogs.log(sessions.get(i), outcome, profile));
          }
          return PLANNER.next(program, logs).sessions().stream()
              .flatMap(s -> s.changes().stream())
              .noneMatch(c -> c.kind() == ChangeKind.PROGRESSED);
        })
        .orElse(true));
  }

  @Test
  void adaptationsSurviveAJsonRoundTrip() {
    theory().forAll(profiles(), shortOptions(), scripts()).check((profile, options, script) -> plan(profile, options)
        .map(program -> {
          List<SessionLog> logs = new ArrayList<>();
          List<Session> sessions = program.sessions();
          for (int i = 0; i < Math.min(script.size(), sessions.size()); i++) {
            logs.add(SessionLogs.log(sessions.get(i), script.get(i), profile));
          }
          Adaptation next = PLANNER.next(program, logs);
          return GlutewiseJson.read(GlutewiseJson.write(next), Adaptation.class, "round trip").equals(next);
        })
        .orElse(true));
  }
}
