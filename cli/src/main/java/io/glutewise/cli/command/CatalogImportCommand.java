package io.glutewise.cli.command;

import io.glutewise.cli.ExitCode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code glutewise catalog import}: imports exercises from another catalog's format. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {"Import exercises from another catalog's format as glutewise JSON."},
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {ExitCode.OK_LINE, ExitCode.FAILURE_LINE, ExitCode.USAGE_LINE})
public final class CatalogImportCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      required = true,
      description = "The source format: free-exercise-db.")
  private String from;

  @Parameters(index = "0", paramLabel = "FILE", description = "The file to import.")
  private Path file;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Write the imported exercises here (as JSON) instead of printing them.")
  private Path output;

  /** Creates the command; picocli fills in the options. */
  public CatalogImportCommand() {}

  @Override
  public Integer call() {
    throw new io.glutewise.core.GlutewiseException("import is not wired yet");
  }
}
