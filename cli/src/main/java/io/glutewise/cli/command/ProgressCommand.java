package io.glutewise.cli.command;

import io.glutewise.cli.ExitCode;
import io.glutewise.cli.GlutewiseRoot;
import io.glutewise.cli.storage.CheckInFile;
import io.glutewise.cli.storage.OutputFiles;
import io.glutewise.cli.text.Paragraphs;
import io.glutewise.core.DateWords;
import io.glutewise.core.log.LogHistory;
import io.glutewise.core.outcome.ActivityRating;
import io.glutewise.core.outcome.CheckIn;
import io.glutewise.core.program.Program;
import io.glutewise.export.ExportFormat;
import io.glutewise.export.ProgramExport;
import io.glutewise.planner.progress.CheckInComparison;
import io.glutewise.planner.progress.CheckInSchedule;
import io.glutewise.planner.progress.ProgressReport;
import io.glutewise.planner.progress.ProgressReport.Adherence;
import io.glutewise.planner.progress.ProgressReport.GluteSets;
import io.glutewise.planner.progress.ProgressReport.Move;
import io.glutewise.planner.progress.ProgressReport.SessionRow;
import io.glutewise.planner.screening.Clearances;
import io.glutewise.planner.screening.OutcomeChange;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code glutewise progress}: pain per session, adherence, hard sets per glute group per week, the
 * exercises that moved, and the outcome check-ins against the baseline, as terminal charts.
 */
@Command(
    name = "progress",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Show how the plan is going: pain, sessions done, hard sets, what moved, check-ins.",
      "",
      "Charts are drawn with # in the terminal; the HTML and PDF exports draw them as SVG."
    },
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {
      ExitCode.OK_LINE,
      "1:failure: no saved plan, a damaged log, or a log that does not fit the plan",
      ExitCode.USAGE_LINE
    })
public final class ProgressCommand implements Callable<Integer> {
  private static final int BAR = 10;

  @Spec private CommandSpec spec;
  @ParentCommand private GlutewiseRoot root;

  @Mixin private SavedFiles files;


  @Option(names = "--checkins", paramLabel = "FILE",
      description = "The check-ins; by default $XDG_DATA_HOME/glutewise/" + CheckInFile.NAME + ".")
  private Path checkins;

  @Option(names = "--format", paramLabel = "FORMAT",
      converter = Vocabulary.ExportFormatConverter.class,
      description = "With -o: html or pdf (default: from the file's extension).")
  private ExportFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Also write the plan with the log and its progress charts (SVG) to FILE, as html or pdf.")
  private Path output;

  /** Creates the command; picocli fills in the options. */
  public ProgressCommand() {}

  /** A number with one decimal, as people read it: {@code 5.3}. */
  static String oneDecimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  @Override
  public Integer call() throws IOException {
    ExportFormat chosen = chartFormat();
    Program program =
        files.program(root.environment()).load();
    LogHistory history = LogHistory.of(
        files.log(root.environment()).read().requireReadable());
    List<CheckIn> checkIns = CheckInFile.at(checkins != null ? checkins
        : root.environment().dataDirectory().folder().resolve(CheckInFile.NAME)).read();
    LocalDate today = root.environment().today();
    ProgressReport report = ProgressReport.of(root.planner(), program, history.current(), today);
    PrintWriter out = spec.commandLine().getOut();
    out.println("Progress as of " + DateWords.inFull(today) + ", week " + weekOf(program, today) + " of "
        + program.weeks().size() + ".");
    Clearances.statement(program.builtFrom().profile())
        .ifPresent(c -> Paragraphs.wrap(c, "").forEach(out::println));
    if (report.sessions().isEmpty()) {
      out.println("No session is due yet: the plan starts on " + DateWords.inFull(program.sessions().get(0).date()) + ".");
    } else {
      adherence(out, report.adherence());
      pain(out, report.sessions());
      hardSets(out, report.hardSets());
      moves(out, report.moves());
    }
    checkIns(out, program, checkIns, today);
    out.println();
    Paragraphs.wrap(root.clinicianNotice(), "").forEach(out::println);
    if (chosen != null) {
      // the export draws its charts from the same progress report as the lines above
      byte[] document = ProgramExport.of(root.planner()).export(chosen, program, history.current());
      OutputFiles.write(output, document, "the progress charts");
      out.println();
      int logged = history.current().size();
      out.println("Wrote the plan with " + logged + (logged == 1 ? " logged session" : " logged sessions")
          + " and the progress charts to " + output + ".");
    }
    return ExitCode.OK;
  }

  /** The format of the -o file, html or pdf; null without -o. */
  private ExportFormat chartFormat() {
    if (output == null) {
      if (format != null) {
        throw OptionChecks.usage(spec, "--format needs -o FILE: the charts are written to a file");
      }
      return null;
    }
    if (OutputFiles.isStandardOutput(output)) {
      throw OptionChecks.usage(spec, "-o needs a file name ending in .html or .pdf; progress prints its own report");
    }
    ExportFormat chosen = OutputFormats.choose(spec, format, output);
    if (chosen != ExportFormat.HTML && chosen != ExportFormat.PDF) {
      throw OptionChecks.usage(spec, "progress writes its charts as html or pdf, not " + chosen.id()
          + ": name a .html or .pdf file");
    }
    return chosen;
  }

