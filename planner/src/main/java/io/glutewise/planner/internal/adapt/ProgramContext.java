package io.glutewise.planner.internal.adapt;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.program.PhaseKind;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.internal.Slots;
import io.glutewise.core.exercise.LowerBackLoad;
import io.glutewise.planner.PlanningRules;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every step reads and none changes: the catalog, the program with a slot on every
 * prescription, and the trainee it was built for.
 */
final class ProgramContext {
  final Catalog catalog;
  final Program program;
  final TraineeProfile profile;
  final List<Session> sessions;
  private final Map<String, PhaseKind> phaseBySession;
  // asked again and again during a replay; the answers depend only on the catalog and the profile
  private final Map<String, Set<String>> harder = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> easier = new ConcurrentHashMap<>();
  private final Map<String, String> names = new ConcurrentHashMap<>();
  private final LowerBackLoad[] allowedBackLoad = new LowerBackLoad[11];

  ProgramContext(Catalog catalog, Program program) {
    this.catalog = catalog;
    this.program = program;
    this.profile = program.builtFrom().profile();
    this.sessions = program.sessions().stream().map(s -> Slots.withSlots(s, catalog)).toList();
    this.phaseBySession = new HashMap<>();
    program.sessions().forEach(s -> phaseBySession.put(s.id(), phase(s)));
  }

  /** The phase of the session with this id; empty for an id the program does not have. */
  Optional<PhaseKind> phaseOf(String sessionId) {
    return Optional.ofNullable(phaseBySession.get(sessionId));
  }

  boolean isDeload(Session session) {
    return program.weeks().get(session.week() - 1).deload();
  }

  PhaseKind phase(Session session) {
    return program.phaseOf(session.week()).kind();
  }

  /** The exercise's name in lower case, or its id when the catalog does not know it. */
  String name(String exerciseId) {
    return names.computeIfAbsent(exerciseId,
        id -> catalog.find(id).map(e -> e.name().toLowerCase(Locale.ROOT)).orElse(id));
  }

  /** Every exercise above this one on its ladders. */
  Set<String> allHarder(String exerciseId) {
    return harder.computeIfAbsent(exerciseId, id -> Set.copyOf(catalog.ladders().allHarder(id)));
  }

  /** Every exercise below this one on its ladders. */
  Set<String> allEasier(String exerciseId) {
    return easier.computeIfAbsent(exerciseId, id -> Set.copyOf(catalog.ladders().allEasier(id)));
  }

  /** Whether two exercises share a ladder, one above the other (or are the same). */
  boolean related(String a, String b) {
    return a.equals(b) || allHarder(a).contains(b) || allEasier(a).contains(b);
  }

  /** The most lower-back load a pain (0-10) allows this trainee ({@link PlanningRules#maxLowerBackLoad}). */
  LowerBackLoad allowedBackLoad(int painNow) {
    int pain = Math.max(0, Math.min(10, painNow));
    LowerBackLoad allowed = allowedBackLoad[pain];
    if (allowed == null) {
      // a benign race computes the same value twice
      allowed = PlanningRules.maxLowerBackLoad(TraineeProfile.builder().from(profile).currentPain(pain).build());
      allowedBackLoad[pain] = allowed;
    }
    return allowed;
  }
}
