package io.glutewise.cli;

import io.glutewise.catalog.Catalog;
import io.glutewise.cli.command.CatalogCommand;
import io.glutewise.cli.command.CompletionCommand;
import io.glutewise.cli.command.ExerciseCommand;
import io.glutewise.cli.command.ExercisesCommand;
import io.glutewise.cli.command.LogCommand;
import io.glutewise.cli.command.NextCommand;
import io.glutewise.cli.command.PlanCommand;
import io.glutewise.cli.command.ScreenCommand;
import io.glutewise.planner.Planner;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The root command, {@code glutewise}: holds the subcommands, the {@code --verbose} switch they
 * all inherit, and the environment they run in.
 *
 * <p>Nothing heavy happens when it is built: the catalog and the planner load on first use, so
 * {@code --help}, {@code --version} and {@code completion} stay fast.
 */
@Command(
    name = "glutewise",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    sortOptions = false,
    description = {
      "Glute strengthening against non-specific chronic low back pain and poor posture.",
      "",
      "Screening, periodized plans that adapt to what you did, and the exercises behind them."
          + " glutewise informs; it does not diagnose: see a clinician if you have any warning"
          + " sign (glutewise screen asks about them)."
    },
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n",
    subcommands = {
      PlanCommand.class,
      ScreenCommand.class,
      ExercisesCommand.class,
      ExerciseCommand.class,
      LogCommand.class,
      NextCommand.class,
      CatalogCommand.class,
      CompletionCommand.class,
      HelpCommand.class
    },
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {
      ExitCode.OK_LINE, ExitCode.FAILURE_LINE, ExitCode.USAGE_LINE, ExitCode.REFERRAL_LINE
    },
    footerHeading = "%nAlso:%n",
    footer = {
      "  serve      the launcher (./glutewise serve) starts the web adapter instead",
      "",
      "Files: the training log and the saved plan live in $XDG_DATA_HOME/glutewise",
      "(~/.local/share/glutewise when unset)."
    })
public final class GlutewiseCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "On a failure, print the full stack trace as well as the message.")
  private boolean verbose;

  private final CliEnvironment environment;
  private volatile Catalog catalog;
  private volatile Planner planner;

  /** The command in the real environment. */
  public GlutewiseCommand() {
    this(CliEnvironment.system());
  }

  /** The command in the given environment; tests pass a temporary data folder and a fixed clock. */
  public GlutewiseCommand(CliEnvironment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  /**
   * A command line for this command with glutewise's error handling: one clear line per problem,
   * exit code 2 for bad usage and 1 for other failures, no stack trace unless {@code --verbose}.
   *
   * @param environment the environment to run in; never null
   * @return a configured command line, ready for {@code execute}
   */
  public static CommandLine commandLine(CliEnvironment environment) {
    CommandLine commandLine = new CommandLine(new GlutewiseCommand(environment));
    FailureReport report = new FailureReport();
    commandLine.setParameterExceptionHandler(report);
    commandLine.setExecutionExceptionHandler(report);
    return commandLine;
  }

  /** The environment the commands run in. */
  public CliEnvironment environment() {
    return environment;
  }

  /** Whether {@code --verbose} was given. */
  public boolean verbose() {
    return verbose;
  }

  /** The catalog the commands work from, loaded on first use. */
  public Catalog catalog() {
    Catalog loaded = catalog;
    if (loaded == null) {
      synchronized (this) {
        loaded = catalog;
        if (loaded == null) {
          loaded = Catalog.standard();
          catalog = loaded;
        }
      }
    }
    return loaded;
  }

  /** The planner over {@link #catalog()}, made on first use. */
  public Planner planner() {
    Planner made = planner;
    if (made == null) {
      synchronized (this) {
        made = planner;
        if (made == null) {
          made = new Planner(catalog());
          planner = made;
        }
      }
    }
    return made;
  }

  /**
   * The short notice every output ends with: glutewise informs, it does not diagnose, and when to
   * stop and see a clinician.
   */
  public String clinicianNotice() {
    return planner().clinicianNotice();
  }

  /** Without a command, the usage goes to standard error and the exit code says bad usage. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }
}
