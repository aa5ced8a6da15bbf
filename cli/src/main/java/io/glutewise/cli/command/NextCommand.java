package io.glutewise.cli.command;

import io.glutewise.cli.ExitCode;
import io.glutewise.cli.GlutewiseRoot;
import io.glutewise.cli.storage.TrainingLog;
import io.glutewise.cli.text.Paragraphs;
import io.glutewise.core.DateWords;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.log.LogHistory;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.SessionPart;
import io.glutewise.export.PlainText;
import io.glutewise.planner.adapt.Adaptation;
import io.glutewise.planner.adapt.AdaptedSession;
import io.glutewise.planner.adapt.Change;
import io.glutewise.planner.schedule.SessionDates;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code glutewise next}: the next sessions of the saved plan, adapted to the training log, with
 * the reason for every change.
 */
@Command(
    name = "next",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Show the next sessions, adapted to your training log.",
      "",
      "Each exercise is progressed, held, regressed or deloaded by the rules, and the reason is"
          + " printed under it."
    },
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {
      ExitCode.OK_LINE,
      "1:failure: no saved plan, a damaged log, or a log that does not fit the plan",
      ExitCode.USAGE_LINE
    })
public final class NextCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @ParentCommand private GlutewiseRoot root;

  @Mixin private SavedFiles files;


  @Option(
      names = "--count",
      paramLabel = "N",
      description = "Show at most N sessions (by default all that the planner gives: the rest of the week).")
  private Integer count;

  @Option(names = "--json", description = "Print the adaptation as JSON.")
  private boolean json;

  /** Creates the command; picocli fills in the options. */
  public NextCommand() {}

  @Override
  public Integer call() throws IOException {
    OptionChecks.range(spec, "--count", count, 1, 50);
    Program program =
        files.program(root.environment()).load();
    TrainingLog trainingLog =
        files.log(root.environment());
    // a correction supersedes the older entries for its session: the planner sees the latest
    Adaptation adaptation = LogFit.adapt(root.planner(), program, trainingLog.read(), trainingLog);
    List<SessionLog> logs = LogHistory.of(trainingLog.read().requireReadable()).current();
    List<AdaptedSession> sessions = adaptation.sessions();
    if (count != null && sessions.size() > count) {
      sessions = sessions.subList(0, count);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(GlutewiseJson.write(Adaptation.of(sessions, adaptation.messages())));
      return ExitCode.OK;
    }
    if (sessions.isEmpty()) {
      out.println("The plan is complete: every session is behind you. Build the next one with"
          + " glutewise plan --save.");
      return ExitCode.OK;
    }
    // what matters most (see a clinician, a flare-up plan, a comeback) comes before the sessions
    for (String message : adaptation.messages()) {
      Paragraphs.wrap(message, "").forEach(out::println);
      out.println();
    }
    io.glutewise.planner.screening.Clearances.statement(program.builtFrom().profile())
        .ifPresent(c -> Paragraphs.wrap(c, "").forEach(out::println));
    Map<String, SessionDates.Move> moves = SessionDates.moved(program, logs);
    boolean first = true;
    for (AdaptedSession adapted : sessions) {
      if (!first) {
        out.println();
      }
      first = false;
      print(out, adapted, moves);
    }
    out.println();
    Paragraphs.wrap(
        "Log a session with: glutewise log --exercise ID:SETSxREPS[@LOAD][:pain=N] ...", "")
        .forEach(out::println);
    Paragraphs.wrap(root.clinicianNotice(), "").forEach(out::println);
    return ExitCode.OK;
  }

  private static void print(PrintWriter out, AdaptedSession adapted, Map<String, SessionDates.Move> moves) {
    Session session = adapted.session();
    java.time.LocalDate date = SessionDates.dateOf(session, moves);
    out.println(session.id() + ", " + DateWords.name(date.getDayOfWeek())
        + " " + date + ", about " + session.estimatedMinutes() + " min");
    Optional.ofNullable(moves.get(session.id()))
        .ifPresent(m -> Paragraphs.wrap(TodayCommand.movedBecause(m), "  ").forEach(out::println));
    for (SessionPart part : SessionPart.values()) {
      List<Prescription> prescriptions = session.part(part);
      if (prescriptions.isEmpty()) {
        continue;
      }
      out.println("  " + title(part));
      for (Prescription prescription : prescriptions) {
        // the dose wraps under itself, so no line is wider than the terminal's 80 columns
        Paragraphs.wrap(describe(prescription.dose()), Paragraphs.WIDTH,
            "    " + pad(prescription.exerciseId(), 30), " ".repeat(34)).forEach(out::println);
        prescription.note().ifPresent(n -> Paragraphs.wrap(n, "      ").forEach(out::println));
        if (part == SessionPart.MAIN) {
          Optional<Change> change = adapted.change(prescription.exerciseId());
          change.ifPresent(c -> Paragraphs.wrap(c.reason(), "      ").forEach(out::println));
        }
      }
      if (part == SessionPart.MAIN) {
        for (Change left : adapted.leftOut()) {
          out.println("    " + pad("(" + left.exerciseId() + ")", 30) + "left out");
          Paragraphs.wrap(left.reason(), "      ").forEach(out::println);
        }
      }
    }
    for (Change other : adapted.otherParts()) {
      Paragraphs.wrap(other.exerciseId() + ": " + other.reason(), "  ").forEach(out::println);
    }
  }

  private static String title(SessionPart part) {
    switch (part) {
      case WARM_UP:
        return "Warm-up";
      case MAIN:
        return "Main";
      default:
        return "Cool-down";
    }
  }

  /** A dose in the words every glutewise output uses. */
  static String describe(Dose dose) {
    return PlainText.dose(dose);
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }
}
