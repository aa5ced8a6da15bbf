package io.glutewise.cli;

import io.glutewise.cli.command.CompletionCommand;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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
  // these describe every other command, so they run on the full tree
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
      return FailureReport.install(new CommandLine(new SingleCommandRoot(environment)));
    }
    Optional<Class<?>> command = args.length == 0 ? Optional.empty() : commandNamed(args[0]);
    if (command.isEmpty()) {
      return GlutewiseCommand.commandLine(environment);
    }
    CommandLine root = new CommandLine(new SingleCommandRoot(environment));
    root.addSubcommand(args[0], command.get());
    return FailureReport.install(root);
  }

  /**
   * What {@code glutewise --version} (or {@code -V}) alone prints, exactly as picocli prints it,
   * for the entry point to answer without reading the root's annotations (about 50 ms on a cold
   * JVM, more than the rest of the answer); empty for any other arguments.
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
   * The subcommand of {@link GlutewiseCommand} with the given name or alias that can run alone: the
   * command list is the one picocli tree's, read from its annotation without building it.
   */
  static Optional<Class<?>> commandNamed(String name) {
    for (Class<?> type : GlutewiseCommand.class.getAnnotation(Command.class).subcommands()) {
      Command command = type.getAnnotation(Command.class);
      if (!NEED_EVERY_COMMAND.contains(type)
          && (command.name().equals(name) || Arrays.asList(command.aliases()).contains(name))) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
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
