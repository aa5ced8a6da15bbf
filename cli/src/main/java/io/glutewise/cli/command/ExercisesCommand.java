package io.glutewise.cli.command;

import io.glutewise.catalog.query.ExerciseQuery;
import io.glutewise.cli.ExitCode;
import io.glutewise.cli.GlutewiseRoot;
import io.glutewise.cli.text.Paragraphs;
import io.glutewise.cli.text.TextTable;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.ActivationRole;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.LowerBackLoad;
import io.glutewise.core.exercise.MovementPattern;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.trainee.Limitation;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code glutewise exercises}: lists the catalog's exercises, filtered, as a table or JSON. */
@Command(
    name = "exercises",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "List and filter the exercises of the catalog.",
      "",
      "Filters combine: muscle (and role), movement pattern, the equipment you have, level,"
          + " lower-back load and limitations. Prints an 80-column table, or JSON.",
      "",
      "Example: glutewise exercises --muscle gluteus-medius --equipment mat,band"
    },
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {ExitCode.OK_LINE, ExitCode.FAILURE_LINE, ExitCode.USAGE_LINE})
public final class ExercisesCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @ParentCommand private GlutewiseRoot root;

  @Option(
      names = "--muscle",
      paramLabel = "MUSCLE",
      converter = Vocabulary.MuscleConverter.class,
      completionCandidates = Vocabulary.MuscleIds.class,
      description = "Only exercises that work this muscle: ${COMPLETION-CANDIDATES}.")
  private Muscle muscle;

  @Option(
      names = "--role",
      paramLabel = "ROLE",
      converter = Vocabulary.ActivationRoleConverter.class,
      completionCandidates = Vocabulary.ActivationRoleIds.class,
      description = "With --muscle: only where it works in this role: ${COMPLETION-CANDIDATES}.")
  private ActivationRole role;

  @Option(
      names = "--pattern",
      paramLabel = "PATTERN",
      converter = Vocabulary.MovementPatternConverter.class,
      completionCandidates = Vocabulary.MovementPatternIds.class,
      description = "Only this movement pattern: ${COMPLETION-CANDIDATES}.")
  private MovementPattern pattern;

  @Option(
      names = "--equipment",
      paramLabel = "EQUIPMENT",
      split = ",",
      converter = Vocabulary.EquipmentConverter.class,
      completionCandidates = Vocabulary.EquipmentIds.class,
      description = {
        "Only exercises you can do with this equipment (comma-separated):",
        "${COMPLETION-CANDIDATES}."
      })
  private Set<Equipment> equipment;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      converter = Vocabulary.ExperienceLevelConverter.class,
      completionCandidates = Vocabulary.ExperienceLevelIds.class,
      description = {
        "Only exercises suited to this level: ${COMPLETION-CANDIDATES}",
        "(difficulty up to 2, 4 and 5 of 5)."
      })
  private ExperienceLevel level;

  @Option(
      names = "--max-back-load",
      paramLabel = "BACK_LOAD",
      converter = Vocabulary.LowerBackLoadConverter.class,
      completionCandidates = Vocabulary.LowerBackLoadIds.class,
      description = "Only exercises that load the lower back at most this much: ${COMPLETION-CANDIDATES}.")
  private LowerBackLoad maxBackLoad;

  @Option(
      names = "--limitation",
      paramLabel = "LIMITATIONS",
      split = ",",
      converter = Vocabulary.LimitationConverter.class,
      completionCandidates = Vocabulary.LimitationIds.class,
      description = "Leave out exercises these limitations rule out: ${COMPLETION-CANDIDATES}.")
  private Set<Limitation> limitations;

  @Option(names = "--json", description = "Print the matching exercises as JSON.")
  private boolean json;

  /** Creates the command; picocli fills in the options. */
  public ExercisesCommand() {}

  @Override
  public Integer call() {
    if (role != null && muscle == null) {
      throw OptionChecks.usage(spec, "--role needs --muscle to say whose role it is");
    }
    ExerciseQuery query = root.catalog().query();
    if (muscle != null) {
      query = role == null ? query.muscle(muscle) : query.muscle(muscle, role);
    }
    if (pattern != null) {
      query = query.pattern(pattern);
    }
    if (equipment != null) {
      query = query.availableWith(equipment);
    }
    if (level != null) {
      query = query.suitedTo(level);
    }
    if (maxBackLoad != null) {
      query = query.maxLowerBackLoad(maxBackLoad);
    }
    if (limitations != null) {
      query = query.excluding(limitations);
    }
    List<Exercise> found = query.list();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(GlutewiseJson.write(found));
      return ExitCode.OK;
    }
    if (found.isEmpty()) {
      out.println("No exercise matches these filters.");
      return ExitCode.OK;
    }
    TextTable table = TextTable.withHeaders("ID", "PATTERN", "LEVEL", "BACK LOAD", "EQUIPMENT");
    for (Exercise exercise : found) {
      table.row(
          exercise.id(),
          exercise.pattern().id(),
          exercise.difficulty() + "/5",
          exercise.lowerBackLoad().id(),
          equipmentOf(exercise));
    }
    table.render(Paragraphs.WIDTH).forEach(out::println);
    out.println();
    out.println(
        found.size() + (found.size() == 1 ? " exercise" : " exercises")
            + ". `glutewise exercise ID` shows how to do one.");
    return ExitCode.OK;
  }

  /** The equipment an exercise needs, as ids, or "none". */
  static String equipmentOf(Exercise exercise) {
    if (exercise.equipment().isEmpty()) {
      return "none";
    }
    return exercise.equipment().stream().map(Equipment::id).sorted().collect(Collectors.joining(", "));
  }
}
