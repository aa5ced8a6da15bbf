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
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The root command, {@code glutewise}, with every subcommand. The name, options, help and exit
 * codes it shares with {@link Launch}'s single-command roots come from {@link GlutewiseRoot}.
 */
@Command(
    subcommands = {
      PlanCommand.class,
      ScreenCommand.class,
      ExercisesCommand.class,
      ExerciseCommand.class,
      TodayCommand.class,
      LogCommand.class,
      NextCommand.class,
      ProgressCommand.class,
      CheckInCommand.class,
      CatalogCommand.class,
      CompletionCommand.class,
      HelpCommand.class
    })
public final class GlutewiseCommand extends GlutewiseRoot implements Callable<Integer> {
  @Spec private CommandSpec spec;

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
    return FailureReport.install(new CommandLine(new GlutewiseCommand(environment)));
  }

  /** Without a command, the usage goes to standard error and the exit code says bad usage. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }
}
