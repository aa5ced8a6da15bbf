package io.glutewise.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs glutewise commands in tests: a temporary data folder as {@code $XDG_DATA_HOME}, a fixed
 * date, and captured output, so that no test touches the real user's files.
 */
public final class CliRun {
  /** The date the tests run on: a Wednesday, so the default start is Monday 2025-06-09. */
  public static final LocalDate TODAY = LocalDate.of(2025, 6, 4);

  private final Path dataHome;
  private final String input;

  private CliRun(Path dataHome, String input) {
    this.dataHome = dataHome;
    this.input = input;
  }

  /** Commands whose data folder is {@code dataHome/glutewise}. */
  public static CliRun in(Path dataHome) {
    return new CliRun(dataHome, null);
  }

  /** The same, with a terminal that answers with the given lines. */
  public CliRun answering(String lines) {
    return new CliRun(dataHome, lines);
  }

  /** The environment the commands see. */
  public CliEnvironment environment() {
    Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    CliEnvironment environment =
        CliEnvironment.of(Map.of("XDG_DATA_HOME", dataHome.toString())::get, dataHome.resolve("home"), clock);
    return input == null ? environment : environment.withTerminal(new BufferedReader(new StringReader(input)));
  }

  /** Runs a command line through picocli with glutewise's error handling. */
  public Result run(String... args) {
    return run(GlutewiseCommand.commandLine(environment()), args);
  }

  /** Runs a command line on the given picocli command line, capturing its output. */
  public static Result run(CommandLine commandLine, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    return new Result(code, out.toString(), err.toString());
  }

  /**
   * What a command did.
   *
   * @param exitCode the exit code
   * @param out standard output
   * @param err standard error
   */
  public record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
    }
  }
}
