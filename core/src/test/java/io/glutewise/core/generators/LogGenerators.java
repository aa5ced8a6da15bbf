package io.glutewise.core.generators;

import static io.glutewise.core.generators.CoreGenerators.dates;
import static io.glutewise.core.generators.CoreGenerators.listsOf;
import static io.glutewise.core.generators.CoreGenerators.optionals;
import static io.glutewise.core.generators.CoreGenerators.painScores;
import static io.glutewise.core.generators.CoreGenerators.sessionIds;
import static io.glutewise.core.generators.CoreGenerators.texts;
import static org.quicktheories.generators.SourceDSL.integers;

import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.log.SessionStatus;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Session;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for session logs: statuses, exercise logs and session logs, either free-standing or
 * for a given planned session. Every value is valid.
 */
public final class LogGenerators {
  private LogGenerators() {}

  /** Any session status. */
  public static Gen<SessionStatus> sessionStatuses() {
    return Generate.enumValues(SessionStatus.class);
  }

  /** Valid exercise logs: an exercise id, zero to six performed sets of any kind, any pain. */
  public static Gen<ExerciseLog> exerciseLogs() {
    return in ->
        ExerciseLog.builder()
            .exerciseId(ExerciseGenerators.exerciseIds().generate(in))
            .sets(listsOf(DoseGenerators.performedSets(), 0, 6).generate(in))
            .painDuring(painScores().generate(in))
            .build();
  }

  /**
   * Logs of one prescription as a trainee might fill them in: its exercise id, up to the
   * prescribed number of sets performed as the dose asks (see
   * {@link DoseGenerators#performedSetsFor}), and any pain.
   */
  public static Gen<ExerciseLog> exerciseLogsFor(Prescription prescription) {
    return in ->
        ExerciseLog.builder()
            .exerciseId(prescription.exerciseId())
            .sets(
                listsOf(
                        DoseGenerators.performedSetsFor(prescription.dose()),
                        0,
                        prescription.dose().sets())
                    .generate(in))
            .painDuring(painScores().generate(in))
            .build();
  }

  /**
   * Valid session logs: any session id, date and status; a missed session has no exercises, the
   * others zero to four; pain before and the next morning, and notes, each present or not.
   */
  public static Gen<SessionLog> sessionLogs() {
    return in -> {
      SessionStatus status = sessionStatuses().generate(in);
      List<ExerciseLog> exercises =
          status == SessionStatus.MISSED ? List.of() : listsOf(exerciseLogs(), 0, 4).generate(in);
      return SessionLog.builder()
          .sessionId(sessionIds().generate(in))
          .date(dates().generate(in))
          .status(status)
          .exercises(exercises)
          .painBefore(optionals(painScores()).generate(in))
          .painNextMorning(optionals(painScores()).generate(in))
          .notes(optionals(texts()).generate(in))
          .build();
    };
  }

  /**
   * Logs of the given planned session: its id, its date or up to two days later, and a status.
   * A completed log has one exercise log per main-block prescription, in order; a partial one a
   * shorter prefix of them; a missed one none. Pain and notes as in {@link #sessionLogs()}.
   */
  public static Gen<SessionLog> sessionLogsFor(Session session) {
    return in -> {
      SessionStatus status = sessionStatuses().generate(in);
      List<Prescription> main = session.main();
      int done =
          switch (status) {
            case COMPLETED -> main.size();
            case PARTIAL -> integers().between(0, main.size() - 1).generate(in);
            case MISSED -> 0;
          };
      List<ExerciseLog> exercises =
          main.subList(0, done).stream().map(p -> exerciseLogsFor(p).generate(in)).toList();
      return SessionLog.builder()
          .sessionId(session.id())
          .date(session.date().plusDays(integers().between(0, 2).generate(in)))
          .status(status)
          .exercises(exercises)
          .painBefore(optionals(painScores()).generate(in))
          .painNextMorning(optionals(painScores()).generate(in))
          .notes(optionals(texts()).generate(in))
          .build();
    };
  }
}