  private static int weekOf(Program program, LocalDate today) {
    LocalDate start = program.sessions().get(0).date();
    long days = java.time.temporal.ChronoUnit.DAYS.between(start, today);
    return (int) Math.max(1, Math.min(program.weeks().size(), days / 7 + 1));
  }

  private static void adherence(PrintWriter out, Adherence a) {
    out.println();
    Paragraphs.wrap("Sessions: " + (a.completed() + a.partial()) + " of " + a.due() + " due were done ("
        + ProgressReport.percent(a.share()) + "%): " + a.completed() + " in full, " + a.partial() + " partly, "
        + a.missed() + " missed.", "").forEach(out::println);
  }

  private static void pain(PrintWriter out, List<SessionRow> rows) {
    out.println();
    out.println(pad("Pain, 0-10", 18) + pad("before", 8) + pad("during", 24) + "next morning");
    for (SessionRow row : rows) {
      String day = DateWords.dayAndMonth(row.day());
      String before = row.log().flatMap(l -> l.painBefore()).map(String::valueOf).orElse("-");
      String morning = row.log().flatMap(l -> l.painNextMorning()).map(String::valueOf).orElse("-");
      String during = row.painDuring()
          .map(p -> bar(p, 10) + " " + p)
          .orElse(row.log().isPresent() ? "missed" : "not logged");
      out.println(pad(row.session().id(), 7) + pad(day, 11) + pad("  " + before, 8) + pad(during, 24) + "  " + morning);
    }
  }

  private static void hardSets(PrintWriter out, Map<Integer, GluteSets> weeks) {
    out.println();
    out.println("Hard sets a week  gluteus maximus            gluteus medius/minimus");
    int most = weeks.values().stream().mapToInt(w -> Math.max(w.maximus(), w.mediusMinimus())).max().orElse(0);
    for (Map.Entry<Integer, GluteSets> week : weeks.entrySet()) {
      GluteSets sets = week.getValue();
      out.println(pad("week " + week.getKey(), 18) + pad(bar(sets.maximus(), most) + " " + sets.maximus(), 27)
          + bar(sets.mediusMinimus(), most) + " " + sets.mediusMinimus());
    }
  }

  private static void moves(PrintWriter out, List<Move> moves) {
    out.println();
    if (moves.isEmpty()) {
      out.println("Exercises moved: none yet; they move up once every set reaches the target.");
      return;
    }
    out.println("Exercises moved:");
    for (Move move : moves) {
      Paragraphs.wrap(move.change().exerciseId() + ", " + move.change().reason(), Paragraphs.WIDTH,
          "  " + move.sessionId() + "  ", "          ").forEach(out::println);
    }
  }

  private static void checkIns(PrintWriter out, Program program, List<CheckIn> checkIns, LocalDate today) {
    out.println();
    LocalDate due = CheckInSchedule.nextDue(program, checkIns);
    String when = !today.isBefore(due) ? "due now" : "next on " + DateWords.inFull(due);
    if (checkIns.isEmpty()) {
      Paragraphs.wrap("Check-ins: none yet (" + when + "). Record a baseline: glutewise checkin --pain N"
          + " --activity \"an activity your back makes hard=N\".", "").forEach(out::println);
      return;
    }
    CheckIn baseline = checkIns.get(0);
    out.println("Check-ins (" + when + "):");
    out.println("  " + baseline.date() + "  baseline: pain " + baseline.pain() + "/10"
        + baseline.functionalScore().stream().mapToObj(s -> ", activities " + oneDecimal(s) + "/10")
            .findFirst().orElse(""));
    for (CheckIn later : checkIns.subList(1, checkIns.size())) {
      CheckInComparison c = CheckInComparison.of(baseline, later);
      out.println("  " + later.date() + "  pain " + later.pain() + "/10 (" + painWords(c.pain()) + ")");
      c.functionalChange().ifPresent(change -> out.println("              activities "
          + oneDecimal(later.functionalScore().getAsDouble()) + "/10 (" + signed(change) + ", "
          + (c.functionImprovedMeaningfully() ? "a change that matters"
              : c.functionWorsenedMeaningfully() ? "worse by a change that matters" : "less than the 2 points that matter")
          + ")"));
      for (ActivityRating rating : later.activities()) {
        baseline.activities().stream().filter(b -> b.activity().equalsIgnoreCase(rating.activity())).findFirst()
            .ifPresent(b -> out.println("                " + rating.activity() + ": " + b.rating() + " -> " + rating.rating()));
      }
    }
    Paragraphs.wrap("A change matters when pain drops by 2 points (or 30%) and when the activities' mean rises"
        + " by 2 points.", "  ").forEach(out::println);
  }

  private static String painWords(OutcomeChange change) {
    String difference = signed(change.difference());
    if (change.importantImprovement()) {
      return difference + ", a change that matters";
    }
    if (change.importantWorsening()) {
      return difference + ", worse by a change that matters";
    }
    return difference + ", less than the change that matters";
  }

  private static String signed(double value) {
    return (value > 0 ? "+" : "") + oneDecimal(value);
  }

  private static String bar(int value, int scale) {
    if (scale <= 0) {
      return ".".repeat(BAR);
    }
    int filled = (int) Math.round((double) BAR * value / scale);
    filled = Math.max(0, Math.min(BAR, filled));
    return "#".repeat(filled) + ".".repeat(BAR - filled);
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
  }
}
