package io.glutewise.cli.command;

import io.glutewise.cli.ExitCode;
import io.glutewise.cli.GlutewiseRoot;
import io.glutewise.cli.storage.InputFiles;
import io.glutewise.cli.storage.OutputFiles;
import io.glutewise.cli.storage.ProgramFile;
import io.glutewise.core.DateWords;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.program.PeriodizationModel;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.trainee.Goal;
import io.glutewise.core.trainee.Limitation;
import io.glutewise.core.trainee.ClinicianClearance;
import io.glutewise.core.trainee.RedFlag;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.core.trainee.WeakGluteSign;
import io.glutewise.planner.PlanResult;
import io.glutewise.export.ExportFormat;
import io.glutewise.export.ExportOptions;
import io.glutewise.export.ProgramExport;
import io.glutewise.planner.screening.Referral;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code glutewise plan}: builds a periodized program from a profile (options, a JSON file, or
 * both) and prints or writes it in one of the export formats. A red flag gives a referral, never a
 * program.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Build a periodized glute program and print it or write it to a file.",
      "",
      "With no options: a beginner with a mat, 3 days a week, 30 minutes a session, 12 weeks,"
          + " linear, starting on the first Monday after today.",
      "",
      "Examples:",
      "  glutewise plan",
      "  glutewise plan --level intermediate --days 4 --equipment mat,band,dumbbell --save",
      "  glutewise plan --profile me.json --format ics -o glutes.ics",
      "",
      "Any red flag gives a referral to a clinician instead of a program (exit code 3)."
    },
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {
      ExitCode.OK_LINE,
      "1:failure: the profile file cannot be read, or the output cannot be written",
      ExitCode.USAGE_LINE,
      ExitCode.REFERRAL_LINE
    })
