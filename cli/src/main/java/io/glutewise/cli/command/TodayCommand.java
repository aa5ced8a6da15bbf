package io.glutewise.cli.command;

import io.glutewise.cli.ExitCode;
import io.glutewise.cli.GlutewiseRoot;
import io.glutewise.cli.text.Paragraphs;
import io.glutewise.core.DateWords;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.LogHistory;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.planner.adapt.Adaptation;
import io.glutewise.planner.schedule.SessionDates;
import io.glutewise.planner.screening.Clearances;
import io.glutewise.planner.adapt.AdaptedSession;
import io.glutewise.planner.adapt.Change;
import io.glutewise.planner.adapt.ChangeKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code glutewise today}: the session to do today, or the next one due and how many days until
 * it, adapted to the training log: each exercise with what was done last time and what changed
 * and why, the warm-up and the cool-down. Short enough for one screen.
 */
@Command(
    name = "today",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Show today's session, or the next one due, adapted to your training log.",
      "",
      "Each exercise shows what you did last time and what changed, and why."
    },
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {
      ExitCode.OK_LINE,
      "1:failure: no saved plan, a damaged log, or a log that does not fit the plan",
      ExitCode.USAGE_LINE
    })
public final class TodayCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @ParentCommand private GlutewiseRoot root;

  @Mixin private SavedFiles files;


  /** Creates the command; picocli fills in the options. */
  public TodayCommand() {}

  @Override
  public Integer call() throws IOException {
    Program program =
        files.program(root.environment()).load();
    LogHistory history = LogHistory.of(
        files.log(root.environment()).read().requireReadable());
    Adaptation adaptation = root.planner().next(program, history.current());
    PrintWriter out = spec.commandLine().getOut();
    LocalDate today = root.environment().today();
    if (adaptation.sessions().isEmpty()) {
      Clearances.statement(program.builtFrom().profile())
          .ifPresent(c -> Paragraphs.wrap(c, "").forEach(out::println));
      Paragraphs.wrap("The plan is complete: every session is behind you. glutewise progress shows how it"
          + " went; build the next plan with glutewise plan --save.", "").forEach(out::println);
      Paragraphs.wrap(root.clinicianNotice(), "").forEach(out::println);
      return ExitCode.OK;
    }
    Clearances.statement(program.builtFrom().profile())
        .ifPresent(c -> Paragraphs.wrap(c, "").forEach(out::println));
    AdaptedSession adapted = adaptation.sessions().get(0);
    Session session = adapted.session();
    Map<String, SessionDates.Move> moves = SessionDates.moved(program, history.current());
    Paragraphs.wrap(heading(session, SessionDates.dateOf(session, moves), today, history), "")
        .forEach(out::println);
    Optional.ofNullable(moves.get(session.id())).ifPresent(m -> Paragraphs.wrap(movedBecause(m), "")
        .forEach(out::println));
    Week.of(program, session).ifPresent(w -> out.println(w));
    Expectations.forSession(root.catalog(), program, history, session)
        .forEach(line -> Paragraphs.wrap(line, "").forEach(out::println));
    out.println();
    Paragraphs.wrap(brief(session.warmUp()), Paragraphs.WIDTH, "Warm-up: ", "  ").forEach(out::println);
    out.println("Main:");
    int number = 0;
    for (Prescription prescription : session.main()) {
      number++;
      // a long dose wraps under itself so that the screen stays 80 columns wide
      String head = "  " + number + ". " + pad(prescription.exerciseId(), 28);
      Paragraphs.wrap(NextCommand.describe(prescription.dose()), Paragraphs.WIDTH, head, " ".repeat(head.length()))
          .forEach(out::println);
      Optional<Change> change = adapted.change(prescription.exerciseId());
      String before = lastTime(history, program, session, prescription.exerciseId(),
          change.flatMap(Change::previousExerciseId));
      if (!history.current().isEmpty()) {
        Paragraphs.wrap("last: " + before, "     ").forEach(out::println);
      }
      change.filter(c -> c.kind() != ChangeKind.UNCHANGED || !history.current().isEmpty())
          .ifPresent(c -> Paragraphs.wrap("now: " + c.reason(), "     ").forEach(out::println));
    }
    Paragraphs.wrap(brief(session.coolDown()), Paragraphs.WIDTH, "Cool-down: ", "  ").forEach(out::println);
    out.println();
    Paragraphs.wrap("When done: glutewise log (it asks), or glutewise log --as-prescribed.", "")
        .forEach(out::println);
    Paragraphs.wrap(root.clinicianNotice(), "").forEach(out::println);
    return ExitCode.OK;
  }

  /** Why a session moved, in a sentence. */
  static String movedBecause(SessionDates.Move move) {
    return "Moved from " + DateWords.inFull(move.session().date()) + ": " + move.cause().sessionId() + " was done on "
        + DateWords.inFull(move.cause().date()) + ", and sessions stay " + SessionDates.MIN_DAYS_BETWEEN * 24
        + " hours apart.";
  }

  private static String heading(Session session, LocalDate date, LocalDate today, LogHistory history) {
    String what = session.id() + ", about " + session.estimatedMinutes() + " min";
    long days = ChronoUnit.DAYS.between(today, date);
    if (days == 0) {
      return "Today, " + DateWords.inFull(today) + ": " + what + ".";
    }
    if (days > 0) {
      boolean doneToday = history.lastRecorded().filter(l -> l.date().equals(today)).isPresent();
      return (doneToday ? "Done for today. " : "No session today. ") + "Next: " + what + " on "
          + DateWords.inFull(date) + ", in " + days + (days == 1 ? " day." : " days.");
    }
    long late = -days;
    return "Due since " + DateWords.inFull(date) + " (" + late + (late == 1 ? " day" : " days")
        + " ago): " + what + ". Do it today, or log it with glutewise log --missed.";
  }

  /** What was done of this exercise (or the one it replaced) the last time it came round. */
  private static String lastTime(LogHistory history, Program program, Session now, String exerciseId,
      Optional<String> previous) {
    List<String> order = program.sessions().stream().map(Session::id).toList();
    int position = order.indexOf(now.id());
    Optional<SessionLog> last = history.current().stream()
        .filter(l -> order.indexOf(l.sessionId()) < position)
        .filter(l -> found(l, exerciseId, previous).isPresent())
        .reduce((a, b) -> order.indexOf(a.sessionId()) > order.indexOf(b.sessionId()) ? a : b);
    if (last.isEmpty()) {
      return "first time";
    }
    ExerciseLog done = found(last.get(), exerciseId, previous).orElseThrow();
    String which = done.exerciseId().equals(exerciseId) ? "" : done.exerciseId() + ", ";
    return which + LogCommand.describeSets(done)
        + (done.sets().isEmpty() ? "" : ", pain " + done.painDuring() + "/10")
        + " (" + DateWords.dayAndMonth(last.get().date()) + ")";
  }

  private static Optional<ExerciseLog> found(SessionLog log, String exerciseId, Optional<String> previous) {
    return log.exercise(exerciseId).or(() -> previous.flatMap(log::exercise));
  }

  private static String brief(List<Prescription> part) {
    if (part.isEmpty()) {
      return "none";
    }
    return part.stream()
        .map(p -> p.exerciseId() + " " + NextCommand.describe(p.dose()))
        .collect(Collectors.joining("; "));
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }

  /** The line saying where in the plan a session sits: week, phase, how many sessions this week. */
  private static final class Week {
    private Week() {}

    static Optional<String> of(Program program, Session session) {
      return program.weeks().stream()
          .filter(w -> w.number() == session.week())
          .findFirst()
          .map(w -> "Week " + session.week() + " of " + program.weeks().size()
              + ", session " + session.index() + " of " + w.sessions().size()
              + ", " + program.phaseOf(session.week()).kind().id() + " phase"
              + (w.deload() ? ", a lighter week" : ""));
    }
  }
}
