package io.glutewise.cli.command;

import io.glutewise.cli.ExitCode;
import io.glutewise.cli.GlutewiseRoot;
import io.glutewise.cli.storage.LogContents;
import io.glutewise.cli.storage.LogLine;
import io.glutewise.cli.storage.LogProblem;
import io.glutewise.cli.storage.ProgramFile;
import io.glutewise.cli.storage.RepairOutcome;
import io.glutewise.cli.storage.TrainingLog;
import io.glutewise.cli.text.Paragraphs;
import io.glutewise.core.DateWords;
import io.glutewise.core.GlutewiseException;
import io.glutewise.core.dose.Load;
import io.glutewise.core.dose.LoadKind;
import io.glutewise.core.dose.DoseWords;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.LogHistory;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.log.SessionStatus;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.planner.adapt.Adaptation;
import io.glutewise.planner.adapt.AdaptedSession;
import io.glutewise.planner.adapt.SessionPain;
import io.glutewise.planner.schedule.SessionDates;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code glutewise log}: records what was done in one session of the saved plan, appending one
 * line to the training log.
 */
@Command(
    name = "log",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Record a session's results in the training log.",
      "",
      "On a terminal, with nothing else given, it asks exercise by exercise: Enter accepts what"
          + " was prescribed. The log keeps one JSON line per entry, appended whole or not at all;"
          + " a correction is a new entry that supersedes the older one, which stays in the log.",
      "",
      "Examples:",
      "  glutewise log                              (asks, on a terminal)",
      "  glutewise log --as-prescribed",
      "  glutewise log --as-prescribed --except hip-thrust:12,12,10@20kg:pain=3 --skip clamshell",
      "  glutewise log --morning 2                  (the morning after: pain for the last session)",
      "  glutewise log --correct --session w01-s1 --as-prescribed --pain-before 2",
      "  glutewise log --exercise glute-bridge:3x12:pain=2 --exercise clamshell:3x15 \\",
      "                --pain-next-morning 2",
      "  glutewise log --session w02-s1 --exercise hip-thrust:12,12,10@20kg:pain=3",
      "  glutewise log --exercise front-plank:3x30s",
      "  glutewise log --missed",
      "",
      "SETS is 3x12 (three sets of twelve), a list such as 12,12,10, or seconds: 3x30s.",
      "LOAD is bodyweight, band:light|medium|heavy|extra-heavy, 20kg or 45lb.",
      "Append :pain=N for the highest pain during the exercise (0-10) and :rir=N for the",
      "repetitions left in reserve."
    },
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {
      ExitCode.OK_LINE,
      "1:failure: no saved plan, a damaged log (see --repair), the session is logged already",
      ExitCode.USAGE_LINE
    })
