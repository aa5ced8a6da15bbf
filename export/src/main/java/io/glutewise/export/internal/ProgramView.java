package io.glutewise.export.internal;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.DateWords;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.dose.DoseWords;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.log.SessionStatus;
import io.glutewise.core.program.Phase;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.SessionPart;
import io.glutewise.core.program.Week;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.progress.ProgressReport;
import io.glutewise.planner.stats.ProgramStatistics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A program as the export formats show it: the notice, the sentences that describe it, exercise
 * names and instructions from the catalog, weekly sets per muscle, and the logs in date order.
 * Every format reads the same view, so they all say the same thing. Immutable.
 */
public final class ProgramView {
  /** The title every format uses. */
  public static final String TITLE = "Glute strengthening program";

  private final Program program;
  private final List<SessionLog> logs;
  private final Catalog catalog;
  private final String notice;
  private final Optional<SortedMap<Integer, Map<Muscle, Double>>> weeklySets;

  /**
   * A view of a program.
   *
   * @param program the program
   * @param logs the logs so far, in any order; may be empty
   * @param catalog where exercise names and instructions come from
   * @param notice the short clinician notice
   */
  public ProgramView(Program program, List<SessionLog> logs, Catalog catalog, String notice) {
    this.program = Objects.requireNonNull(program, "program");
    this.logs =
        logs.stream()
            .sorted(Comparator.comparing(SessionLog::date).thenComparing(SessionLog::sessionId))
            .toList();
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.notice = Objects.requireNonNull(notice, "notice");
    this.weeklySets =
        unknownExerciseIds().isEmpty()
            ? Optional.of(ProgramStatistics.of(program, catalog).weeklySetsPerMuscle())
            : Optional.empty();
  }

  /** The program. */
  public Program program() {
    return program;
  }

  /** The logs, by date and then session id. */
  public List<SessionLog> logs() {
    return logs;
  }

  /**
   * Pain per session and hard sets per week, counted by the planner's progress report (the same
   * figures {@code glutewise progress} shows), up to the latest logged session; without moves.
   */
  public ProgressReport progress() {
    java.time.LocalDate last = logs.stream().map(SessionLog::date).max(Comparator.naturalOrder())
        .orElse(program.sessions().get(0).date().minusDays(1));
    return ProgressReport.withoutMoves(catalog, program, logs, last);
  }

  /** The logs of sessions that were done (not missed), by date. */
  public List<SessionLog> doneLogs() {
    return logs.stream()
        .filter(l -> l.status() != SessionStatus.MISSED)
        .toList();
  }

  /**
   * The clinician notice, led by the clearance the plan follows when the profile records one, so
   * that every format says it near its top.
   */
  public String notice() {
    return io.glutewise.planner.screening.Clearances.statement(program.builtFrom().profile())
        .map(c -> c + " " + notice)
        .orElse(notice);
  }

  /** The catalog. */
  public Catalog catalog() {
    return catalog;
  }

  /** The trainee's pain limit, for the pain chart. */
  public int painLimit() {
    return program.builtFrom().profile().painLimit();
  }

  /** {@code 12 weeks, 36 sessions, from Mon 6 Jan 2025 to Fri 28 Mar 2025.} */
  public String overview() {
    List<Session> sessions = program.sessions();
    String span =
        sessions.isEmpty()
            ? "no sessions"
            : sessions.size() + (sessions.size() == 1 ? " session" : " sessions")
                + ", from " + DateWords.of(sessions.get(0).date())
                + " to " + DateWords.of(sessions.get(sessions.size() - 1).date());
    int weeks = program.weeks().size();
    return weeks + (weeks == 1 ? " week, " : " weeks, ") + span + ".";
  }

  /** Who the program was built for, in one sentence. */
  public String builtFor() {
    TraineeProfile profile = program.builtFrom().profile();
    StringBuilder text = new StringBuilder("Built for ");
    text.append(profile.level().person()).append(", ").append(profile.daysPerWeek())
        .append(profile.daysPerWeek() == 1 ? " day" : " days").append(" a week, ")
        .append(profile.minutesPerSession()).append(" minutes a session, with a pain limit of ")
        .append(profile.painLimit()).append("/10");
    text.append("; equipment: ").append(words(profile.equipment().stream().map(e -> e.id())));
    text.append("; goals: ").append(words(profile.goals().stream().map(g -> g.id())));
    if (!profile.limitations().isEmpty()) {
      text.append("; limitations: ").append(words(profile.limitations().stream().map(l -> l.id())));
    }
    return text.append('.').toString();
  }

  /** How it was made: model, seed, start date and catalog, so it can be rebuilt. */
  public String madeWith() {
    var options = program.builtFrom().options();
    return capitalise(options.model().id()) + " periodization, start date " + options.startDate()
        + ", seed " + options.seed() + ", deload every " + options.deloadEvery()
        + " weeks, catalog " + program.builtFrom().catalogVersion() + ".";
  }

