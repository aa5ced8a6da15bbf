package io.glutewise.planner.internal.adapt;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.planner.adapt.Adaptation;
import io.glutewise.planner.adapt.AdaptedSession;
import io.glutewise.planner.adapt.ProgramCheck;
import io.glutewise.planner.adapt.SessionPain;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The adaptive step: checks the program ({@link ProgramCheck}) and the logs ({@link LogIndex}),
 * replays the program up to the latest logged session ({@link Replay}), then adapts the next
 * sessions the same way and says what matters most first. Deterministic: the same program and logs
 * always give the same answer.
 */
public final class AdaptiveStep {
  private final ProgramContext context;

  /** The adaptive step for a program whose exercises the catalog knows. */
  public AdaptiveStep(Catalog catalog, Program program) {
    ProgramCheck.verify(program, catalog);
    this.context = new ProgramContext(catalog, program);
  }

  /** The next sessions, adapted to the logs. */
  public Adaptation next(List<SessionLog> logs) {
    LogIndex index = LogIndex.of(context, logs);
    List<Session> sessions = context.sessions;
    ReplayState state = ReplayState.start(context.profile.currentPain());
    for (int i = 0; i <= index.latest(); i++) {
      Session planned = sessions.get(i);
      Replay.Adapted adapted = Replay.adapt(context, state, planned);
      SessionLog log = index.log(planned);
      if (log != null) {
        Set<String> known = new HashSet<>();
        adapted.fitted().items().forEach(item -> {
          known.add(item.planned().exerciseId());
          item.adapted().map(Prescription::exerciseId).ifPresent(known::add);
        });
        LogIndex.check(log, planned, known);
      }
      state = Replay.record(context, state, planned, adapted, log);
    }
    List<AdaptedSession> next = new ArrayList<>();
    for (int i : upcoming(index.latest())) {
      Replay.Adapted adapted = Replay.adapt(context, state, sessions.get(i));
      state = adapted.state();
      next.add(Explanation.session(adapted.fitted().session(), adapted.fitted().items()));
    }
    return Adaptation.of(next, messages(state, next));
  }

  /** The rest of the latest logged session's week, or the whole next week when it is done. */
  private List<Integer> upcoming(int latest) {
    List<Session> sessions = context.sessions;
    List<Integer> indices = new ArrayList<>();
    int week = latest < 0 ? 1 : sessions.get(latest).week();
    for (int i = latest + 1; i < sessions.size() && sessions.get(i).week() == week; i++) {
      indices.add(i);
    }
    if (indices.isEmpty() && latest >= 0) {
      for (int i = latest + 1; i < sessions.size() && sessions.get(i).week() == week + 1; i++) {
        indices.add(i);
      }
    }
    return indices;
  }

  private List<String> messages(ReplayState state, List<AdaptedSession> next) {
    List<String> messages = new ArrayList<>();
    state.flareUp().filter(FlareUp::worseningAfterTwoWeeks).ifPresent(f -> messages.add(Messages.SEE_A_CLINICIAN));
    state.flareUp().ifPresent(f -> messages.add(Messages.flareUp(context.profile)));
    state.comeback().filter(c -> !next.isEmpty() && c.covers(next.get(0).session().date()))
        .ifPresent(c -> messages.add(Messages.comeback(c.days())));
    if (SessionPain.isBaselineGate(context.profile)) {
      messages.add(Messages.baselineGate(context.profile));
    }
    return messages;
  }
}
