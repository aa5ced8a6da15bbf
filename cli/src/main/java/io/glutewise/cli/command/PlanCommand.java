package io.glutewise.cli.command;

import io.glutewise.cli.ExitCode;
import io.glutewise.cli.GlutewiseRoot;
import io.glutewise.cli.HelpOptions;
import io.glutewise.cli.OptionValue;
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
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * {@code glutewise plan}: builds a periodized program from a profile (options, a JSON file, or
 * both) and prints or writes it in one of the export formats. A red flag gives a referral, never a
 * program.
 *
 * <p>It is declared in code, not with picocli's annotations, as it is the main job and the one
 * whose start-up counts most (see {@link OptionValue} for why); {@link #declare()} is its whole
 * command line.
 */
public final class PlanCommand implements Callable<Integer> {
  /** The command's name. */
  public static final String NAME = "plan";

  private CommandSpec spec;

  private final OptionValue<Path> profileFile = OptionValue.of(Path.class);
  private final OptionValue<ExperienceLevel> level = OptionValue.of(ExperienceLevel.class);
  private final OptionValue<Integer> days = OptionValue.of(Integer.class);
  private final OptionValue<Integer> minutes = OptionValue.of(Integer.class);
  private final OptionValue<Set<Equipment>> equipment = OptionValue.setOf(Equipment.class);
  private final OptionValue<List<Double>> dumbbells = OptionValue.listOf(Double.class);
  private final OptionValue<List<Double>> kettlebells = OptionValue.listOf(Double.class);
  private final OptionValue<Set<Limitation>> limitations = OptionValue.setOf(Limitation.class);
  private final OptionValue<Integer> pain = OptionValue.of(Integer.class);
  private final OptionValue<Integer> painLimit = OptionValue.of(Integer.class);
  private final OptionValue<List<RedFlag>> redFlags = OptionValue.listOf(RedFlag.class);
  private final OptionValue<List<RedFlag>> cleared = OptionValue.listOf(RedFlag.class);
  private final OptionValue<String> clearedBy = OptionValue.of(String.class);
  private final OptionValue<String> clearedOn = OptionValue.of(String.class);
  private final OptionValue<List<WeakGluteSign>> signs = OptionValue.listOf(WeakGluteSign.class);
  private final OptionValue<Integer> sittingHours = OptionValue.of(Integer.class);
  private final OptionValue<Set<Goal>> goals = OptionValue.setOf(Goal.class);
  private final OptionValue<Integer> weeks = OptionValue.of(Integer.class);
  private final OptionValue<PeriodizationModel> model = OptionValue.of(PeriodizationModel.class);
  private final OptionValue<Integer> deloadEvery = OptionValue.of(Integer.class);
  private final OptionValue<String> start = OptionValue.of(String.class);
  private final OptionValue<Long> seed = OptionValue.of(Long.class);
  private final OptionValue<ExportFormat> formatAsked = OptionValue.of(ExportFormat.class);
  private final OptionValue<LocalTime> time = OptionValue.of(LocalTime.class);
  private final OptionValue<Boolean> summary = OptionValue.flag();
  private final OptionValue<String> remind = OptionValue.of(String.class);
  private final OptionValue<Boolean> deskBreaks = OptionValue.flag();
  private final OptionValue<Path> output = OptionValue.of(Path.class);
  private final OptionValue<String> save = OptionValue.of(String.class);

  /** The format written: the one asked for, else the -o file's extension, else text. */
  private ExportFormat format;

  private PlanCommand() {}

  /**
   * The command line of {@code glutewise plan}: its help, options and exit codes.
   *
   * @return a new command whose user object is a new plan command
   */
  public static CommandSpec declare() {
    PlanCommand command = new PlanCommand();
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(NAME);
    command.spec = spec;
    spec.usageMessage()
        .sortOptions(false)
        .description(
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
            "Any red flag gives a referral to a clinician instead of a program (exit code 3).")
        .exitCodeListHeading(ExitCode.HEADING)
        .exitCodeList(UsageMessageSpec.keyValuesMap(
            ExitCode.OK_LINE,
            "1:failure: the profile file cannot be read, or the output cannot be written",
            ExitCode.USAGE_LINE,
            ExitCode.REFERRAL_LINE));
    command.declareProfileOptions(spec);
    command.declarePlanOptions(spec);
    command.declareOutputOptions(spec);
    HelpOptions.addTo(spec);
    return spec;
  }

  /** Who trains: the profile file and the options that override its fields. */
  private void declareProfileOptions(CommandSpec spec) {
    spec.addOption(profileFile.option("--profile").paramLabel("FILE")
        .description("A trainee profile as JSON; options given as well override its fields.").build());
    spec.addOption(level.option("--level").paramLabel("LEVEL")
        .converters(new Vocabulary.ExperienceLevelConverter())
        .completionCandidates(new Vocabulary.ExperienceLevelIds())
        .description("Experience with strength training: ${COMPLETION-CANDIDATES} (default beginner).").build());
    spec.addOption(days.option("--days").paramLabel("N")
        .description("Training days per week, " + TraineeProfile.MIN_DAYS_PER_WEEK + "-"
            + TraineeProfile.MAX_DAYS_PER_WEEK + " (default 3).").build());
    spec.addOption(minutes.option("--minutes").paramLabel("N")
        .description("Minutes per session, " + TraineeProfile.MIN_MINUTES_PER_SESSION + "-"
            + TraineeProfile.MAX_MINUTES_PER_SESSION + " (default 30).").build());
    spec.addOption(equipment.option("--equipment").paramLabel("EQUIPMENT").splitRegex(",")
        .converters(new Vocabulary.EquipmentConverter())
        .completionCandidates(new Vocabulary.EquipmentIds())
        .description("Equipment at hand, comma-separated (default mat):", "${COMPLETION-CANDIDATES}.").build());
    spec.addOption(dumbbells.option("--dumbbells").paramLabel("KG").splitRegex(",")
        .description(
            "Your dumbbell weights in kg, comma-separated, e.g. 2,4,6,8,10,12.5 (default: a typical",
            "set); planned weights are always one of them. Needs dumbbell in --equipment.").build());
    spec.addOption(kettlebells.option("--kettlebells").paramLabel("KG").splitRegex(",")
        .description(
            "Your kettlebell weights in kg, comma-separated (default: a typical range).",
            "Needs kettlebell in --equipment.").build());
    spec.addOption(limitations.option("--limitation").paramLabel("LIMITATIONS").splitRegex(",")
        .converters(new Vocabulary.LimitationConverter())
        .completionCandidates(new Vocabulary.LimitationIds())
        .description("Limitations that rule exercises out, comma-separated:", "${COMPLETION-CANDIDATES}.").build());
    spec.addOption(pain.option("--pain").paramLabel("N")
        .description("Back pain right now, 0-10 (default 0).").build());
    spec.addOption(painLimit.option("--pain-limit").paramLabel("N")
        .description("The most pain during exercise you accept, 0-10 (default 5).").build());
    spec.addOption(redFlags.option("--red-flag").paramLabel("FLAG")
        .converters(new Vocabulary.RedFlagConverter())
        .completionCandidates(new Vocabulary.RedFlagIds())
        .description(
            "A warning sign that applies (repeatable): ${COMPLETION-CANDIDATES}.",
            "Any one gives a referral, not a program.").build());
    spec.addOption(cleared.option("--cleared").paramLabel("CLEARED")
        .converters(new Vocabulary.RedFlagConverter())
        .completionCandidates(new Vocabulary.RedFlagIds())
        .description(
            "A warning sign a clinician has seen you about and cleared you to exercise with",
            "(repeatable); needs --cleared-by and --cleared-on.").build());
    spec.addOption(clearedBy.option("--cleared-by").paramLabel("CLINICIAN")
        .description("Who cleared you, such as \"Dr A. Jones, GP\".").build());
    spec.addOption(clearedOn.option("--cleared-on").paramLabel("DATE")
        .description("When they saw you, YYYY-MM-DD.").build());
    spec.addOption(signs.option("--sign").paramLabel("SIGN")
        .converters(new Vocabulary.WeakGluteSignConverter())
        .completionCandidates(new Vocabulary.WeakGluteSignIds())
        .description("A sign of weak glutes that applies (repeatable): ${COMPLETION-CANDIDATES}.").build());
    spec.addOption(sittingHours.option("--sitting-hours").paramLabel("N")
        .description("Hours spent sitting on a typical day, 0-" + TraineeProfile.MAX_SITTING_HOURS + ".").build());
    spec.addOption(goals.option("--goal").paramLabel("GOALS").splitRegex(",")
        .converters(new Vocabulary.GoalConverter())
        .completionCandidates(new Vocabulary.GoalIds())
        .description("Goals, comma-separated: ${COMPLETION-CANDIDATES} (default pain-relief).").build());
  }

  /** How the program runs: length, periodization, start and seed. */
  private void declarePlanOptions(CommandSpec spec) {
    spec.addOption(weeks.option("--weeks").paramLabel("N")
        .description("Program length in weeks, " + PlanOptions.MIN_WEEKS + "-" + PlanOptions.MAX_WEEKS
            + " (default 12).").build());
    spec.addOption(model.option("--model").paramLabel("MODEL")
        .converters(new Vocabulary.PeriodizationModelConverter())
        .completionCandidates(new Vocabulary.PeriodizationModelIds())
        .description("Periodization: ${COMPLETION-CANDIDATES} (default linear).").build());
    spec.addOption(deloadEvery.option("--deload-every").paramLabel("N")
        .description("A lighter week every N weeks, " + PlanOptions.MIN_DELOAD_EVERY + "-"
            + PlanOptions.MAX_DELOAD_EVERY + " (default 4).").build());
    spec.addOption(start.option("--start").paramLabel("DATE")
        .description("The first day of the plan: today, tomorrow or YYYY-MM-DD (default: the first Monday"
            + " after today).").build());
    spec.addOption(seed.option("--seed").paramLabel("N")
        .description("Picks among equally good exercises; the same seed gives the same plan (default 0).").build());
  }

  /** Where the plan goes and in what form. */
  private void declareOutputOptions(CommandSpec spec) {
    spec.addOption(formatAsked.option("--format").paramLabel("FORMAT")
        .converters(new Vocabulary.ExportFormatConverter())
        .completionCandidates(new Vocabulary.ExportFormatIds())
        .description("Output format: ${COMPLETION-CANDIDATES} (default: from the -o file's extension, else text;"
            + " pdf needs -o).").build());
    spec.addOption(time.option("--time").paramLabel("HH:MM")
        .description("For ics: calendar events at this local time (default: all-day events).").build());
    spec.addOption(summary.option("--summary")
        .description("Print a week-by-week summary instead of the plan: phase, hard sets per glute group,"
            + " exercise and weight changes, minutes (text, markdown or json).").build());
    spec.addOption(remind.option("--remind").paramLabel("DURATION")
        .description("For ics with --time: an alarm this long before each session, such as 30m or 2h.").build());
    spec.addOption(deskBreaks.option("--desk-breaks")
        .description("For ics: add short weekday desk-break events (for a profile that sits 6 hours or more"
            + " a day).").build());
    spec.addOption(output.option("-o", "--output").paramLabel("FILE")
        .description("Write the plan to FILE (all at once: never a half-written file) instead of printing it;",
            "- is standard output.").build());
    spec.addOption(save.option("--save").paramLabel("FILE").arity("0..1").fallbackValue("")
        .description(
            "Also keep the plan for glutewise log and next: in FILE, or by default in",
            "$XDG_DATA_HOME/glutewise/program.json.").build());
  }

  /** The root the command runs under: its environment and planner. */
  private GlutewiseRoot root() {
    return (GlutewiseRoot) spec.parent().userObject();
  }

  /** The default start: the first Monday strictly after today, so a plan starts on a fresh week. */
  static LocalDate defaultStart(LocalDate today) {
    return today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
  }

  @Override
  public Integer call() throws IOException {
    OptionChecks.range(spec, "--days", days.get(), TraineeProfile.MIN_DAYS_PER_WEEK, TraineeProfile.MAX_DAYS_PER_WEEK);
    OptionChecks.range(spec, "--minutes", minutes.get(), TraineeProfile.MIN_MINUTES_PER_SESSION,
        TraineeProfile.MAX_MINUTES_PER_SESSION);
    OptionChecks.pain(spec, "--pain", pain.get());
    OptionChecks.pain(spec, "--pain-limit", painLimit.get());
    OptionChecks.range(spec, "--sitting-hours", sittingHours.get(), 0, TraineeProfile.MAX_SITTING_HOURS);
    OptionChecks.range(spec, "--weeks", weeks.get(), PlanOptions.MIN_WEEKS, PlanOptions.MAX_WEEKS);
    OptionChecks.range(spec, "--deload-every", deloadEvery.get(), PlanOptions.MIN_DELOAD_EVERY, PlanOptions.MAX_DELOAD_EVERY);
    if (OutputFiles.STANDARD_OUTPUT.equals(save.get())) {
      throw OptionChecks.usage(spec, "--save keeps the plan in a file for log and next; for standard output use -o -");
    }
    format = OutputFormats.choose(spec, formatAsked.get(), output.get());
    ExportOptions exportOptions = exportOptions();
    if (time.get() != null && format != ExportFormat.ICS) {
      throw OptionChecks.usage(spec, "--time sets the time of calendar events: it needs --format ics");
    }
    if (format.isBinary() && output.get() == null) {
      throw OptionChecks.usage(spec, "--format " + format.id() + " writes a binary file: name it with -o FILE (or -o - for a pipe)");
    }
    if (summary.get() && format != ExportFormat.TEXT && format != ExportFormat.MARKDOWN && format != ExportFormat.JSON) {
      throw OptionChecks.usage(spec, "--summary prints text, markdown or json, not " + format.id());
    }
    checkRange("--dumbbells", dumbbells.get());
    checkRange("--kettlebells", kettlebells.get());
    TraineeProfile profile = profile();
    checkWeights("--dumbbells", profile.dumbbellsKg(), profile.has(Equipment.DUMBBELL), "dumbbell");
    checkWeights("--kettlebells", profile.kettlebellsKg(), profile.has(Equipment.KETTLEBELL), "kettlebell");
    PlanOptions options = options();
    PlanResult result = root().planner().plan(profile, options);
    PrintWriter out = spec.commandLine().getOut();
    if (deskBreaks.get() && profile.sittingHoursPerDay().filter(h -> h >= DESK_BREAK_HOURS).isEmpty()) {
      throw OptionChecks.usage(spec, "--desk-breaks is for those who sit " + DESK_BREAK_HOURS
          + " hours or more a day: say so with --sitting-hours N");
    }
    ProgramExport export = ProgramExport.of(root().planner()).withOptions(exportOptions);
    if (result.isReferral()) {
      printReferral(out, export, result.referral().orElseThrow());
      return ExitCode.REFERRAL;
    }
    Program program = result.program().orElseThrow();
    byte[] document = summary.get() ? summary(export, program) : export.export(format, program);
    boolean toFile = output.get() != null && !OutputFiles.isStandardOutput(output.get());
    PrintWriter notes = toFile ? out : spec.commandLine().getErr();
    if (output.get() != null && OutputFiles.isStandardOutput(output.get())) {
      writeToStandardOutput(document);
    } else if (toFile) {
      OutputFiles.write(output.get(), document, "the plan");
      notes.println("Wrote the plan (" + program.weeks().size() + " weeks, " + program.sessions().size()
          + " sessions, from " + program.sessions().get(0).date() + ") to " + output.get() + ".");
    } else {
      out.print(new String(document, StandardCharsets.UTF_8));
      out.flush();
    }
    if (save.get() != null) {
      Path target = save.get().isEmpty() ? root().environment().dataDirectory().program() : Path.of(save.get());
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
    if (profileFile.get() != null) {
      builder.from(readProfile(profileFile.get()));
    }
    if (level.get() != null) {
      builder.level(level.get());
    }
    if (days.get() != null) {
      builder.daysPerWeek(days.get());
    }
    if (minutes.get() != null) {
      builder.minutesPerSession(minutes.get());
    }
    if (equipment.get() != null) {
      builder.equipment(equipment.get());
    }
    if (limitations.get() != null) {
      builder.limitations(limitations.get());
    }
    if (pain.get() != null) {
      builder.currentPain(pain.get());
    }
    if (painLimit.get() != null) {
      builder.painLimit(painLimit.get());
    }
    if (redFlags.get() != null) {
      builder.redFlags(redFlags.get());
    }
    if (signs.get() != null) {
      builder.weakGluteSigns(signs.get());
    }
    if (sittingHours.get() != null) {
      builder.sittingHoursPerDay(sittingHours.get());
    }
    if (goals.get() != null) {
      builder.goals(goals.get());
    }
    if (dumbbells.get() != null) {
      builder.dumbbellsKg(dumbbells.get());
    }
    if (kettlebells.get() != null) {
      builder.kettlebellsKg(kettlebells.get());
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
      root().environment().standardOutput().write(document);
      root().environment().standardOutput().flush();
    } else {
      spec.commandLine().getOut().print(new String(document, StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
    }
  }

  private PlanOptions options() {
    PlanOptions.Builder builder =
        PlanOptions.builder().startDate(start.get() != null ? startDate(start.get()) : defaultStart(root().environment().today()));
    if (weeks.get() != null) {
      builder.weeks(weeks.get());
    }
    if (model.get() != null) {
      builder.model(model.get());
    }
    if (seed.get() != null) {
      builder.seed(seed.get());
    }
    if (deloadEvery.get() != null) {
      builder.deloadEvery(deloadEvery.get());
    }
    return builder.build();
  }

  /** The clearance given with --cleared, --cleared-by and --cleared-on, all three or none. */
  private java.util.Optional<ClinicianClearance> clearance() {
    boolean any = cleared.get() != null || clearedBy.get() != null || clearedOn.get() != null;
    if (!any) {
      return java.util.Optional.empty();
    }
    if (cleared.get() == null || clearedBy.get() == null || clearedOn.get() == null) {
      throw OptionChecks.usage(spec, "a clearance needs all three of --cleared FLAG, --cleared-by CLINICIAN"
          + " and --cleared-on DATE");
    }
    LocalDate on;
    try {
      on = LocalDate.parse(clearedOn.get().trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw OptionChecks.usage(spec, "--cleared-on must be a date such as 2025-06-01, not '" + clearedOn.get() + "'");
    }
    if (on.isAfter(root().environment().today())) {
      throw OptionChecks.usage(spec, "--cleared-on " + on + " is in the future: give the day the clinician saw you");
    }
    if (clearedBy.get().isBlank()) {
      throw OptionChecks.usage(spec, "--cleared-by must name the clinician");
    }
    return java.util.Optional.of(ClinicianClearance.builder().flags(cleared.get()).clinician(clearedBy.get().trim()).date(on).build());
  }

  /** {@code today}, {@code tomorrow} or a date. */
  private LocalDate startDate(String text) {
    String t = text.trim().toLowerCase(java.util.Locale.ROOT);
    if (t.equals("today")) {
      return root().environment().today();
    }
    if (t.equals("tomorrow")) {
      return root().environment().today().plusDays(1);
    }
    String echo = io.glutewise.core.json.Echo.of(text);
    if (!t.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw OptionChecks.usage(spec, "--start must be today, tomorrow or a date written YYYY-MM-DD, such as "
          + defaultStart(root().environment().today()) + ", not '" + echo + "'");
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
    if (output.get() != null && OutputFiles.isStandardOutput(output.get())) {
      written = ""; // with -o - the referral above is the output already
    } else if (output.get() != null && format.supportsReferral()) {
      OutputFiles.write(output.get(), export.exportReferral(format, referral), "the referral");
      written = "; the referral was written to " + output.get();
    } else if (output.get() != null) {
      written = "; a calendar has nothing to hold, so nothing was written to " + output.get();
    }
    spec.commandLine().getErr().println("glutewise plan: no plan was made: a warning sign needs a clinician first"
        + written);
  }

  /** Hours of sitting a day from which desk breaks are offered (the six hours). */
  static final int DESK_BREAK_HOURS = 6;

  private ExportOptions exportOptions() {
    if (format != ExportFormat.ICS && (remind.get() != null || deskBreaks.get())) {
      throw OptionChecks.usage(spec, (remind.get() != null ? "--remind" : "--desk-breaks")
          + " is for calendars: add --format ics or name an .ics file with -o");
    }
    if (remind.get() != null && time.get() == null) {
      throw OptionChecks.usage(spec, "--remind needs --time HH:MM: an all-day event has no start to remind before");
    }
    ExportOptions.Builder builder = ExportOptions.builder().deskBreaks(deskBreaks.get());
    if (time.get() != null) {
      builder.sessionTime(time.get());
    }
    if (remind.get() != null) {
      builder.reminderBefore(OutputFormats.duration(spec, "--remind", remind.get()));
    }
    return builder.build();
  }

  /** The week-by-week summary in the chosen format (checked above: text, markdown or json). */
  private byte[] summary(ProgramExport export, Program program) {
    String text = switch (format) {
      case MARKDOWN -> export.summaryMarkdown(program);
      case JSON -> export.summaryJson(program);
      default -> PlanSummaryText.of(program, root().planner().catalog(), root().planner().clinicianNotice());
    };
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
