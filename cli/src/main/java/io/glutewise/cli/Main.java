package io.glutewise.cli;

import java.util.Optional;

/** The entry point of the runnable jar: {@code java -jar glutewise-cli-<version>-all.jar}. */
public final class Main {
  private Main() {}

  /**
   * Runs glutewise with the given arguments and exits with its exit code.
   *
   * <p>A run that succeeds ends by returning, not by {@code System.exit(0)}: from JDK 21 on,
   * {@code Runtime.exit} first looks up a system logger to report the exit to, which costs a
   * cold JVM about 25 ms (a hello-world that calls it takes 66 ms on JDK 25 against 42 ms), a
   * tenth of a whole {@code plan}. glutewise starts no threads of its own, so returning ends the
   * JVM with 0 at once; a failing run still exits with its own code.
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
      return;
    }
    picocli.CommandLine commandLine = Launch.commandLine(CliEnvironment.system(), args);
    int exitCode = commandLine.execute(args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    if (exitCode != ExitCode.OK) {
      System.exit(exitCode);
    }
  }
}
