package io.glutewise.cli.command;

import io.glutewise.catalog.Catalog;
import io.glutewise.catalog.CatalogLoader;
import io.glutewise.catalog.CatalogValidationException;
import io.glutewise.cli.ExitCode;
import java.io.PrintWriter;
import io.glutewise.cli.storage.InputFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code glutewise catalog validate FILE}: checks a catalog file and lists every problem. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a catalog file.",
      "",
      "Prints OK with the counts, or every problem, one per line."
    },
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {
      "0:the catalog is valid",
      "1:the catalog has problems (each printed), or the file cannot be read",
      ExitCode.USAGE_LINE
    })
public final class CatalogValidateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The catalog JSON file.")
  private Path file;

  /** Creates the command; picocli fills in the options. */
  public CatalogValidateCommand() {}

  @Override
  public Integer call() {
    String json = InputFiles.readText(file, "the catalog");
    PrintWriter out = spec.commandLine().getOut();
    Catalog catalog;
    try {
      catalog = CatalogLoader.parse(json, file.toString());
    } catch (CatalogValidationException e) {
      // the problems are this command's answer, so they go to standard output, one per line
      e.problems().forEach(out::println);
      int count = e.problems().size();
      out.println(count + (count == 1 ? " problem" : " problems") + " in " + file);
      return ExitCode.FAILURE;
    }
    out.println("OK: " + file + " (version " + catalog.version() + "): "
        + catalog.exercises().size() + " exercises, "
        + catalog.ladders().steps().size() + " ladder steps, "
        + catalog.templates().size() + " templates, "
        + (catalog.guidance().isPresent() ? "with guidance" : "no guidance"));
    return ExitCode.OK;
  }
}
