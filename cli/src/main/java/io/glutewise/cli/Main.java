package io.glutewise.cli;

/** The entry point of the runnable jar: {@code java -jar glutewise-cli-<version>-all.jar}. */
public final class Main {
  private Main() {}

  /**
   * Runs glutewise with the given arguments and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    picocli.CommandLine commandLine = Launch.commandLine(CliEnvironment.system(), args);
    int exitCode = commandLine.execute(args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    System.exit(exitCode);
  }
}
