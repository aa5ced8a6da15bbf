package io.glutewise.planner.internal;

import io.glutewise.core.program.PhaseKind;
import io.glutewise.planner.model.GluteGroup;
import java.util.List;

/** A week being planned: its phase, number, whether it deloads, and its sessions. */
final class WeekDraft {
  final PhaseKind phase;
  final int number;
  boolean deload;
  List<DraftSession> sessions;

  WeekDraft(PhaseKind phase, int number, boolean deload, List<DraftSession> sessions) {
    this.phase = phase;
    this.number = number;
    this.deload = deload;
    this.sessions = sessions;
  }

  int sets() {
    int sets = 0;
    for (DraftSession session : sessions) {
      sets += session.mainSets();
    }
    return sets;
  }

  double sets(GluteGroup group) {
    return GluteCount.of(sessions, group);
  }
}
