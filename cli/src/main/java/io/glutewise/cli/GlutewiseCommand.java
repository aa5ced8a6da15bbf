package io.glutewise.cli;

import io.glutewise.cli.command.CatalogCommand;
import io.glutewise.cli.command.CheckInCommand;
import io.glutewise.cli.command.CompletionCommand;
import io.glutewise.cli.command.ExerciseCommand;
import io.glutewise.cli.command.ExercisesCommand;
import io.glutewise.cli.command.LogCommand;
import io.glutewise.cli.command.NextCommand;
import io.glutewise.cli.command.PlanCommand;
import io.glutewise.cli.command.ProgressCommand;
import io.glutewise.cli.command.ScreenCommand;
import io.glutewise.cli.command.TodayCommand;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The root command, {@code glutewise}, with every subcommand. The name, options, help and exit
 * codes it shares with {@link Launch}'s single-command roots come from {@link GlutewiseRoot}.
 */
public final class GlutewiseCommand extends GlutewiseRoot implements Callable<Integer> {
  /** Every command, in the order the help lists them: the one list the launcher reads too. */
  static final List<Subcommand> SUBCOMMANDS = List.of(
      new Subcommand.Declared(PlanCommand.NAME, List.of(), PlanCommand::declare),
      new Subcommand.Annotated(ScreenCommand.class),
      new Subcommand.Annotated(ExercisesCommand.class),
      new Subcommand.Annotated(ExerciseCommand.class),
      new Subcommand.Annotated(TodayCommand.class),
      new Subcommand.Annotated(LogCommand.class),
      new Subcommand.Annotated(NextCommand.class),
      new Subcommand.Annotated(ProgressCommand.class),
      new Subcommand.Annotated(CheckInCommand.class),
      new Subcommand.Annotated(CatalogCommand.class),
      new Subcommand.Annotated(CompletionCommand.class),
      new Subcommand.Annotated(HelpCommand.class));

  private CommandSpec spec;

  /** The command in the real environment. */
  public GlutewiseCommand() {
    this(CliEnvironment.system());
  }

  /** The command in the given environment; tests pass a temporary data folder and a fixed clock. */
  public GlutewiseCommand(CliEnvironment environment) {
    super(environment);
  }

  /**
   * A command line for this command with glutewise's error handling: one clear line per problem,
   * exit code 2 for bad usage and 1 for other failures, no stack trace unless {@code --verbose}.
   *
   * @param environment the environment to run in; never null
   * @return a configured command line, ready for {@code execute}
   */
  public static CommandLine commandLine(CliEnvironment environment) {
    return FailureReport.install(new GlutewiseCommand(environment).plainCommandLine());
  }

  /**
   * A command line for this command with every subcommand and picocli's own error handling.
   *
   * @return a new command line whose root is this command
   */
  public CommandLine plainCommandLine() {
    spec = declare();
    CommandLine commandLine = new CommandLine(spec);
    for (Subcommand command : SUBCOMMANDS) {
      commandLine.addSubcommand(command.name(), command.create());
    }
    return commandLine;
  }

  /** Without a command, the usage goes to standard error and the exit code says bad usage. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }
}
