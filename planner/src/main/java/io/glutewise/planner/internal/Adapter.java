package io.glutewise.planner.internal;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.dose.TargetRange;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.log.SessionStatus;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.Week;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.adapt.Adaptation;
import io.glutewise.planner.adapt.AdaptedSession;
import io.glutewise.planner.adapt.Change;
import io.glutewise.planner.adapt.ChangeKind;
import io.glutewise.planner.adapt.LogMismatchException;
import io.glutewise.planner.rules.Attempt;
import io.glutewise.planner.rules.Decision;
import io.glutewise.planner.rules.DoseSteps;
import io.glutewise.planner.rules.ProgressionRule;
import io.glutewise.planner.rules.ProgressionRules;
import io.glutewise.planner.rules.RuleInput;
import io.glutewise.planner.stats.SessionDuration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The adaptive step. Replays the program session by session up to the latest logged one: each
 * session is adapted to where every place has got to, its log (none means missed) becomes one
 * attempt per place of the main block, and the progression rules decide what comes next. Then the
 * next sessions are adapted the same way.
 *
 * <p>Two guards keep the rules safe across places: a session that hurt (pain during above the
 * limit, or more pain the next morning) cancels every progression decided earlier and not yet
 * tried; and when a phase brings a new exercise for a place, the trainee carries on from where the
 * place had got to on the same ladder, never jumping more than one rung. Adapted sessions that no
 * longer fit the trainee's minutes shed accessory work from the end, never the opening glute
 * movements. Deterministic: the same program and logs always give the same answer.
 */
public final class Adapter {
  private static final String PAIN_GATE = "pain-gate";
  private static final String CARRY_OVER = "carry-over";
  private static final String FIT = "fit-minutes";
  private static final String DUPLICATE = "no-duplicate";

  private final Catalog catalog;
  private final Program program;
  private final TraineeProfile profile;
  private final List<Session> sessions;
  private final Map<String, Integer> indexById = new HashMap<>();
  private final Map<String, Integer> lastIndexOfKey = new HashMap<>();
  private final Map<String, Set<String>> companions = new HashMap<>();
  private final ProgressionRule rules = ProgressionRules.standard();

  /** An adapter for one program, whose exercises the catalog knows. */
  public Adapter(Catalog catalog, Program program) {
    this.catalog = catalog;
    this.program = program;
    this.profile = program.builtFrom().profile();
    this.sessions = program.sessions();
    for (int i = 0; i < sessions.size(); i++) {
      Session session = sessions.get(i);
      indexById.put(session.id(), i);
      for (Prescription p : session.main()) {
        lastIndexOfKey.put(p.exerciseId(), i);
        Set<String> others = companions.computeIfAbsent(p.exerciseId(), k -> new TreeSet<>());
        session.main().forEach(o -> others.add(o.exerciseId()));
        others.remove(p.exerciseId());
      }
    }
  }

  /** The next sessions, adapted to the logs. */
  public Adaptation next(List<SessionLog> logs) {
    Map<String, SessionLog> bySession = new HashMap<>();
    int latest = -1;
    for (SessionLog log : logs) {
      Integer index = indexById.get(log.sessionId());
      if (index == null) {
        throw LogMismatchException.unknownSession(log.sessionId(), sessions.get(0).id(),
            sessions.get(sessions.size() - 1).id());
      }
      if (bySession.put(log.sessionId(), log) != null) {
        throw LogMismatchException.duplicate(log.sessionId());
      }
      latest = Math.max(latest, index);
    }
    Replay replay = new Replay();
    for (int i = 0; i <= latest; i++) {
      Session planned = sessions.get(i);
      View view = replay.adapt(planned, i);
      SessionLog log = bySession.get(planned.id());
      if (log != null) {
        check(log, planned, view);
      }
      replay.record(planned, view, log);
    }
    List<AdaptedSession> next = new ArrayList<>();
    for (int i : upcoming(latest)) {
      next.add(replay.adapt(sessions.get(i), i).adapted());
    }
    return Adaptation.of(next);
  }

