package io.glutewise.export;

import static org.quicktheories.generators.SourceDSL.integers;

import io.glutewise.core.generators.CoreGenerators;
import io.glutewise.core.generators.LogGenerators;
import io.glutewise.core.generators.ProgramGenerators;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/** Inputs for the export properties: programs with logs of their first sessions, and notices. */
final class ExportGenerators {
  private ExportGenerators() {}

  /** A program of up to {@code maxWeeks} weeks with its logs, as the front ends would pass them. */
  record ProgramWithLogs(Program program, List<SessionLog> logs) {}

  /** Programs of 4 to {@code maxWeeks} weeks and logs of some of their first sessions. */
  static Gen<ProgramWithLogs> programsWithLogs(int maxWeeks) {
    return in -> {
      Program program = ProgramGenerators.programsUpTo(maxWeeks).generate(in);
      List<Session> sessions = program.sessions();
      int logged = integers().between(0, Math.min(sessions.size(), 12)).generate(in);
      List<SessionLog> logs = new ArrayList<>();
      for (Session session : sessions.subList(0, logged)) {
        logs.add(LogGenerators.sessionLogsFor(session).generate(in));
      }
      return new ProgramWithLogs(program, logs);
    };
  }

  /** Clinician notices: any non-blank text, including markup characters and other scripts. */
  static Gen<String> notices() {
    return CoreGenerators.texts().assuming(t -> !t.isBlank());
  }
}
