package io.glutewise.planner.internal.adapt;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.program.PhaseKind;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.internal.Slots;
import java.util.List;
import java.util.Locale;

/**
 * What every step reads and none changes: the catalog, the program with a slot on every
 * prescription, and the trainee it was built for.
 */
final class ProgramContext {
  final Catalog catalog;
  final Program program;
  final TraineeProfile profile;
  final List<Session> sessions;

  ProgramContext(Catalog catalog, Program program) {
    this.catalog = catalog;
    this.program = program;
    this.profile = program.builtFrom().profile();
    this.sessions = program.sessions().stream().map(s -> Slots.withSlots(s, catalog)).toList();
  }

  boolean isDeload(Session session) {
    return program.weeks().get(session.week() - 1).deload();
  }

  PhaseKind phase(Session session) {
    return program.phaseOf(session.week()).kind();
  }

  /** The exercise's name in lower case, or its id when the catalog does not know it. */
  String name(String exerciseId) {
    return catalog.find(exerciseId).map(e -> e.name().toLowerCase(Locale.ROOT)).orElse(exerciseId);
  }
}
