package io.glutewise.planner.internal;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Week;
import io.glutewise.planner.adapt.Adaptation;
import io.glutewise.planner.adapt.AdaptedSession;
import io.glutewise.planner.adapt.Change;
import io.glutewise.planner.adapt.ChangeKind;
import java.util.List;

/** The adaptive step (first cut: returns the first week as planned). */
public final class Adapter {
  private final Program program;

  /** An adapter for one program. */
  public Adapter(Catalog catalog, Program program) {
    this.program = program;
  }

  /** The next sessions. */
  public Adaptation next(List<SessionLog> logs) {
    Week first = program.weeks().get(0);
    return Adaptation.of(first.sessions().stream()
        .map(s -> AdaptedSession.of(s, s.main().stream()
            .map(p -> Change.of(p.exerciseId(), ChangeKind.UNCHANGED, "unchanged: as planned"))
            .toList()))
        .toList());
  }
}