public final class LogCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @ParentCommand private GlutewiseRoot root;

  @Option(
      names = "--session",
      paramLabel = "ID",
      description = "The session, such as w01-s1; by default the first one of the plan not yet logged.")
  private String session;

  @Option(
      names = "--date",
      paramLabel = "DATE",
      description = "When it was done (YYYY-MM-DD); by default today, or the planned date with --missed.")
  private LocalDate date;

  @Option(
      names = "--exercise",
      paramLabel = "ID:SETS[@LOAD][:pain=N]",
      converter = ExerciseResult.Converter.class,
      description = "What you did of one exercise; repeat for each exercise.")
  private List<ExerciseResult> exercises = new ArrayList<>();

  @Option(
      names = "--as-prescribed",
      description = "Every exercise of the main block done as prescribed (the bottom of each range), but for"
          + " --except and --skip.")
  private boolean asPrescribed;

  @Option(
      names = "--except",
      paramLabel = "ID:SETS[@LOAD][:pain=N]",
      converter = ExerciseResult.Converter.class,
      description = "With --as-prescribed: what you did of an exercise that differed; repeat as needed.")
  private List<ExerciseResult> exceptions = new ArrayList<>();

  @Option(
      names = "--skip",
      paramLabel = "ID",
      description = "With --as-prescribed: an exercise you left out; repeat as needed.")
  private List<String> skipped = new ArrayList<>();

  @Option(
      names = {"-i", "--interactive"},
      description = "Ask exercise by exercise even when standard input is not a terminal (answers piped in).")
  private boolean interactive;

  @Option(
      names = "--correct",
      description = {
        "Log a session again, superseding what was logged for it (by default the last one logged);",
        "the older entry stays in the log as history."
      })
  private boolean correct;

  @Option(names = "--pain-before", paramLabel = "N", description = "Back pain before the session, 0-10.")
  private Integer painBefore;

  @Option(
      names = {"--pain-next-morning", "--morning"},
      paramLabel = "N",
      description = {
        "Back pain the morning after the session, 0-10. Given alone, it is recorded for the",
        "last session logged, or for --session, as a new entry that supersedes the old one."
      })
  private Integer painNextMorning;

  @Option(names = "--notes", paramLabel = "TEXT", description = "Free notes.")
  private String notes;

  @Option(names = "--missed", description = "The session was not done.")
  private boolean missed;

  @Option(names = "--partial", description = "The session was started but not finished.")
  private boolean partial;

  @Mixin private SavedFiles files;

  @Option(
      names = "--repair",
      description = {
        "Move damaged lines of the log to <log>.rejected (nothing is deleted) and keep the rest;",
        "then log the session, if one was given."
      })
  private boolean repair;

  /** Creates the command; picocli fills in the options. */
  public LogCommand() {}

  @Override
  public Integer call() throws IOException {
    OptionChecks.pain(spec, "--pain-before", painBefore);
    OptionChecks.pain(spec, "--pain-next-morning", painNextMorning);
    if (missed && partial) {
      throw OptionChecks.usage(spec, "--missed and --partial exclude each other");
    }
    if (missed && (!exercises.isEmpty() || asPrescribed)) {
      throw OptionChecks.usage(spec, "--missed takes no --exercise or --as-prescribed: a missed session has no results");
    }
    if (asPrescribed && !exercises.isEmpty()) {
      throw OptionChecks.usage(spec, "with --as-prescribed, give what differed with --except, not --exercise");
    }
    if (!asPrescribed && (!exceptions.isEmpty() || !skipped.isEmpty())) {
      throw OptionChecks.usage(spec, (exceptions.isEmpty() ? "--skip" : "--except") + " goes with --as-prescribed");
    }
    boolean results = missed || asPrescribed || !exercises.isEmpty();
    boolean amending = !results && !interactive && (painNextMorning != null || notes != null);
    Optional<BufferedReader> questions = results || amending || repair
        ? Optional.empty()
        : interactive ? Optional.of(root.environment().input()) : root.environment().terminal();
    boolean logging = results || questions.isPresent();
    if (!logging && !amending && !repair) {
      throw OptionChecks.usage(
          spec, "say what you did with --as-prescribed, --exercise " + ExerciseResult.SHAPE
              + ", or --missed (or run it on a terminal to be asked)");
    }
    if (amending && (painBefore != null || partial || date != null)) {
      throw OptionChecks.usage(spec, "without --exercise, --as-prescribed or --missed, only --pain-next-morning and"
          + " --notes can be added to a session already logged");
    }
    PrintWriter out = spec.commandLine().getOut();
    TrainingLog trainingLog = files.log(root.environment());
    if (amending) {
      return amend(out, trainingLog);
    }
    if (repair) {
      ProgramFile planFile = files.program(root.environment());
      RepairOutcome outcome;
      if (planFile.exists()) {
        // entries the plan cannot place are set aside too, so that next works again
        Program program = planFile.load();
        outcome = trainingLog.repair(LogFit.misfits(root.planner(), program, trainingLog.read()));
      } else {
        outcome = trainingLog.repair(entry -> Optional.empty());
      }
      List<LogProblem> moved = outcome.moved();
      outcome.note().ifPresent(note -> Paragraphs.wrap("Note: " + note, "").forEach(out::println));
      if (moved.isEmpty()) {
        out.println("The training log " + trainingLog.file() + " is whole; nothing to repair.");
      } else {
        out.println("Moved " + moved.size() + (moved.size() == 1 ? " damaged line" : " damaged lines")
            + " to " + trainingLog.rejectedFile() + ":");
        moved.forEach(p -> out.println("  " + p));
      }
      if (!logging) {
        return ExitCode.OK;
      }
    }
    Program program = files.program(root.environment()).load();
    LogContents before = trainingLog.read();
    // a log that does not fit the plan is named by its line, with --repair as the way out
    Adaptation adaptation = LogFit.adapt(root.planner(), program, before, trainingLog);
    LogHistory history = LogHistory.of(before.sessions());
    Session planned = chooseSession(program, history, adaptation);
    Session prescribed = prescribed(program, history, planned);
    SessionLog entry = questions.isPresent()
        ? answered(prescribed, new LogQuestions(questions.get(), out, interactive).ask(prescribed))
        : entry(prescribed);
    LogLine written = trainingLog.append(entry, contents -> refuseDuplicate(contents, entry.sessionId()));
    report(out, program, planned, prescribed, written, trainingLog, history);
    return ExitCode.OK;
  }

  /**
   * The session as the trainee saw it: adapted to the logs of the sessions before it, since a
   * progression may have changed a dose or swapped an exercise.
   */
  private Session prescribed(Program program, LogHistory history, Session planned) {
    List<String> order = program.sessions().stream().map(Session::id).toList();
    int position = order.indexOf(planned.id());
    List<SessionLog> earlier = history.current().stream()
        .filter(l -> order.indexOf(l.sessionId()) < position)
        .toList();
    Adaptation adaptation = root.planner().next(program, earlier);
    return adaptation.sessions().stream()
        .map(AdaptedSession::session)
        .filter(s -> s.id().equals(planned.id()))
        .findFirst()
        .orElse(planned);
  }

  /**
   * Records the next morning's pain (and notes) for a session logged already, by default the last
   * one: a new entry that supersedes the old one, so the first answer stays in the history.
   */
  private int amend(PrintWriter out, TrainingLog trainingLog) throws IOException {
    LogHistory history = LogHistory.of(trainingLog.read().requireReadable());
    SessionLog old = (session != null
        ? history.current(session.trim())
        : history.lastRecorded())
        .orElseThrow(() -> new GlutewiseException(session != null
            ? session.trim() + " is not in the log " + trainingLog.file()
            : "the training log " + trainingLog.file()
                + " is empty: log a session with --as-prescribed, --exercise or --missed first"));
    SessionLog.Builder builder = SessionLog.builder().from(old);
    Optional<Integer> replaced = old.painNextMorning().filter(p -> painNextMorning != null && !p.equals(painNextMorning));
    if (painNextMorning != null) {
      builder.painNextMorning(painNextMorning);
    }
    notes().ifPresent(n -> builder.notes(old.notes().map(o -> o + "\n" + n).orElse(n)));
    SessionLog updated = builder.build();
    LogLine written = trainingLog.append(updated, contents -> { });
    Paragraphs.wrap("Recorded for " + updated.sessionId() + " in " + trainingLog.file() + ", line " + written.line()
        + "." + updated.painNextMorning().map(p -> " Pain the next morning: " + p + "/10"
            + replaced.map(r -> " (was " + r + "/10; the earlier entry stays in the log)").orElse("") + ".").orElse(""), "")
        .forEach(out::println);
    updated.painNextMorning().ifPresent(p -> updated.painBefore()
        .filter(b -> p > b)
        .ifPresent(b -> out.println("That is higher than before the session (" + b
            + "/10): the next sessions hold or step back.")));
    return ExitCode.OK;
  }

  private Session chooseSession(Program program, LogHistory history, Adaptation adaptation) {
    if (session != null) {
      String id = session.trim();
      return program.session(id).orElseThrow(() -> OptionChecks.usage(spec,
          "--session " + id + " is not in the plan, which runs from " + program.sessions().get(0).id()
              + " to " + program.sessions().get(program.sessions().size() - 1).id()));
    }
    if (correct) {
      return history.lastRecorded().flatMap(l -> program.session(l.sessionId()))
          .orElseThrow(() -> new GlutewiseException("the training log is empty: there is nothing to correct"));
    }
    return adaptation.sessions().stream()
        .map(AdaptedSession::session)
        .filter(s -> history.current(s.id()).isEmpty())
        .findFirst()
        .flatMap(s -> program.session(s.id()))
        .or(() -> program.sessions().stream().filter(s -> history.current(s.id()).isEmpty()).findFirst())
        .orElseThrow(() -> new GlutewiseException(
            "every session of the plan is logged already; build a new plan with glutewise plan --save"));
  }

  private SessionLog entry(Session planned) {
    if (missed) {
      SessionLog.Builder builder = SessionLog.builder()
          .sessionId(planned.id())
          .date(date != null ? date : planned.date())
          .status(SessionStatus.MISSED);
      painBefore().ifPresent(builder::painBefore);
      painNextMorning().ifPresent(builder::painNextMorning);
      notes().ifPresent(builder::notes);
      return builder.build();
    }
    Set<String> prescribed = planned.all().stream()
        .map(Prescription::exerciseId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    Set<String> seen = new LinkedHashSet<>();
    Map<String, ExerciseLog> given = new LinkedHashMap<>();
    Set<String> replaced = new LinkedHashSet<>();
    List<ExerciseResult> typed = asPrescribed ? exceptions : exercises;
    String option = asPrescribed ? "--except " : "--exercise ";
    for (ExerciseResult result : typed) {
      if (result.insteadOf().isPresent()) {
        String other = result.insteadOf().get();
        if (!prescribed.contains(other)) {
          throw OptionChecks.usage(spec, option + result.exerciseId() + ":instead-of=" + other + ": "
              + other + " is not in session " + planned.id() + ", which has " + String.join(", ", prescribed));
        }
        if (root.planner().catalog().find(result.exerciseId()).isEmpty()) {
          throw OptionChecks.usage(spec, option + result.exerciseId() + " is not an exercise of the catalog;"
              + " glutewise exercises lists them");
        }
        replaced.add(other);
      } else if (!prescribed.contains(result.exerciseId())) {
        throw OptionChecks.usage(spec, result.exerciseId() + " is not in session " + planned.id()
            + ", which has " + String.join(", ", prescribed));
      }
      if (!seen.add(result.exerciseId())) {
        throw OptionChecks.usage(spec, option + result.exerciseId()
            + " is given twice; list all its sets in one, such as 12,12,10");
      }
      given.put(result.exerciseId(), result.toLog());
    }
    List<ExerciseLog> done = new ArrayList<>();
    if (asPrescribed) {
      Set<String> main = planned.main().stream().map(Prescription::exerciseId).collect(Collectors.toSet());
      for (String id : skipped) {
        String trimmed = id.trim();
        if (!main.contains(trimmed)) {
          throw OptionChecks.usage(spec, "--skip " + trimmed + ": it is not in the main block of session "
              + planned.id() + ", which has " + String.join(", ", main));
        }
        if (given.containsKey(trimmed)) {
          throw OptionChecks.usage(spec, trimmed + " is given with both --except and --skip");
        }
      }
      for (Prescription p : planned.main()) {
        String id = p.exerciseId();
        if (replaced.contains(id)) {
          continue; // the exercise done instead of it is among those given with --except
        }
        done.add(skipped.stream().anyMatch(x -> x.trim().equals(id)) ? AsPrescribed.skipped(id)
            : given.containsKey(id) ? given.remove(id) : AsPrescribed.of(p));
      }
    }
    done.addAll(given.values());
    SessionLog.Builder builder = SessionLog.builder()
        .sessionId(planned.id())
        .date(date != null ? date : root.environment().today())
        .status(status(planned, done))
        .exercises(done);
    painBefore().ifPresent(builder::painBefore);
    painNextMorning().ifPresent(builder::painNextMorning);
    notes().ifPresent(builder::notes);
    return builder.build();
  }

  /** The entry from the answers given at the terminal; options given as well fill what was left out. */
  private SessionLog answered(Session planned, LogQuestions.Answers answers) {
    SessionLog.Builder builder = SessionLog.builder()
        .sessionId(planned.id())
        .date(date != null ? date : root.environment().today())
        .status(status(planned, answers.exercises()))
        .exercises(answers.exercises());
    answers.painBefore().or(this::painBefore).ifPresent(builder::painBefore);
    answers.painNextMorning().or(this::painNextMorning).ifPresent(builder::painNextMorning);
    answers.notes().or(this::notes).ifPresent(builder::notes);
    return builder.build();
  }

  /** Partial when asked, or when an exercise of the main block was left out or skipped. */
  private SessionStatus status(Session planned, List<ExerciseLog> done) {
    return partial || unfinished(planned, done) > 0 ? SessionStatus.PARTIAL : SessionStatus.COMPLETED;
  }

  /** How many main-block exercises have no sets logged. */
  static long unfinished(Session planned, List<ExerciseLog> done) {
    return planned.main().stream()
        .filter(p -> done.stream().noneMatch(e -> !e.sets().isEmpty()
            && (e.exerciseId().equals(p.exerciseId()) || e.insteadOf().filter(p.exerciseId()::equals).isPresent())))
        .count();
  }

  private void refuseDuplicate(LogContents contents, String sessionId) {
    if (correct) {
      return;
    }
    contents.find(sessionId).ifPresent(existing -> {
      throw new GlutewiseException(sessionId + " is in the log already (line " + existing.line()
          + "); name another session with --session, or add --correct to replace what was logged");
    });
  }

  private void report(PrintWriter out, Program program, Session planned, Session prescribed, LogLine written,
      TrainingLog trainingLog, LogHistory before) {
    SessionLog entry = written.session();
    boolean correction = before.current(entry.sessionId()).isPresent();
    Paragraphs.wrap((correction ? "Corrected " : "Logged ") + entry.sessionId() + " (" + entry.date() + ", "
        + entry.status().id() + ") to " + trainingLog.file() + ", line " + written.line() + "."
        + (correction ? " The earlier entry stays in the log; this one counts." : ""), "").forEach(out::println);
    for (ExerciseLog exercise : entry.exercises()) {
      out.println("  " + exercise.exerciseId() + ": " + describeSets(exercise)
          + (exercise.sets().isEmpty() ? "" : ", pain " + exercise.painDuring() + "/10"));
    }
    long open = unfinished(prescribed, entry.exercises());
    if (entry.status() == SessionStatus.PARTIAL && open > 0) {
      Paragraphs.wrap("Partial: " + open + " of " + prescribed.main().size() + " exercises of the main block"
          + " were not done; they hold where they are.", "").forEach(out::println);
    }
    // the one definition of a session that hurt, shared with the planner and the web adapter
    SessionPain.hurt(program.builtFrom().profile(), entry,
        SessionPain.before(entry, program.builtFrom().profile().currentPain()))
        .ifPresent(why -> Paragraphs.wrap(Character.toUpperCase(why.charAt(0)) + why.substring(1)
            + ": the next sessions hold or step back. If it keeps rising, see a clinician.", "").forEach(out::println));
    List<Session> sessions = program.sessions();
    int index = sessions.indexOf(planned);
    String morning = entry.painNextMorning().isPresent() || entry.status() == SessionStatus.MISSED
        ? "" : "Tomorrow morning: glutewise log --morning N. ";
    List<SessionLog> now = new ArrayList<>(before.entries());
    now.add(entry);
    Map<String, SessionDates.Move> moves = SessionDates.moved(program, LogHistory.of(now).current());
    if (index >= 0 && index + 1 < sessions.size()) {
      Session following = sessions.get(index + 1);
      String moved = moves.containsKey(following.id())
          ? " (moved from " + DateWords.inFull(following.date()) + " to keep "
              + SessionDates.MIN_DAYS_BETWEEN * 24 + " hours between sessions)" : "";
      Paragraphs.wrap(morning + "Next: " + following.id() + " on "
          + DateWords.inFull(SessionDates.dateOf(following, moves)) + moved
          + "; glutewise today shows it, adapted to what you did.", "").forEach(out::println);
    } else {
      Paragraphs.wrap(morning + "That was the last session of the plan: glutewise progress shows how it went.", "")
          .forEach(out::println);
    }
  }

  static String describeSets(ExerciseLog exercise) {
    if (exercise.sets().isEmpty()) {
      return "skipped";
    }
    String amounts = exercise.sets().stream()
        .map(s -> s.amount() + (s.seconds().isPresent() ? " s" : ""))
        .collect(Collectors.joining(", "));
    Load load = exercise.sets().get(0).load();
    return exercise.sets().size() + (exercise.sets().size() == 1 ? " set (" : " sets (") + amounts + ")"
        + (load.kind() == LoadKind.BODYWEIGHT ? "" : ", " + DoseWords.of(load));
  }

  private Optional<Integer> painBefore() {
    return Optional.ofNullable(painBefore);
  }

  private Optional<Integer> painNextMorning() {
    return Optional.ofNullable(painNextMorning);
  }

  private Optional<String> notes() {
    return Optional.ofNullable(notes).filter(n -> !n.isBlank());
  }
}