  /** {@code Weeks 1-3: activation} or {@code Week 4: strength}. */
  public String phaseHeading(Phase phase) {
    int first = phase.weeks().get(0).number();
    int last = phase.weeks().get(phase.weeks().size() - 1).number();
    String weeks = first == last ? "Week " + first : "Weeks " + first + "-" + last;
    return weeks + ": " + phase.kind().id().replace('-', ' ');
  }

  /** {@code Week 4} or {@code Week 4 (deload: less volume, same exercises)}. */
  public String weekHeading(Week week) {
    return "Week " + week.number() + (week.deload() ? " (deload: less volume, same exercises)" : "");
  }

  /** {@code Mon 6 Jan 2025, session w01-s1, about 25 min}. */
  public String sessionHeading(Session session) {
    return DateWords.of(session.date()) + ", session " + session.id() + ", about "
        + session.estimatedMinutes() + " min";
  }

  /** The phase kind of the week a session is in, in words. */
  public String phaseOf(Session session) {
    return program.phaseOf(session.week()).kind().id().replace('-', ' ');
  }

  /** {@code Warm-up}, {@code Main} or {@code Cool-down}. */
  public static String partName(SessionPart part) {
    return switch (part) {
      case WARM_UP -> "Warm-up";
      case MAIN -> "Main";
      case COOL_DOWN -> "Cool-down";
    };
  }

  /** The exercise's name from the catalog, or its id when the catalog does not know it. */
  public String nameOf(String exerciseId) {
    return catalog.find(exerciseId).map(Exercise::name).orElse(exerciseId);
  }

  /** {@code Glute bridge: 3 x 10-12 reps, rest 60 s}, with the note after a dash. */
  public String prescriptionLine(Prescription prescription) {
    return nameOf(prescription.exerciseId()) + ": " + DoseWords.of(prescription.dose())
        + prescription.note().map(n -> " - " + n).orElse("");
  }

  /** The ids of the exercises the program uses, in order of first use. */
  public List<String> exerciseIds() {
    Set<String> ids = new LinkedHashSet<>();
    program.sessions().forEach(s -> s.all().forEach(p -> ids.add(p.exerciseId())));
    return new ArrayList<>(ids);
  }

  /** The catalog's exercise for an id, if it knows it. */
  public Optional<Exercise> exercise(String exerciseId) {
    return catalog.find(exerciseId);
  }

  /**
   * Working sets of the main blocks per muscle per week (a primary mover counts 1 a set, a
   * secondary one 0.5), from the planner's {@link ProgramStatistics}; empty when the catalog does
   * not know every exercise, since the muscles of an unknown exercise cannot be counted.
   */
  public Optional<SortedMap<Integer, Map<Muscle, Double>>> weeklySetsPerMuscle() {
    return weeklySets;
  }

  /** Why the weekly sets are missing: the exercises the catalog does not know. */
  public String setsUnavailable() {
    return "Weekly sets are not shown: catalog " + catalog.version() + " does not know "
        + String.join(", ", unknownExerciseIds()) + ".";
  }

  /** The ids of the program's exercises that the catalog does not know, in order of first use. */
  public List<String> unknownExerciseIds() {
    return exerciseIds().stream().filter(id -> catalog.find(id).isEmpty()).toList();
  }

  /** The muscles that get any sets in any week, in anatomical order (glutes first). */
  public List<Muscle> trainedMuscles() {
    Set<Muscle> trained =
        weeklySetsPerMuscle().orElseGet(TreeMap::new).values().stream()
            .flatMap(m -> m.entrySet().stream())
            .filter(e -> e.getValue() > 0)
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    return Arrays.stream(Muscle.values()).filter(trained::contains).toList();
  }

  /** {@code Mon 6 Jan 2025, session w01-s1: completed}. */
  public String logHeading(SessionLog log) {
    return DateWords.of(log.date()) + ", session " + log.sessionId() + ": " + log.status().id();
  }

  /** {@code Pain before 2, during 3, next morning 2.}; empty when no pain was recorded. */
  public Optional<String> logPain(SessionLog log) {
    List<String> pain = new ArrayList<>();
    log.painBefore().ifPresent(p -> pain.add("before " + p));
    if (!log.exercises().isEmpty()) {
      pain.add("during " + log.painDuring());
    }
    log.painNextMorning().ifPresent(p -> pain.add("next morning " + p));
    return pain.isEmpty() ? Optional.empty() : Optional.of("Pain " + String.join(", ", pain) + ".");
  }

  private static String words(Stream<String> ids) {
    List<String> list = ids.map(id -> id.replace('-', ' ')).sorted().toList();
    return list.isEmpty() ? "none" : String.join(", ", list);
  }

  private static String capitalise(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
