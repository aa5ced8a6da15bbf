package io.glutewise.cli.command;

import io.glutewise.cli.ExitCode;
import io.glutewise.cli.GlutewiseRoot;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code glutewise catalog}: work with catalog files: {@code validate} and {@code import}. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    description = "Check a catalog file, or import exercises from another catalog's format.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {CatalogValidateCommand.class, CatalogImportCommand.class},
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {ExitCode.OK_LINE, ExitCode.FAILURE_LINE, ExitCode.USAGE_LINE})
public final class CatalogCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @ParentCommand private GlutewiseRoot root;

  /** Creates the command. */
  public CatalogCommand() {}

  /** The root command, for the subcommands. */
  GlutewiseRoot root() {
    return root;
  }

  /** Without a subcommand, the usage goes to standard error as bad usage. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }
}