public final class PlanCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @ParentCommand private GlutewiseRoot root;

  @Option(
      names = "--profile",
      paramLabel = "FILE",
      description = "A trainee profile as JSON; options given as well override its fields.")
  private Path profileFile;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      converter = Vocabulary.ExperienceLevelConverter.class,
      completionCandidates = Vocabulary.ExperienceLevelIds.class,
      description = "Experience with strength training: ${COMPLETION-CANDIDATES} (default beginner).")
  private ExperienceLevel level;

  @Option(names = "--days", paramLabel = "N", description = "Training days per week, " + TraineeProfile.MIN_DAYS_PER_WEEK + "-"
      + TraineeProfile.MAX_DAYS_PER_WEEK + " (default 3).")
  private Integer days;

  @Option(names = "--minutes", paramLabel = "N", description = "Minutes per session, " + TraineeProfile.MIN_MINUTES_PER_SESSION + "-"
      + TraineeProfile.MAX_MINUTES_PER_SESSION + " (default 30).")
  private Integer minutes;

  @Option(
      names = "--equipment",
      paramLabel = "EQUIPMENT",
      split = ",",
      converter = Vocabulary.EquipmentConverter.class,
      completionCandidates = Vocabulary.EquipmentIds.class,
      description = {"Equipment at hand, comma-separated (default mat):", "${COMPLETION-CANDIDATES}."})
  private Set<Equipment> equipment;

  @Option(
      names = "--dumbbells",
      paramLabel = "KG",
      split = ",",
      description = {
        "Your dumbbell weights in kg, comma-separated, e.g. 2,4,6,8,10,12.5 (default: a typical",
        "set); planned weights are always one of them. Needs dumbbell in --equipment."
      })
  private List<Double> dumbbells;

  @Option(
      names = "--kettlebells",
      paramLabel = "KG",
      split = ",",
      description = {
        "Your kettlebell weights in kg, comma-separated (default: a typical range).",
        "Needs kettlebell in --equipment."
      })
  private List<Double> kettlebells;

  @Option(
      names = "--limitation",
      paramLabel = "LIMITATIONS",
      split = ",",
      converter = Vocabulary.LimitationConverter.class,
      completionCandidates = Vocabulary.LimitationIds.class,
      description = {"Limitations that rule exercises out, comma-separated:", "${COMPLETION-CANDIDATES}."})
  private Set<Limitation> limitations;

  @Option(names = "--pain", paramLabel = "N", description = "Back pain right now, 0-10 (default 0).")
  private Integer pain;

  @Option(
      names = "--pain-limit",
      paramLabel = "N",
      description = "The most pain during exercise you accept, 0-10 (default 5).")
  private Integer painLimit;

  @Option(
      names = "--red-flag",
      paramLabel = "FLAG",
      converter = Vocabulary.RedFlagConverter.class,
      completionCandidates = Vocabulary.RedFlagIds.class,
      description = {
        "A warning sign that applies (repeatable): ${COMPLETION-CANDIDATES}.",
        "Any one gives a referral, not a program."
      })
  private List<RedFlag> redFlags;

  @Option(
      names = "--cleared",
      paramLabel = "CLEARED",
      converter = Vocabulary.RedFlagConverter.class,
      completionCandidates = Vocabulary.RedFlagIds.class,
      description = {
        "A warning sign a clinician has seen you about and cleared you to exercise with",
        "(repeatable); needs --cleared-by and --cleared-on."
      })
  private List<RedFlag> cleared;

  @Option(names = "--cleared-by", paramLabel = "CLINICIAN",
      description = "Who cleared you, such as \"Dr A. Jones, GP\".")
  private String clearedBy;

  @Option(names = "--cleared-on", paramLabel = "DATE", description = "When they saw you, YYYY-MM-DD.")
  private String clearedOn;

  @Option(
      names = "--sign",
      paramLabel = "SIGN",
      converter = Vocabulary.WeakGluteSignConverter.class,
      completionCandidates = Vocabulary.WeakGluteSignIds.class,
      description = "A sign of weak glutes that applies (repeatable): ${COMPLETION-CANDIDATES}.")
  private List<WeakGluteSign> signs;

  @Option(
      names = "--sitting-hours",
      paramLabel = "N",
      description = "Hours spent sitting on a typical day, 0-" + TraineeProfile.MAX_SITTING_HOURS + ".")
  private Integer sittingHours;

  @Option(
      names = "--goal",
      paramLabel = "GOALS",
      split = ",",
      converter = Vocabulary.GoalConverter.class,
      completionCandidates = Vocabulary.GoalIds.class,
      description = "Goals, comma-separated: ${COMPLETION-CANDIDATES} (default pain-relief).")
  private Set<Goal> goals;

  @Option(names = "--weeks", paramLabel = "N", description = "Program length in weeks, "
      + PlanOptions.MIN_WEEKS + "-" + PlanOptions.MAX_WEEKS + " (default 12).")
  private Integer weeks;

  @Option(
      names = "--model",
      paramLabel = "MODEL",
      converter = Vocabulary.PeriodizationModelConverter.class,
      completionCandidates = Vocabulary.PeriodizationModelIds.class,
      description = "Periodization: ${COMPLETION-CANDIDATES} (default linear).")
  private PeriodizationModel model;

  @Option(
      names = "--deload-every",
      paramLabel = "N",
      description = "A lighter week every N weeks, " + PlanOptions.MIN_DELOAD_EVERY + "-"
          + PlanOptions.MAX_DELOAD_EVERY + " (default 4).")
  private Integer deloadEvery;

  @Option(
      names = "--start",
      paramLabel = "DATE",
      description = "The first day of the plan: today, tomorrow or YYYY-MM-DD (default: the first Monday after today).")
  private String start;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Picks among equally good exercises; the same seed gives the same plan (default 0).")
  private Long seed;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Vocabulary.ExportFormatConverter.class,
      completionCandidates = Vocabulary.ExportFormatIds.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: from the -o file's extension, else text;"
          + " pdf needs -o).")
  private ExportFormat format;

  @Option(
      names = "--time",
      paramLabel = "HH:MM",
      description = "For ics: calendar events at this local time (default: all-day events).")
  private LocalTime time;

  @Option(
      names = "--summary",
      description = "Print a week-by-week summary instead of the plan: phase, hard sets per glute group,"
          + " exercise and weight changes, minutes (text, markdown or json).")
  private boolean summary;

  @Option(
      names = "--remind",
      paramLabel = "DURATION",
      description = "For ics with --time: an alarm this long before each session, such as 30m or 2h.")
  private String remind;

  @Option(
      names = "--desk-breaks",
      description = "For ics: add short weekday desk-break events (for a profile that sits 6 hours or more a day).")
  private boolean deskBreaks;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = {"Write the plan to FILE (all at once: never a half-written file) instead of printing it;",
        "- is standard output."})
  private Path output;

  @Option(
      names = "--save",
      paramLabel = "FILE",
      arity = "0..1",
      fallbackValue = "",
      description = {
        "Also keep the plan for glutewise log and next: in FILE, or by default in",
        "$XDG_DATA_HOME/glutewise/program.json."
      })
  private String save;

  /** Creates the command; picocli fills in the options. */
  public PlanCommand() {}

  /** The default start: the first Monday strictly after today, so a plan starts on a fresh week. */
  static LocalDate defaultStart(LocalDate today) {
    return today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
  }

  @Override
  public Integer call() throws IOException {
    OptionChecks.range(spec, "--days", days, TraineeProfile.MIN_DAYS_PER_WEEK, TraineeProfile.MAX_DAYS_PER_WEEK);
    OptionChecks.range(spec, "--minutes", minutes, TraineeProfile.MIN_MINUTES_PER_SESSION,
        TraineeProfile.MAX_MINUTES_PER_SESSION);
    OptionChecks.pain(spec, "--pain", pain);
    OptionChecks.pain(spec, "--pain-limit", painLimit);
    OptionChecks.range(spec, "--sitting-hours", sittingHours, 0, TraineeProfile.MAX_SITTING_HOURS);
    OptionChecks.range(spec, "--weeks", weeks, PlanOptions.MIN_WEEKS, PlanOptions.MAX_WEEKS);
    OptionChecks.range(spec, "--deload-every", deloadEvery, PlanOptions.MIN_DELOAD_EVERY, PlanOptions.MAX_DELOAD_EVERY);
    if (OutputFiles.STANDARD_OUTPUT.equals(save)) {
      throw OptionChecks.usage(spec, "--save keeps the plan in a file for log and next; for standard output use -o -");
    }
    format = OutputFormats.choose(spec, format, output);
    ExportOptions exportOptions = exportOptions();
    if (time != null && format != ExportFormat.ICS) {
      throw OptionChecks.usage(spec, "--time sets the time of calendar events: it needs --format ics");
    }
    if (format.isBinary() && output == null) {
      throw OptionChecks.usage(spec, "--format " + format.id() + " writes a binary file: name it with -o FILE (or -o - for a pipe)");
    }
    if (summary && format != ExportFormat.TEXT && format != ExportFormat.MARKDOWN && format != ExportFormat.JSON) {
      throw OptionChecks.usage(spec, "--summary prints text, markdown or json, not " + format.id());
    }
    checkRange("--dumbbells", dumbbells);
    checkRange("--kettlebells", kettlebells);
    TraineeProfile profile = profile();
    checkWeights("--dumbbells", profile.dumbbellsKg(), profile.has(Equipment.DUMBBELL), "dumbbell");
    checkWeights("--kettlebells", profile.kettlebellsKg(), profile.has(Equipment.KETTLEBELL), "kettlebell");
    PlanOptions options = options();
    PlanResult result = root.planner().plan(profile, options);
    PrintWriter out = spec.commandLine().getOut();
    if (deskBreaks && profile.sittingHoursPerDay().filter(h -> h >= DESK_BREAK_HOURS).isEmpty()) {
      throw OptionChecks.usage(spec, "--desk-breaks is for those who sit " + DESK_BREAK_HOURS
          + " hours or more a day: say so with --sitting-hours N");
    }
    ProgramExport export = ProgramExport.of(root.planner()).withOptions(exportOptions);
    if (result.isReferral()) {
      printReferral(out, export, result.referral().orElseThrow());
      return ExitCode.REFERRAL;
    }
    Program program = result.program().orElseThrow();
    byte[] document = summary ? summary(export, program) : export.export(format, program);
    boolean toFile = output != null && !OutputFiles.isStandardOutput(output);
    PrintWriter notes = toFile ? out : spec.commandLine().getErr();
    if (output != null && OutputFiles.isStandardOutput(output)) {
      writeToStandardOutput(document);
    } else if (toFile) {
      OutputFiles.write(output, document, "the plan");
      notes.println("Wrote the plan (" + program.weeks().size() + " weeks, " + program.sessions().size()
          + " sessions, from " + program.sessions().get(0).date() + ") to " + output + ".");
    } else {
      out.print(new String(document, StandardCharsets.UTF_8));
      out.flush();
    }
    if (save != null) {
      Path target = save.isEmpty() ? root.environment().dataDirectory().program() : Path.of(save);
      ProgramFile.at(target).save(program);
      notes.println("Saved the plan to " + target + " for glutewise log and glutewise next.");
      Session first = program.sessions().get(0);
      notes.println("Next: glutewise today shows your first session, " + first.id() + " on "
          + DateWords.inFull(first.date()) + ".");
    }
    return ExitCode.OK;
  }

  private TraineeProfile profile() {
    TraineeProfile.Builder builder = TraineeProfile.builder();
    if (profileFile != null) {
      builder.from(readProfile(profileFile));
    }
    if (level != null) {
      builder.level(level);
    }
    if (days != null) {
      builder.daysPerWeek(days);
    }
    if (minutes != null) {
      builder.minutesPerSession(minutes);
    }
    if (equipment != null) {
      builder.equipment(equipment);
    }
    if (limitations != null) {
      builder.limitations(limitations);
    }
    if (pain != null) {
      builder.currentPain(pain);
    }
    if (painLimit != null) {
      builder.painLimit(painLimit);
    }
    if (redFlags != null) {
      builder.redFlags(redFlags);
    }
    if (signs != null) {
      builder.weakGluteSigns(signs);
    }
    if (sittingHours != null) {
      builder.sittingHoursPerDay(sittingHours);
    }
    if (goals != null) {
      builder.goals(goals);
    }
    if (dumbbells != null) {
      builder.dumbbellsKg(dumbbells);
    }
    if (kettlebells != null) {
      builder.kettlebellsKg(kettlebells);
    }
    clearance().ifPresent(builder::clearance);
    return builder.build();
  }

  private void checkRange(String option, List<Double> weights) {
    for (double kg : weights == null ? List.<Double>of() : weights) {
      if (!(kg > 0 && kg <= 100)) {
        throw OptionChecks.usage(spec, option + ": " + kg + " kg is out of range; each weight must be above 0 and at most 100");
      }
    }
  }

  /** Weights must come with the equipment they belong to, or they would change nothing. */
  private void checkWeights(String option, List<Double> weights, boolean owned, String equipmentId) {
    if (!weights.isEmpty() && !owned) {
      throw OptionChecks.usage(spec, option + " needs " + equipmentId + " among the equipment (--equipment ..."
          + equipmentId + ")");
    }
  }

  private static TraineeProfile readProfile(Path file) {
    return GlutewiseJson.read(InputFiles.readText(file, "the profile"), TraineeProfile.class, file.toString());
  }

  /** {@code -o -}: the document as bytes on standard output, so that a PDF survives a pipe. */
  private void writeToStandardOutput(byte[] document) throws IOException {
    if (format.isBinary()) {
      spec.commandLine().getOut().flush();
      root.environment().standardOutput().write(document);
      root.environment().standardOutput().flush();
    } else {
      spec.commandLine().getOut().print(new String(document, StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
    }
  }

  private PlanOptions options() {
    PlanOptions.Builder builder =
        PlanOptions.builder().startDate(start != null ? startDate(start) : defaultStart(root.environment().today()));
    if (weeks != null) {
      builder.weeks(weeks);
    }
    if (model != null) {
      builder.model(model);
    }
    if (seed != null) {
      builder.seed(seed);
    }
    if (deloadEvery != null) {
      builder.deloadEvery(deloadEvery);
    }
    return builder.build();
  }

  /** The clearance given with --cleared, --cleared-by and --cleared-on, all three or none. */
  private java.util.Optional<ClinicianClearance> clearance() {
    boolean any = cleared != null || clearedBy != null || clearedOn != null;
    if (!any) {
      return java.util.Optional.empty();
    }
    if (cleared == null || clearedBy == null || clearedOn == null) {
      throw OptionChecks.usage(spec, "a clearance needs all three of --cleared FLAG, --cleared-by CLINICIAN"
          + " and --cleared-on DATE");
    }
    LocalDate on;
    try {
      on = LocalDate.parse(clearedOn.trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw OptionChecks.usage(spec, "--cleared-on must be a date such as 2025-06-01, not '" + clearedOn + "'");
    }
    if (on.isAfter(root.environment().today())) {
      throw OptionChecks.usage(spec, "--cleared-on " + on + " is in the future: give the day the clinician saw you");
    }
    if (clearedBy.isBlank()) {
      throw OptionChecks.usage(spec, "--cleared-by must name the clinician");
    }
    return java.util.Optional.of(ClinicianClearance.builder().flags(cleared).clinician(clearedBy.trim()).date(on).build());
  }

  /** {@code today}, {@code tomorrow} or a date. */
  private LocalDate startDate(String text) {
    String t = text.trim().toLowerCase(java.util.Locale.ROOT);
    if (t.equals("today")) {
      return root.environment().today();
    }
    if (t.equals("tomorrow")) {
      return root.environment().today().plusDays(1);
    }
    String echo = io.glutewise.core.json.Echo.of(text);
    if (!t.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw OptionChecks.usage(spec, "--start must be today, tomorrow or a date written YYYY-MM-DD, such as "
          + defaultStart(root.environment().today()) + ", not '" + echo + "'");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(t, java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd")
          .withResolverStyle(java.time.format.ResolverStyle.STRICT));
    } catch (java.time.DateTimeException e) {
      throw OptionChecks.usage(spec, "--start '" + echo + "' is not a day of the calendar (check the month and the day)");
    }
    if (!io.glutewise.core.json.CalendarWindow.contains(date)) {
      throw OptionChecks.usage(spec, "--start '" + echo + "' is outside the dates glutewise accepts, "
          + io.glutewise.core.json.CalendarWindow.IN_WORDS);
    }
    return date;
  }

  private void printReferral(PrintWriter out, ProgramExport export, Referral referral) throws IOException {
    // the referral always reaches the terminal as text; with -o it is also written in the asked format
    out.print(new String(export.exportReferral(ExportFormat.TEXT, referral), StandardCharsets.UTF_8));
    out.flush();
    String written = "";
    if (output != null && OutputFiles.isStandardOutput(output)) {
      written = ""; // with -o - the referral above is the output already
    } else if (output != null && format.supportsReferral()) {
      OutputFiles.write(output, export.exportReferral(format, referral), "the referral");
      written = "; the referral was written to " + output;
    } else if (output != null) {
      written = "; a calendar has nothing to hold, so nothing was written to " + output;
    }
    spec.commandLine().getErr().println("glutewise plan: no plan was made: a warning sign needs a clinician first"
        + written);
  }

  /** Hours of sitting a day from which desk breaks are offered (the six hours). */
  static final int DESK_BREAK_HOURS = 6;

  private ExportOptions exportOptions() {
    if (format != ExportFormat.ICS && (remind != null || deskBreaks)) {
      throw OptionChecks.usage(spec, (remind != null ? "--remind" : "--desk-breaks")
          + " is for calendars: add --format ics or name an .ics file with -o");
    }
    if (remind != null && time == null) {
      throw OptionChecks.usage(spec, "--remind needs --time HH:MM: an all-day event has no start to remind before");
    }
    ExportOptions.Builder builder = ExportOptions.builder().deskBreaks(deskBreaks);
    if (time != null) {
      builder.sessionTime(time);
    }
    if (remind != null) {
      builder.reminderBefore(OutputFormats.duration(spec, "--remind", remind));
    }
    return builder.build();
  }

  /** The week-by-week summary in the chosen format (checked above: text, markdown or json). */
  private byte[] summary(ProgramExport export, Program program) {
    String text = switch (format) {
      case MARKDOWN -> export.summaryMarkdown(program);
      case JSON -> export.summaryJson(program);
      default -> PlanSummaryText.of(program, root.planner().catalog(), root.planner().clinicianNotice());
    };
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
