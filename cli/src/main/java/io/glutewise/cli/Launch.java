package io.glutewise.cli;

import io.glutewise.cli.command.CompletionCommand;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;

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
  // these describe every other command, so they run on the full tree (classes, not entries: a
  // record's hashCode is linked on first use, which costs --version a cold 10-20 ms)
  private static final Set<Class<?>> NEED_EVERY_COMMAND = Set.of(CompletionCommand.class, HelpCommand.class);

  private Launch() {}

  /**
   * The command line for the given arguments, with glutewise's error handling.
   *
   * @param environment the environment to run in; never null
   * @param args the arguments the run was given
   * @return a command line that runs {@code args} exactly as {@link GlutewiseCommand} would
   */
  public static CommandLine commandLine(CliEnvironment environment, String... args) {
    if (asksForVersionOnly(args)) {
      return FailureReport.install(new SingleCommandRoot(environment).commandLine());
    }
    Optional<Subcommand> command = args.length == 0 ? Optional.empty() : commandNamed(args[0]);
    if (command.isEmpty()) {
      return GlutewiseCommand.commandLine(environment);
    }
    CommandLine root = new SingleCommandRoot(environment).commandLine();
    root.addSubcommand(command.get().name(), command.get().create());
    return FailureReport.install(root);
  }

  /**
   * What {@code glutewise --version} (or {@code -V}) alone prints, exactly as picocli prints it,
   * for the entry point to answer without setting up picocli at all (the root declared in code no
   * longer reads annotations, but picocli's first command line still runs its own set-up on a cold
   * JVM); empty for any other arguments.
   *
   * @param args the arguments the run was given
   * @return the version lines, each ended by the line separator, or empty
   */
  public static Optional<String> versionOnly(String... args) {
    if (!asksForVersionOnly(args)) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    for (String line : new ManifestVersion().getVersion()) {
      text.append(line).append(System.lineSeparator());
    }
    return Optional.of(text.toString());
  }

  private static boolean asksForVersionOnly(String... args) {
    return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
  }

  /**
   * The subcommand of {@link GlutewiseCommand} with the given name or alias that can run alone,
   * from the one command list the full tree is built from. It is looked for in the order of that
   * list, so {@code plan}, first and declared in code, is found without reading any annotation.
   */
  static Optional<Subcommand> commandNamed(String name) {
    for (Subcommand command : GlutewiseCommand.SUBCOMMANDS) {
      if (command.isCalled(name) && !describesEveryCommand(command)) {
        return Optional.of(command);
      }
    }
    return Optional.empty();
  }

  private static boolean describesEveryCommand(Subcommand command) {
    return command instanceof Subcommand.Annotated annotated && NEED_EVERY_COMMAND.contains(annotated.type());
  }

  /** The root with no subcommands of its own: the launcher adds the one a run asks for. */
  static final class SingleCommandRoot extends GlutewiseRoot implements Runnable {
    SingleCommandRoot(CliEnvironment environment) {
      super(environment);
    }

    CommandLine commandLine() {
      return new CommandLine(declare());
    }

    @Override
    public void run() {
      // only reached for --version and --help, which picocli answers itself
    }
  }
}
