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
import io.glutewise.core.GlutewiseException;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.log.SessionStatus;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.planner.adapt.Adaptation;
import io.glutewise.planner.adapt.AdaptedSession;
import io.glutewise.planner.adapt.SessionPain;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
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
      "The log keeps one JSON line per session; a new line is appended whole or not at all.",
      "",
      "Examples:",
      "  glutewise log --exercise glute-bridge:3x12:pain=2 --exercise clamshell:3x15 \\",
      "                --pain-next-morning 2",
      "  glutewise log --session w02-s1 --exercise hip-thrust:12,12,10@20kg:pain=3",
      "  glutewise log --exercise front-plank:3x30s",
      "  glutewise log --missed",
      "  glutewise log --pain-next-morning 3     (the morning after: adds to the last session)",
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

  @Option(names = "--pain-before", paramLabel = "N", description = "Back pain before the session, 0-10.")
  private Integer painBefore;

  @Option(
      names = "--pain-next-morning",
      paramLabel = "N",
      description = {
        "Back pain the morning after the session, 0-10. Given alone (no --exercise or",
        "--missed), it is added to the last session logged, or to --session."
      })
  private Integer painNextMorning;

  @Option(names = "--notes", paramLabel = "TEXT", description = "Free notes.")
  private String notes;

  @Option(names = "--missed", description = "The session was not done.")
  private boolean missed;

  @Option(names = "--partial", description = "The session was started but not finished.")
  private boolean partial;

  @Option(
      names = "--plan",
      paramLabel = "FILE",
      description = "The plan to log against; by default the one saved by glutewise plan --save.")
  private Path plan;

  @Option(
      names = "--log",
      paramLabel = "FILE",
      description = "The training log; by default $XDG_DATA_HOME/glutewise/log.jsonl.")
  private Path log;

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
    if (missed && !exercises.isEmpty()) {
      throw OptionChecks.usage(spec, "--missed takes no --exercise: a missed session has no results");
    }
    boolean logging = missed || !exercises.isEmpty();
    boolean amending = !logging && (painNextMorning != null || notes != null);
    if (!logging && !amending && !repair) {
      throw OptionChecks.usage(
          spec, "say what you did with --exercise " + ExerciseResult.SHAPE + ", or --missed");
    }
    if (amending && (painBefore != null || partial || date != null)) {
      throw OptionChecks.usage(spec, "without --exercise or --missed, only --pain-next-morning and"
          + " --notes can be added to a session already logged");
    }
    PrintWriter out = spec.commandLine().getOut();
    TrainingLog trainingLog = TrainingLog.at(log != null ? log : root.environment().dataDirectory().log());
    if (amending) {
      return amend(out, trainingLog);
    }
    if (repair) {
      ProgramFile planFile = ProgramFile.at(plan != null ? plan : root.environment().dataDirectory().program());
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
    Program program = ProgramFile.at(plan != null ? plan : root.environment().dataDirectory().program()).load();
    LogContents before = trainingLog.read();
    // the sessions as the trainee sees them now: progressions may have swapped an exercise
    Adaptation adaptation = LogFit.adapt(root.planner(), program, before, trainingLog);
    Session planned = chooseSession(program, before, adaptation);
    Session prescribed = adaptation.sessions().stream()
        .map(AdaptedSession::session)
        .filter(s -> s.id().equals(planned.id()))
        .findFirst()
        .orElse(planned);
    SessionLog entry = entry(prescribed);
    LogLine written = trainingLog.append(entry, contents -> refuseDuplicate(contents, entry.sessionId()));
    report(out, program, planned, written, trainingLog);
    return ExitCode.OK;
  }

  /** Adds the next morning's pain (and notes) to a session logged already: by default the last one. */
  private int amend(PrintWriter out, TrainingLog trainingLog) throws IOException {
    LogContents contents = trainingLog.read();
    contents.requireReadable();
    String id = session != null
        ? session.trim()
        : contents.entries().stream().reduce((a, b) -> b).map(e -> e.session().sessionId())
            .orElseThrow(() -> new GlutewiseException("the training log " + trainingLog.file()
                + " is empty: log a session with --exercise or --missed first"));
    LogLine amended = trainingLog.amend(id, old -> {
      SessionLog.Builder builder = SessionLog.builder().from(old);
      if (painNextMorning != null) {
        old.painNextMorning().filter(p -> !p.equals(painNextMorning)).ifPresent(p -> {
          throw new GlutewiseException(id + " already records pain the next morning of " + p
              + "/10; the log keeps what was recorded");
        });
        builder.painNextMorning(painNextMorning);
      }
      notes().ifPresent(n -> builder.notes(old.notes().map(o -> o + "\n" + n).orElse(n)));
      return builder.build();
    });
    Paragraphs.wrap("Updated " + id + " in " + trainingLog.file() + ", line " + amended.line() + "."
        + amended.session().painNextMorning().map(p -> " Pain the next morning: " + p + "/10.").orElse(""), "")
        .forEach(out::println);
    amended.session().painNextMorning().ifPresent(p -> amended.session().painBefore()
        .filter(b -> p > b)
        .ifPresent(b -> out.println("That is higher than before the session (" + b
            + "/10): the next sessions hold or step back.")));
    return ExitCode.OK;
  }

  private Session chooseSession(Program program, LogContents contents, Adaptation adaptation) {
    if (session != null) {
      String id = session.trim();
      return program.session(id).orElseThrow(() -> OptionChecks.usage(spec,
          "--session " + id + " is not in the plan, which runs from " + program.sessions().get(0).id()
              + " to " + program.sessions().get(program.sessions().size() - 1).id()));
    }
    return adaptation.sessions().stream()
        .map(AdaptedSession::session)
        .filter(s -> contents.find(s.id()).isEmpty())
        .findFirst()
        .flatMap(s -> program.session(s.id()))
        .or(() -> program.sessions().stream().filter(s -> contents.find(s.id()).isEmpty()).findFirst())
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
    List<ExerciseLog> done = new ArrayList<>();
    for (ExerciseResult result : exercises) {
      if (result.insteadOf().isPresent()) {
        String replaced = result.insteadOf().get();
        if (!prescribed.contains(replaced)) {
          throw OptionChecks.usage(spec, "--exercise " + result.exerciseId() + ":instead-of=" + replaced + ": "
              + replaced + " is not in session " + planned.id() + ", which has " + String.join(", ", prescribed));
        }
        if (root.planner().catalog().find(result.exerciseId()).isEmpty()) {
          throw OptionChecks.usage(spec, "--exercise " + result.exerciseId() + " is not an exercise of the catalog;"
              + " glutewise exercises lists them");
        }
      } else if (!prescribed.contains(result.exerciseId())) {
        throw OptionChecks.usage(spec, result.exerciseId() + " is not in session " + planned.id()
            + ", which has " + String.join(", ", prescribed));
      }
      if (!seen.add(result.exerciseId())) {
        throw OptionChecks.usage(spec, "--exercise " + result.exerciseId()
            + " is given twice; list all its sets in one, such as 12,12,10");
      }
      done.add(result.toLog());
    }
    SessionLog.Builder builder = SessionLog.builder()
        .sessionId(planned.id())
        .date(date != null ? date : root.environment().today())
        .status(partial ? SessionStatus.PARTIAL : SessionStatus.COMPLETED)
        .exercises(done);
    painBefore().ifPresent(builder::painBefore);
    painNextMorning().ifPresent(builder::painNextMorning);
    notes().ifPresent(builder::notes);
    return builder.build();
  }

  private static void refuseDuplicate(LogContents contents, String sessionId) {
    contents.find(sessionId).ifPresent(existing -> {
      throw new GlutewiseException(sessionId + " is in the log already (line " + existing.line()
          + "); name another session with --session");
    });
  }

  private void report(PrintWriter out, Program program, Session planned, LogLine written, TrainingLog trainingLog) {
    SessionLog entry = written.session();
    Paragraphs.wrap("Logged " + entry.sessionId() + " (" + entry.date() + ", " + entry.status().id() + ")"
        + " to " + trainingLog.file() + ", line " + written.line() + ".", "").forEach(out::println);
    for (ExerciseLog exercise : entry.exercises()) {
      out.println("  " + exercise.exerciseId() + ": " + describeSets(exercise)
          + ", pain " + exercise.painDuring() + "/10");
    }
    // the one definition of a session that hurt, shared with the planner and the web adapter
    SessionPain.hurt(program.builtFrom().profile(), entry,
        SessionPain.before(entry, program.builtFrom().profile().currentPain()))
        .ifPresent(why -> Paragraphs.wrap(Character.toUpperCase(why.charAt(0)) + why.substring(1)
            + ": the next sessions hold or step back. If it keeps rising, see a clinician.", "").forEach(out::println));
    List<Session> sessions = program.sessions();
    int index = sessions.indexOf(planned);
    if (index >= 0 && index + 1 < sessions.size()) {
      Session following = sessions.get(index + 1);
      out.println("Next: " + following.id() + " on " + following.date()
          + ". `glutewise next` shows it, adapted to what you did.");
    }
  }

  static String describeSets(ExerciseLog exercise) {
    if (exercise.sets().isEmpty()) {
      return "skipped";
    }
    String amounts = exercise.sets().stream()
        .map(s -> s.amount() + (s.seconds().isPresent() ? " s" : ""))
        .collect(Collectors.joining(", "));
    String load = exercise.sets().get(0).load().toString();
    return exercise.sets().size() + (exercise.sets().size() == 1 ? " set (" : " sets (") + amounts + ")"
        + (load.equals("bodyweight") ? "" : " @ " + load);
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