  /** The rest of the latest logged session's week, or the whole next week when it is done. */
  private List<Integer> upcoming(int latest) {
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

  private static void check(SessionLog log, Session planned, View view) {
    for (ExerciseLog exercise : log.exercises()) {
      String id = exercise.exerciseId();
      boolean known = planned.all().stream().anyMatch(p -> p.exerciseId().equals(id))
          || view.session.all().stream().anyMatch(p -> p.exerciseId().equals(id));
      if (!known) {
        throw LogMismatchException.unknownExercise(log.sessionId(), id);
      }
    }
  }

  private boolean isDeload(Session session) {
    Week week = program.weeks().get(session.week() - 1);
    return week.deload();
  }

  /** One place of an adapted session: the plan's prescription and the adapted one (null if left out). */
  private static final class Place {
    final Prescription planned;
    final Prescription adapted;
    final Change change;

    Place(Prescription planned, Prescription adapted, Change change) {
      this.planned = planned;
      this.adapted = adapted;
      this.change = change;
    }
  }

  /** An adapted session with its places. */
  private static final class View {
    final Session session;
    final List<Place> places;

    View(Session session, List<Place> places) {
      this.session = session;
      this.places = places;
    }

    AdaptedSession adapted() {
      List<Change> changes = new ArrayList<>();
      for (Place place : places) {
        changes.add(place.change);
      }
      return AdaptedSession.of(session, changes);
    }
  }

  /** The state of a replay: where every place has got to. */
  private final class Replay {
    private final Map<String, Lineage> lineages = new LinkedHashMap<>();
    private Optional<Integer> lastNextMorning = Optional.empty();
    private boolean lastHurt;
    private int attemptCounter;
    private final Map<String, Integer> lastAttemptOrder = new HashMap<>();

    View adapt(Session planned, int index) {
      boolean deload = isDeload(planned);
      List<Place> places = new ArrayList<>();
      Set<String> used = new TreeSet<>();
      for (Prescription p : planned.main()) {
        used.add(p.exerciseId());
      }
      List<Prescription> main = new ArrayList<>();
      for (Prescription plannedPlace : planned.main()) {
        Lineage lineage = lineages.get(plannedPlace.exerciseId());
        if (lineage == null) {
          lineage = carryOver(plannedPlace.exerciseId(), index);
        }
        Prescription adapted = materialize(lineage, plannedPlace, deload);
        Change change;
        if (!adapted.exerciseId().equals(plannedPlace.exerciseId()) && used.contains(adapted.exerciseId())) {
          // another place of this session already has that exercise: stay where this place was
          String stay = lineage.lastPrescribed != null && !used.contains(lineage.lastPrescribed)
              && ExercisePicker.suits(profile, catalog.get(lineage.lastPrescribed))
              ? lineage.lastPrescribed : plannedPlace.exerciseId();
          String taken = adapted.exerciseId();
          adapted = Prescription.of(stay, DoseSteps.baseDose(catalog.get(stay), plannedPlace));
          change = Change.builder().exerciseId(stay).kind(ChangeKind.HELD).rule(DUPLICATE)
              .reason("held: " + name(taken) + " is already in this session, so this stays at " + name(stay))
              .build();
        } else {
          change = change(lineage, plannedPlace, adapted, deload);
        }
        used.add(adapted.exerciseId());
        main.add(adapted);
        places.add(new Place(plannedPlace, adapted, change));
      }
      Session session = Session.builder().from(planned).main(main).estimatedMinutes(0).build();
      return fit(planned, session, places);
    }

    /** Sheds accessories from the end, then sets, until the adapted session fits the minutes. */
    private View fit(Session planned, Session session, List<Place> places) {
      int minutes = profile.minutesPerSession();
      int estimate = SessionDuration.estimateMinutes(session, catalog);
      if (estimate <= minutes) {
        return new View(Session.builder().from(session).estimatedMinutes(estimate).build(), places);
      }
      List<Place> kept = new ArrayList<>(places);
      int gluteMax = firstTraining(kept, Muscle.GLUTEUS_MAXIMUS, null);
      int gluteMed = firstTraining(kept, Muscle.GLUTEUS_MEDIUS, Muscle.GLUTEUS_MINIMUS);
      for (int i = kept.size() - 1; i >= 0 && estimate > minutes; i--) {
        if (i == gluteMax || i == gluteMed || i == 0) {
          continue;
        }
        Place dropped = kept.get(i);
        kept.set(i, new Place(dropped.planned, null, Change.builder()
            .exerciseId(dropped.adapted.exerciseId())
            .kind(ChangeKind.HELD)
            .reason("held: left out of this session so that it fits your " + minutes
                + " minutes; it stays as it was for next time")
            .rule(FIT)
            .build()));
        estimate = SessionDuration.estimateMinutes(rebuild(session, kept), catalog);
      }
      while (estimate > minutes) {
        boolean cut = false;
        for (int i = kept.size() - 1; i >= 0 && !cut; i--) {
          Place place = kept.get(i);
          if (place.adapted != null && place.adapted.dose().sets() > 1) {
            Prescription fewer = place.adapted.withDose(
                Dose.builder().from(place.adapted.dose()).sets(place.adapted.dose().sets() - 1).build());
            kept.set(i, new Place(place.planned, fewer, place.change));
            cut = true;
          }
        }
        if (!cut) {
          break;
        }
        estimate = SessionDuration.estimateMinutes(rebuild(session, kept), catalog);
      }
      Session fitted = Session.builder().from(rebuild(session, kept)).estimatedMinutes(estimate).build();
      return new View(fitted, kept);
    }

    private int firstTraining(List<Place> places, Muscle muscle, Muscle orMuscle) {
      for (int i = 0; i < places.size(); i++) {
        Exercise exercise = catalog.get(places.get(i).adapted.exerciseId());
        if (exercise.isPrimary(muscle) || (orMuscle != null && exercise.isPrimary(orMuscle))) {
          return i;
        }
      }
      return -1;
    }

    private Session rebuild(Session session, List<Place> places) {
      List<Prescription> main = new ArrayList<>();
      for (Place place : places) {
        if (place.adapted != null) {
          main.add(place.adapted);
        }
      }
      return Session.builder().from(session).main(main).build();
    }

    /**
     * A new place of the plan (a new phase's exercise) takes over from a retired place on the same
     * ladder, so progress carries on and never jumps more than one rung.
     */
    private Lineage carryOver(String key, int index) {
      Lineage fresh = new Lineage(key);
      lineages.put(key, fresh);
      Lineage donor = null;
      int donorOrder = -1;
      for (Lineage other : lineages.values()) {
        if (other == fresh || other.lastPrescribed == null || lastIndexOfKey.get(other.key) >= index) {
          continue;
        }
        String at = other.currentExercise();
        boolean related = at.equals(key)
            || catalog.ladders().allHarder(key).contains(at)
            || catalog.ladders().allEasier(key).contains(at);
        int order = lastAttemptOrder.getOrDefault(other.key, -1);
        if (related && order > donorOrder) {
          donor = other;
          donorOrder = order;
        }
      }
      if (donor == null) {
        return fresh;
      }
      String at = donor.currentExercise();
      String lastDone = donor.lastPrescribed;
      fresh.lastPrescribed = lastDone;
      donor.lastPrescribed = null;
      boolean untriedMove = donor.pending || !at.equals(lastDone);
      if (at.equals(key) || catalog.ladders().allHarder(key).contains(at) || untriedMove) {
        // at or beyond the plan, or already moving a rung (up or down) not yet tried: carry on from
        // there, since one session never moves more than one rung
        fresh.position = donor.position;
        if (untriedMove) {
          fresh.decision = donor.decision;
          fresh.pending = donor.pending;
          fresh.beforePending = donor.beforePending;
        } else if (fresh.position != null) {
          fresh.decision = Decision.held(CARRY_OVER, Prescription.of(at, catalog.get(at).defaultDose()),
              at.equals(key)
                  ? "carries on from where the previous phase left off"
                  : "you had got to " + name(at) + ", so this carries on from there rather than the planned "
                      + name(key));
        }
        return fresh;
      }
      List<String> path = catalog.ladders().path(at, key).orElse(List.of(at, key));
      if (lastHurt) {
        fresh.position = position(at);
        fresh.decision = Decision.held(CARRY_OVER, Prescription.of(at, catalog.get(at).defaultDose()),
            "the last session hurt, so this stays at " + name(at) + " rather than moving to the planned " + name(key));
      } else if (path.size() > 2 && ExercisePicker.suits(profile, catalog.get(path.get(1)))) {
        String step = path.get(1);
        fresh.position = position(step);
        fresh.decision = Decision.progressed(CARRY_OVER, Prescription.of(step, catalog.get(step).defaultDose()),
            "one rung up from " + name(at) + " to " + name(step) + ", on the way to the planned " + name(key));
      } else if (path.size() > 2) {
        fresh.position = position(at);
        fresh.decision = Decision.held(CARRY_OVER, Prescription.of(at, catalog.get(at).defaultDose()),
            "stays at " + name(at) + ", since the rung between it and the planned " + name(key) + " does not suit you");
      } else {
        fresh.decision = Decision.of(CARRY_OVER, ChangeKind.UNCHANGED, Prescription.of(key, catalog.get(key).defaultDose()),
            "as planned for the new phase, one rung on from " + name(at));
      }
      return fresh;
    }

    private Lineage.Position position(String exerciseId) {
      Exercise exercise = catalog.get(exerciseId);
      return new Lineage.Position(exerciseId, exercise.defaultDose().load(), 1, Optional.empty(), 0, 0);
    }

    private Prescription materialize(Lineage lineage, Prescription planned, boolean deload) {
      Lineage.Position at = lineage.position;
      if (at == null) {
        return planned;
      }
      Dose base = DoseSteps.baseDose(catalog.get(at.exerciseId), planned);
      int sets = at.sets(base.sets(), deload);
      TargetRange range = base.target();
      int top = deload ? range.max() : Math.max(range.max(), at.stretchedTop.orElse(range.max()));
      int bottom = deload ? range.min() : Math.max(range.min(), Math.min(at.aim, top));
      Dose dose = Dose.builder().from(DoseSteps.withRange(base, TargetRange.of(bottom, top)))
          .sets(sets).load(at.load).build();
      return Prescription.of(at.exerciseId, dose);
    }

    private Change change(Lineage lineage, Prescription planned, Prescription adapted, boolean deload) {
      Change.Builder change = Change.builder().exerciseId(adapted.exerciseId());
      if (!planned.exerciseId().equals(adapted.exerciseId())) {
        change.plannedExerciseId(planned.exerciseId());
      }
      if (lineage.lastPrescribed != null && !lineage.lastPrescribed.equals(adapted.exerciseId())) {
        change.previousExerciseId(lineage.lastPrescribed);
      }
      Decision decision = lineage.decision;
      if (deload && (decision == null || decision.kind() != ChangeKind.REGRESSED)) {
        return change.kind(ChangeKind.DELOAD)
            .reason("deload: a lighter week for recovery, " + adapted.dose().sets() + " set"
                + (adapted.dose().sets() == 1 ? "" : "s") + " of the same exercise; progress resumes after it")
            .build();
      }
      if (decision == null) {
        return change.kind(ChangeKind.UNCHANGED).reason("unchanged: as planned").build();
      }
      return change.kind(decision.kind()).reason(decision.reason()).rule(decision.rule()).build();
    }

    void record(Session planned, View view, SessionLog log) {
      boolean deload = isDeload(planned);
      int limit = profile.painLimit();
      int baseline = log == null ? profile.currentPain()
          : log.painBefore().or(() -> lastNextMorning).orElse(profile.currentPain());
      int sessionPain = log == null ? 0 : log.painDuring();
      Optional<Integer> nextMorning = log == null ? Optional.empty() : log.painNextMorning();
      SessionStatus status = log == null ? SessionStatus.MISSED : log.status();
      Set<String> here = new TreeSet<>();
      for (Place place : view.places) {
        here.add(place.planned.exerciseId());
        Lineage lineage = lineages.get(place.planned.exerciseId());
        lineage.pending = false;
        lineage.beforePending = null;
        Prescription prescribed = place.adapted != null ? place.adapted
            : materialize(lineage, place.planned, deload);
        Optional<ExerciseLog> performed = Optional.empty();
        if (log != null && place.adapted != null) {
          performed = log.exercise(prescribed.exerciseId()).or(() -> log.exercise(place.planned.exerciseId()));
        }
        Attempt attempt = Attempt.builder()
            .sessionId(planned.id())
            .date(planned.date())
            .deloadWeek(deload)
            .status(status)
            .planned(place.planned)
            .prescribed(prescribed)
            .performed(performed)
            .sessionPainDuring(sessionPain)
            .painBefore(baseline)
            .painNextMorning(nextMorning)
            .build();
        lineage.history.add(attempt);
        lastAttemptOrder.put(lineage.key, attemptCounter++);
        Decision decision = rules.decide(RuleInput.builder()
                .profile(profile)
                .catalog(catalog)
                .history(lineage.history)
                .unavailable(unavailable(lineage))
                .build())
            .orElseGet(() -> Decision.held("none", prescribed, "no rule asked for a change"));
        lineage.lastPrescribed = prescribed.exerciseId();
        lineage.decision = decision;
        if (decision.kind() == ChangeKind.PROGRESSED || decision.kind() == ChangeKind.REGRESSED) {
          Lineage.Position before = lineage.position;
          lineage.position = derive(decision.next(), place.planned);
          if (decision.kind() == ChangeKind.PROGRESSED) {
            lineage.pending = true;
            lineage.beforePending = before;
          }
        }
      }
      boolean hurt = sessionPain > limit || nextMorning.filter(p -> p > baseline).isPresent();
      if (log != null) {
        lastHurt = hurt;
      }
      if (hurt) {
        String why = sessionPain > limit
            ? "pain reached " + sessionPain + "/10 in the session of " + planned.date() + ", above your limit of " + limit + "/10"
            : "pain the next morning rose from " + baseline + " to " + nextMorning.orElseThrow()
                + " after the session of " + planned.date();
        for (Lineage other : lineages.values()) {
          if (other.pending && !here.contains(other.key)) {
            other.position = other.beforePending;
            other.pending = false;
            other.beforePending = null;
            other.decision = Decision.held(PAIN_GATE, other.decision.next(),
                "the step up waits, because " + why);
          }
        }
      }
      if (nextMorning.isPresent()) {
        lastNextMorning = nextMorning;
      }
    }

    private Set<String> unavailable(Lineage lineage) {
      Set<String> taken = new TreeSet<>();
      for (String companion : companions.getOrDefault(lineage.key, Set.of())) {
        taken.add(companion);
        Lineage other = lineages.get(companion);
        if (other != null) {
          taken.add(other.currentExercise());
        }
      }
      taken.remove(lineage.currentExercise());
      return taken;
    }

    private Lineage.Position derive(Prescription next, Prescription planned) {
      Dose base = DoseSteps.baseDose(catalog.get(next.exerciseId()), planned);
      TargetRange range = next.dose().target();
      Optional<Integer> stretched = range.max() > base.target().max() ? Optional.of(range.max()) : Optional.empty();
      int sets = next.dose().sets();
      return new Lineage.Position(next.exerciseId(), next.dose().load(), range.min(), stretched,
          sets > base.sets() ? sets : 0, Math.max(0, base.sets() - sets));
    }

    private String name(String exerciseId) {
      return catalog.find(exerciseId).map(e -> e.name().toLowerCase(java.util.Locale.ROOT)).orElse(exerciseId);
    }
  }
}
