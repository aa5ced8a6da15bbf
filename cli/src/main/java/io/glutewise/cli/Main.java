package io.glutewise.cli;

import java.util.Optional;

/** The entry point of the runnable jar: {@code java -jar glutewise-cli-<version>-all.jar}. */
public final class Main {
  private Main() {}

  /**
   * Runs glutewise with the given arguments and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // the calendar and PDF libraries log through SLF4J; with no logger bound, SLF4J itself would
    // print three lines of warnings that mean nothing to a person planning their training
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    Optional<String> version = Launch.versionOnly(args);
    if (version.isPresent()) {
      System.out.print(version.get());
      System.out.flush();
      System.exit(0);
    }
    picocli.CommandLine commandLine = Launch.commandLine(CliEnvironment.system(), args);
    int exitCode = commandLine.execute(args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    System.exit(exitCode);
  }
}
