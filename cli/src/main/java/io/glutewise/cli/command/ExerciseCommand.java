package io.glutewise.cli.command;

import io.glutewise.catalog.Catalog;
import io.glutewise.catalog.ladder.Ladders;
import io.glutewise.cli.ExitCode;
import io.glutewise.cli.GlutewiseRoot;
import io.glutewise.cli.text.Paragraphs;
import io.glutewise.core.exercise.EmgFigure;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.LadderStep;
import io.glutewise.core.exercise.Laterality;
import io.glutewise.core.exercise.MuscleActivation;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.trainee.Limitation;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code glutewise exercise ID}: how to do one exercise, what it works (with the published EMG
 * figures and their sources), what to watch out for, and its easier and harder variants.
 */
@Command(
    name = "exercise",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Show how to do one exercise, what it works and its ladder.",
      "",
      "The steps, cues and cautions; the muscles it works, with their roles and the published"
          + " EMG figures and their sources; the default dose; the easier and harder variants"
          + " and what it takes to move up.",
      "",
      "Example: glutewise exercise glute-bridge"
    },
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {
      ExitCode.OK_LINE,
      "1:the exercise id is unknown (the nearest ids are suggested)",
      ExitCode.USAGE_LINE
    })
public final class ExerciseCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @ParentCommand private GlutewiseRoot root;

  @Parameters(
      index = "0",
      paramLabel = "ID",
      description = "The exercise's id, such as glute-bridge (glutewise exercises lists them).")
  private String id;

  @Option(names = "--json", description = "Print the exercise as JSON.")
  private boolean json;

  /** Creates the command; picocli fills in the options. */
  public ExerciseCommand() {}

  @Override
  public Integer call() {
    Catalog catalog = root.catalog();
    Exercise exercise = catalog.get(id.trim());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(GlutewiseJson.write(exercise));
      return ExitCode.OK;
    }
    describe(exercise, catalog).forEach(out::println);
    out.println();
    Paragraphs.wrap(root.clinicianNotice(), "").forEach(out::println);
    return ExitCode.OK;
  }

  /** The exercise as lines of text, 80 columns wide. */
  static List<String> describe(Exercise exercise, Catalog catalog) {
    List<String> lines = new java.util.ArrayList<>();
    lines.add(exercise.name() + " (" + exercise.id() + ")");
    if (!exercise.aliases().isEmpty()) {
      lines.addAll(Paragraphs.wrap("Also called: " + String.join(", ", exercise.aliases()), ""));
    }
    lines.addAll(
        Paragraphs.wrap(
            exercise.pattern().id()
                + " | " + (exercise.laterality() == Laterality.UNILATERAL ? "one side at a time" : "both sides")
                + " | difficulty " + exercise.difficulty() + "/5"
                + " | lower-back load: " + exercise.lowerBackLoad().id()
                + " | equipment: " + ExercisesCommand.equipmentOf(exercise),
            ""));
    exercise.summary().ifPresent(s -> {
      lines.add("");
      lines.addAll(Paragraphs.wrap(s, ""));
    });
    section(lines, "How to do it");
    int step = 1;
    for (String text : exercise.steps()) {
      // right-aligned in three columns, as "%3d. " would write it, without warming up String.format
      String count = Integer.toString(step++);
      String number = " ".repeat(Math.max(0, 3 - count.length())) + count + ". ";
      lines.addAll(Paragraphs.wrap(text, Paragraphs.WIDTH, number, " ".repeat(number.length())));
    }
    bullets(lines, "Cues", exercise.cues());
    bullets(lines, "Cautions", exercise.cautions());
    if (!exercise.contraindications().isEmpty()) {
      section(lines, "Not for");
      lines.addAll(
          Paragraphs.wrap(
              exercise.contraindications().stream().map(Limitation::id).sorted()
                  .collect(Collectors.joining(", ")),
              "  "));
    }
    section(lines, "Default dose");
    lines.add("  " + exercise.defaultDose() + ", rest " + exercise.defaultDose().restSeconds() + " s"
        + (exercise.defaultDose().pauseAtTopSeconds() > 0
            ? ", hold " + exercise.defaultDose().pauseAtTopSeconds() + " s at the top" : ""));
    section(lines, "Muscles");
    for (MuscleActivation activation : exercise.muscles()) {
      lines.add("  " + activation.muscle().displayName() + " (" + activation.role().id() + ")");
      for (EmgFigure figure : activation.emg()) {
        lines.addAll(Paragraphs.wrap(figure.toString(), Paragraphs.WIDTH, "    - ", "      "));
      }
    }
    boolean anyEmg = exercise.muscles().stream().anyMatch(m -> !m.emg().isEmpty());
    if (anyEmg) {
      lines.addAll(
          Paragraphs.wrap(
              "EMG in % of a maximal voluntary contraction; studies measure differently, so"
                  + " compare figures of the same measure and source only.",
              "  "));
    }
    Ladders ladders = catalog.ladders();
    List<String> easier = ladders.easier(exercise.id());
    List<String> harder = ladders.harder(exercise.id());
    if (!easier.isEmpty() || !harder.isEmpty()) {
      section(lines, "Ladder");
      for (String from : easier) {
        String criterion =
            ladders.step(from, exercise.id()).map(LadderStep::criterion).map(Object::toString).orElse("");
        lines.addAll(
            Paragraphs.wrap(
                "easier: " + from + (criterion.isEmpty() ? "" : " (come up from it after " + criterion + ")"),
                Paragraphs.WIDTH, "  ", "    "));
      }
      for (String to : harder) {
        String criterion =
            ladders.step(exercise.id(), to).map(LadderStep::criterion).map(Object::toString).orElse("");
        lines.addAll(
            Paragraphs.wrap(
                "harder: " + to + (criterion.isEmpty() ? "" : " (move up after " + criterion + ")"),
                Paragraphs.WIDTH, "  ", "    "));
      }
    }
    bullets(lines, "Sources", exercise.sources());
    return lines;
  }

  private static void section(List<String> lines, String title) {
    lines.add("");
    lines.add(title);
  }

  private static void bullets(List<String> lines, String title, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    section(lines, title);
    for (String item : items) {
      lines.addAll(Paragraphs.wrap(item, Paragraphs.WIDTH, "  - ", "    "));
    }
  }
}
