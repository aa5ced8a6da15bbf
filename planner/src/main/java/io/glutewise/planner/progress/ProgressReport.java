package io.glutewise.planner.progress;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.log.SessionStatus;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.planner.Planner;
import io.glutewise.planner.adapt.AdaptedSession;
import io.glutewise.planner.adapt.Change;
import io.glutewise.planner.adapt.ChangeKind;
import io.glutewise.planner.schedule.SessionDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How the plan is going, from the program and the latest log of each session: pain before, during
 * and the next morning per session; adherence; hard sets per glute group per week; and the
 * exercises that moved up, down or were swapped, with the reason.
 *
 * <p>A hard set is a performed set of a main-block exercise that works the group as a primary mover;
 * warm-up and cool-down sets do not count. Immutable and thread-safe.
 *
 * @param sessions one row per session logged or due by the given day, in plan order
 * @param adherence how many of the sessions due were done
 * @param hardSets hard sets per week, per glute group
 * @param moves every change other than "as planned" that the adaptive step made, in order
 */
public record ProgressReport(
    List<SessionRow> sessions, Adherence adherence, SortedMap<Integer, GluteSets> hardSets, List<Move> moves) {

  /** Copies the collections. */
  public ProgressReport {
    sessions = List.copyOf(sessions);
    Objects.requireNonNull(adherence, "adherence");
    hardSets = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(hardSets));
    moves = List.copyOf(moves);
  }

  /**
   * One session's pain and status.
   *
   * @param session the planned session
   * @param log what was logged, if anything
   * @param day the day it was done, or else the day it is due: its planned day, moved on when a
   *     session before it was done late ({@link SessionDates})
   */
  public record SessionRow(Session session, Optional<SessionLog> log, LocalDate day) {
    /** Pain during the session, the highest of its exercises, when it was done. */
    public Optional<Integer> painDuring() {
      return log.filter(l -> l.status() != SessionStatus.MISSED).map(SessionLog::painDuring);
    }
  }

  /**
   * Sessions done against sessions due.
   *
   * @param due sessions whose day has come, or that were logged
   * @param completed sessions done in full
   * @param partial sessions done in part
   * @param missed sessions logged as missed, or with no log once their day (or a later session's log) has passed
   */
  public record Adherence(int due, int completed, int partial, int missed) {
    /** The share of due sessions done at least in part, 0 to 1; 1 when none was due. */
    public double share() {
      return due == 0 ? 1.0 : (completed + partial) / (double) due;
    }
  }

  /**
   * Hard sets in one week.
   *
   * @param maximus sets with the gluteus maximus as a primary mover
   * @param mediusMinimus sets with the gluteus medius or minimus as a primary mover
   */
  public record GluteSets(int maximus, int mediusMinimus) {}

  /**
   * A change the adaptive step made to the session after a logged one.
   *
   * @param sessionId the session the change applies to
   * @param change what changed and why
   */
  public record Move(String sessionId, Change change) {}

  /**
   * The report.
   *
   * @param planner the planner whose adaptive step gives the moves; never null
   * @param program the plan; never null
   * @param logs the latest log of each session (see {@code LogHistory.current()}); never null
   * @param today sessions before this day count as due, and today's once logged
   */
  public static ProgressReport of(Planner planner, Program program, List<SessionLog> logs, LocalDate today) {
    ProgressReport counted = withoutMoves(planner.catalog(), program, logs, today);
    List<String> order = program.sessions().stream().map(Session::id).toList();
    return new ProgressReport(counted.sessions(), counted.adherence(), counted.hardSets(),
        moves(planner, program, logs, order));
  }

  /**
   * The report without its moves (the list is empty): pain, adherence and hard sets only, for
   * charts that do not show moves. Finding the moves replays the adaptive step once per logged
   * session; this skips that.
   *
   * @param catalog the catalog that says which muscles each exercise works; never null
   * @param program the plan; never null
   * @param logs the latest log of each session (see {@code LogHistory.current()}); never null
   * @param today sessions before this day count as due, and today's once logged
   */
  public static ProgressReport withoutMoves(Catalog catalog, Program program, List<SessionLog> logs, LocalDate today) {
    List<Session> plan = program.sessions();
    List<String> order = plan.stream().map(Session::id).toList();
    int lastLogged = logs.stream().mapToInt(l -> order.indexOf(l.sessionId())).max().orElse(-1);
    Map<String, SessionDates.Move> moves = SessionDates.moved(program, logs);
    List<SessionRow> rows = new ArrayList<>();
    int completed = 0;
    int partial = 0;
    int missed = 0;
    SortedMap<Integer, GluteSets> sets = new TreeMap<>();
    for (int i = 0; i < plan.size(); i++) {
      Session session = plan.get(i);
      Optional<SessionLog> log = logs.stream().filter(l -> l.sessionId().equals(session.id())).findFirst();
      // a session of today (on the day it moved to, after a late one) is not missed while the day
      // lasts: it counts once logged
      boolean due = log.isPresent() || i < lastLogged || SessionDates.dateOf(session, moves).isBefore(today);
      if (!due) {
        continue;
      }
      rows.add(new SessionRow(session, log, log.map(SessionLog::date).orElse(SessionDates.dateOf(session, moves))));
      SessionStatus status = log.map(SessionLog::status).orElse(SessionStatus.MISSED);
      switch (status) {
        case COMPLETED -> completed++;
        case PARTIAL -> partial++;
        case MISSED -> missed++;
      }
      GluteSets week = sets.getOrDefault(session.week(), new GluteSets(0, 0));
      if (log.isPresent()) {
        week = add(week, catalog, session, log.get());
      }
      sets.put(session.week(), week);
    }
    return new ProgressReport(rows, new Adherence(rows.size(), completed, partial, missed), sets, List.of());
  }

  private static GluteSets add(GluteSets week, Catalog catalog, Session session, SessionLog log) {
    Set<String> main = new java.util.HashSet<>();
    for (Prescription p : session.main()) {
      main.add(p.exerciseId());
    }
    int maximus = week.maximus();
    int medius = week.mediusMinimus();
    for (ExerciseLog done : log.exercises()) {
      // an exercise swapped in by a progression is not in the planned main block but is main work;
      // one that is in the warm-up as well as the main block counts as main work
      boolean mainWork = main.contains(done.exerciseId()) || !inWarmUpOrCoolDown(session, done);
      Optional<Exercise> exercise = catalog.find(done.exerciseId());
      if (exercise.isEmpty() || !mainWork) {
        continue;
      }
      int count = done.sets().size();
      if (exercise.get().isPrimary(Muscle.GLUTEUS_MAXIMUS)) {
        maximus += count;
      }
      if (exercise.get().isPrimary(Muscle.GLUTEUS_MEDIUS) || exercise.get().isPrimary(Muscle.GLUTEUS_MINIMUS)) {
        medius += count;
      }
    }
    return new GluteSets(maximus, medius);
  }

  private static boolean inWarmUpOrCoolDown(Session session, ExerciseLog done) {
    return session.warmUp().stream().anyMatch(p -> p.exerciseId().equals(done.exerciseId()))
        || session.coolDown().stream().anyMatch(p -> p.exerciseId().equals(done.exerciseId()));
  }

  /** The changes made after each logged session, replaying the log one session at a time. */
  private static List<Move> moves(Planner planner, Program program, List<SessionLog> logs, List<String> order) {
    List<SessionLog> sorted = logs.stream()
        .sorted(java.util.Comparator.comparingInt(l -> order.indexOf(l.sessionId())))
        .toList();
    List<Move> moves = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      List<SessionLog> upTo = sorted.subList(0, i + 1);
      List<AdaptedSession> next = planner.next(program, upTo).sessions();
      if (next.isEmpty()) {
        continue;
      }
      AdaptedSession following = next.get(0);
      for (Change change : following.changes()) {
        if (MOVED.contains(change.kind())) {
          moves.add(new Move(following.session().id(), change));
        }
      }
    }
    return moves;
  }

  private static final Set<ChangeKind> MOVED = Set.of(ChangeKind.PROGRESSED, ChangeKind.REGRESSED, ChangeKind.REPLACED);

  /** The share as a whole percentage. */
  public static int percent(double share) {
    return (int) Math.round(100 * share);
  }
}
