package io.glutewise.cli.command;

import io.glutewise.catalog.importer.FreeExerciseDbImporter;
import io.glutewise.catalog.importer.ImportProblem;
import io.glutewise.catalog.importer.ImportedCatalog;
import io.glutewise.catalog.importer.ImportedCatalogWriter;
import io.glutewise.catalog.importer.ImportedExercise;
import io.glutewise.cli.ExitCode;
import io.glutewise.cli.storage.InputFiles;
import io.glutewise.cli.storage.OutputFiles;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.ActivationRole;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code glutewise catalog import --from free-exercise-db FILE [-o OUT]}: reads another catalog's
 * exercises, maps what maps soundly onto glutewise's vocabulary, and writes them as JSON with a
 * summary of what was imported and what was not.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Import exercises from another catalog's format as glutewise JSON.",
      "",
      "Supported: free-exercise-db (its dist/exercises.json). What the source does not state"
          + " (movement pattern, laterality, lower-back load, dose) stays unknown, so imported"
          + " exercises are for browsing and curating, not for planning. A SOURCE.txt beside the"
          + " file that names the dataset's commit is recorded with every exercise.",
      "",
      "Example: glutewise catalog import --from free-exercise-db exercises.json -o imported.json"
    },
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {
      "0:imported (records that could not be read are listed in the summary)",
      "1:the file cannot be read, is not a JSON list, or the output cannot be written",
      ExitCode.USAGE_LINE
    })
public final class CatalogImportCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      required = true,
      completionCandidates = Formats.class,
      description = "The source format: ${COMPLETION-CANDIDATES}.")
  private String from;

  @Parameters(index = "0", paramLabel = "FILE", description = "The file to import.")
  private Path file;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write the imported exercises to OUT (all at once) instead of printing them.")
  private Path output;

  /** Creates the command; picocli fills in the options. */
  public CatalogImportCommand() {}

  /** The formats the command reads. */
  public static final class Formats implements Iterable<String> {
    /** Creates the candidates. */
    public Formats() {}

    @Override
    public Iterator<String> iterator() {
      return Arrays.asList(FreeExerciseDbImporter.DATASET).iterator();
    }
  }

  @Override
  public Integer call() throws IOException {
    if (!FreeExerciseDbImporter.DATASET.equals(from.trim())) {
      throw OptionChecks.usage(spec, "--from must be " + FreeExerciseDbImporter.DATASET + ", was " + from);
    }
    String source = InputFiles.readText(file, "the file to import");
    Path parent = file.toAbsolutePath().getParent();
    Path note = parent == null ? null : parent.resolve(FreeExerciseDbImporter.SOURCE_NOTE);
    Optional<String> commit = note != null && Files.isRegularFile(note)
        ? FreeExerciseDbImporter.commitIn(InputFiles.readText(note, "the source note"))
        : Optional.empty();
    ImportedCatalog imported = FreeExerciseDbImporter.ofCommit(commit).read(source, file.toString());
    String json = ImportedCatalogWriter.toJson(imported);
    boolean toFile = output != null && !OutputFiles.isStandardOutput(output);
    PrintWriter summary = toFile ? spec.commandLine().getOut() : spec.commandLine().getErr();
    if (!toFile) {
      spec.commandLine().getOut().println(json);
      spec.commandLine().getOut().flush();
    } else {
      OutputFiles.write(output, (json + "\n").getBytes(StandardCharsets.UTF_8), "the imported exercises");
    }
    summarize(summary, imported);
    return ExitCode.OK;
  }

  private static boolean toFile(Path output) {
    return output != null && !OutputFiles.isStandardOutput(output);
  }

  private void summarize(PrintWriter out, ImportedCatalog imported) {
    List<ImportedExercise> exercises = imported.exercises();
    long skipped = imported.problems().stream()
        .filter(ImportProblem::recordSkipped).map(ImportProblem::recordIndex).distinct().count();
    out.println("Imported " + exercises.size() + " exercises from " + file + " ("
        + imported.imported().dataset()
        + imported.imported().commit().map(c -> " at commit " + c).orElse(", commit unknown")
        + ", " + imported.imported().license() + ")"
        + (toFile(output) ? " to " + output + "." : "."));
    long glutes = exercises.stream()
        .filter(e -> e.muscles().stream().anyMatch(m -> m.role() == ActivationRole.PRIMARY
            && (m.mayBe(Muscle.GLUTEUS_MAXIMUS) || m.mayBe(Muscle.GLUTEUS_MEDIUS))))
        .count();
    out.println(glutes + " may work the glutes as a primary mover (the source does not say which"
        + " gluteus). Pattern, laterality, lower-back load and dose are left unknown.");
    if (imported.problems().isEmpty()) {
      out.println("No problems.");
    } else {
      int count = imported.problems().size();
      out.println(count + (count == 1 ? " problem (" : " problems (") + skipped
          + (skipped == 1 ? " record" : " records") + " left out):");
      imported.problems().forEach(p -> out.println("  " + p));
    }
  }
}
