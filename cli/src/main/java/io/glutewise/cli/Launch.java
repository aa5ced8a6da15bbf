package io.glutewise.cli;

import io.glutewise.cli.command.CatalogCommand;
import io.glutewise.cli.command.CheckInCommand;
import io.glutewise.cli.command.ExerciseCommand;
import io.glutewise.cli.command.ExercisesCommand;
import io.glutewise.cli.command.LogCommand;
import io.glutewise.cli.command.NextCommand;
import io.glutewise.cli.command.PlanCommand;
import io.glutewise.cli.command.ProgressCommand;
import io.glutewise.cli.command.ScreenCommand;
import io.glutewise.cli.command.TodayCommand;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Builds the command line for one run, doing only the work that run needs.
 *
 * <p>picocli reads the annotations of every command it is given before it parses anything, and
 * on a JVM that costs tens of milliseconds per command. A run names its command first
 * ({@code glutewise plan ...}), so the launcher gives picocli a root with that command only; it
 * behaves exactly like {@link GlutewiseCommand}, which serves everything else: no command, an
 * unknown one, {@code help} and {@code completion} (which need to know every command).
 */
public final class Launch {
  private static final Map<String, Supplier<Object>> COMMANDS = Map.of(
      "plan", PlanCommand::new,
      "screen", ScreenCommand::new,
      "exercises", ExercisesCommand::new,
      "exercise", ExerciseCommand::new,
      "log", LogCommand::new,
      "next", NextCommand::new,
      "today", TodayCommand::new,
      "progress", ProgressCommand::new,
      "checkin", CheckInCommand::new,
      "catalog", CatalogCommand::new);

  private Launch() {}

  /**
   * The command line for the given arguments, with glutewise's error handling.
   *
   * @param environment the environment to run in; never null
   * @param args the arguments the run was given
   * @return a command line that runs {@code args} exactly as {@link GlutewiseCommand} would
   */
  public static CommandLine commandLine(CliEnvironment environment, String... args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      return FailureReport.install(new CommandLine(new SingleCommandRoot(environment)));
    }
    Supplier<Object> command = args.length == 0 ? null : COMMANDS.get(args[0]);
    if (command == null) {
      return GlutewiseCommand.commandLine(environment);
    }
    CommandLine root = new CommandLine(new SingleCommandRoot(environment));
    root.addSubcommand(args[0], command.get());
    return FailureReport.install(root);
  }

  /** The root with no subcommands of its own: the launcher adds the one a run asks for. */
  @Command
  static final class SingleCommandRoot extends GlutewiseRoot implements Runnable {
    SingleCommandRoot(CliEnvironment environment) {
      super(environment);
    }

    @Override
    public void run() {
      // only reached for --version and --help, which picocli answers itself
    }
  }
}
