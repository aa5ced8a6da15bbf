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
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The adaptive step: checks the program ({@link ProgramCheck}) and the logs ({@link LogIndex}),
 * replays the program up to the latest logged session ({@link Replay}), then adapts the next
 * sessions the same way and says what matters most first. Deterministic: the same program and logs
 * always give the same answer.
 *
 * <p>It remembers the replay state after each session of its latest replay. A later call whose logs
 * start the same way (the usual case: one more session logged) resumes from the last session whose
 * log is unchanged, so following a program session by session costs time linear in its length,
 * not quadratic. The state after a session depends only on the logs up to it, so resuming gives
 * the answer a full replay gives. Thread-safe: the remembered replay is an immutable list swapped
 * whole.
 */
public final class AdaptiveStep {
  private final ProgramContext context;
  private final AtomicReference<List<Checkpoint>> replayed = new AtomicReference<>(List.of());

  /**
   * The state after one session of a replay, and the log it was replayed with.
   *
   * @param log the session's log; null when it was missed
   * @param after the replay state after it
   */
  private record Checkpoint(SessionLog log, ReplayState after) {}

  /** The adaptive step for a program whose exercises the catalog knows. */
  public AdaptiveStep(Catalog catalog, Program program) {
    ProgramCheck.verify(program, catalog);
    this.context = new ProgramContext(catalog, program);
  }

  /** Whether this step adapts exactly this program object (programs are immutable values). */
  public boolean adapts(Program program) {
    return context.program == program;
  }

  /** The next sessions, adapted to the logs. */
  public Adaptation next(List<SessionLog> logs) {
    LogIndex index = LogIndex.of(context, logs);
    List<Session> sessions = context.sessions;
    ReplayState state = ReplayState.start(context.profile.currentPain());
    List<Checkpoint> known = replayed.get();
    List<Checkpoint> now = new ArrayList<>(index.latest() + 1);
    int i = 0;
    for (; i <= index.latest() && i < known.size(); i++) {
      Checkpoint checkpoint = known.get(i);
      if (!Objects.equals(checkpoint.log(), index.log(sessions.get(i)))) {
        break;
      }
      now.add(checkpoint);
      state = checkpoint.after();
    }
    boolean diverged = i < known.size() && i <= index.latest();
    for (; i <= index.latest(); i++) {
      Session planned = sessions.get(i);
      Replay.Adapted adapted = Replay.adapt(context, state, planned);
      SessionLog log = index.log(planned);
      if (log != null) {
        Set<String> inSession = new HashSet<>();
        adapted.fitted().items().forEach(item -> {
          inSession.add(item.planned().exerciseId());
          item.adapted().map(Prescription::exerciseId).ifPresent(inSession::add);
        });
        LogIndex.check(log, planned, inSession);
      }
      state = Replay.record(context, state, planned, adapted, log);
      now.add(new Checkpoint(log, state));
    }
    if (diverged || now.size() > known.size()) {
      replayed.set(List.copyOf(now));
    }
    List<AdaptedSession> next = new ArrayList<>();
    for (int u : upcoming(index.latest())) {
      Replay.Adapted adapted = Replay.adapt(context, state, sessions.get(u));
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
