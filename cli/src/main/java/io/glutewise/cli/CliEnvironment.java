package io.glutewise.cli;

import io.glutewise.cli.storage.DataDirectory;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the command line takes from the world around it: environment variables, the home folder,
 * the clock, and a terminal to ask questions on.
 *
 * <p>Commands never read {@code System.getenv} or the system clock themselves, so that tests run
 * against a temporary data folder and a fixed date, and never touch the real user's files.
 * Immutable and thread-safe.
 */
public final class CliEnvironment {
  private final Function<String, String> variables;
  private final Path home;
  // the system clock's zone costs the JVM about 30 ms to look up (it loads the time-zone rules),
  // so the real environment finds it only when a command asks what day it is
  private final Supplier<Clock> clock;
  // likewise System.console(), which says whether there is a terminal, costs a cold JVM 5-13 ms,
  // and only the commands that ask questions need to know
  private final Supplier<BufferedReader> terminal;
  private final OutputStream standardOutput;
  private final BufferedReader input;

  private CliEnvironment(Function<String, String> variables, Path home, Supplier<Clock> clock,
      Supplier<BufferedReader> terminal, BufferedReader input, OutputStream standardOutput) {
    this.variables = Objects.requireNonNull(variables, "variables");
    this.home = Objects.requireNonNull(home, "home");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.terminal = Objects.requireNonNull(terminal, "terminal");
    this.input = input;
    this.standardOutput = Objects.requireNonNull(standardOutput, "standardOutput");
  }

  /**
   * The home folder as the shell knows it: {@code $HOME} when it is set to an absolute path (as
   * POSIX has it), otherwise what Java was told at start-up.
   */
  static Path home(Function<String, String> variables, String javaHome) {
    String home = variables.apply("HOME");
    if (home != null && !home.isBlank()) {
      try {
        Path path = Path.of(home);
        if (path.isAbsolute()) {
          return path;
        }
      } catch (java.nio.file.InvalidPathException e) {
        // fall back to Java's idea of home
      }
    }
    return Path.of(javaHome);
  }

  /**
   * The real environment: {@code System.getenv}, the user's home, the system clock, and standard
   * input as a terminal only when the process runs on one.
   */
  public static CliEnvironment system() {
    BufferedReader standardInput =
        new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset()));
    return new CliEnvironment(System::getenv, home(System::getenv, System.getProperty("user.home")),
        SystemClock::get, () -> SystemConsole.PRESENT ? standardInput : null, standardInput, System.out);
  }

  /**
   * An environment for tests and embedding.
   *
   * @param variables looks up an environment variable, returning null when unset; never null
   * @param home the user's home folder; never null
   * @param clock the clock that says what today is; never null
   * @return a new environment with no terminal
   */
  public static CliEnvironment of(Function<String, String> variables, Path home, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return new CliEnvironment(variables, home, () -> clock, () -> null, null, System.out);
  }

  /** A copy that answers questions from the given reader, as if it were a terminal. */
  public CliEnvironment withTerminal(BufferedReader reader) {
    Objects.requireNonNull(reader, "reader");
    return new CliEnvironment(variables, home, clock, () -> reader, reader, standardOutput);
  }

  /** A copy whose raw standard output (for {@code -o -} with a binary format) is the given stream. */
  public CliEnvironment withStandardOutput(OutputStream out) {
    return new CliEnvironment(variables, home, clock, terminal, input, out);
  }

  /** Standard output as bytes, for binary documents written with {@code -o -}. */
  public OutputStream standardOutput() {
    return standardOutput;
  }

  /** The value of an environment variable, if set. */
  public Optional<String> variable(String name) {
    return Optional.ofNullable(variables.apply(name));
  }

  /** The user's home folder. */
  public Path home() {
    return home;
  }

  /** Today's date by the environment's clock. */
  public LocalDate today() {
    return LocalDate.now(clock.get());
  }

  /** The terminal to ask questions on, when the command runs on one. */
  public Optional<BufferedReader> terminal() {
    return Optional.ofNullable(terminal.get());
  }

  /**
   * Standard input, for answers piped in ({@code glutewise log --interactive}): the terminal when
   * there is one; empty in an environment made with {@link #of} and no terminal.
   */
  public BufferedReader input() {
    return input != null ? input : new BufferedReader(new java.io.StringReader(""));
  }

  /** The clock that says what day and time it is. */
  public Clock clock() {
    return clock.get();
  }

  /** The system clock in the default zone, looked up on first use (a holder class: the JVM makes it once). */
  private static final class SystemClock {
    private static final Clock CLOCK = Clock.systemDefaultZone();

    static Clock get() {
      return CLOCK;
    }
  }

  /** Whether the process runs on a terminal, looked up on first use (a holder class, as above). */
  private static final class SystemConsole {
    private static final boolean PRESENT = System.console() != null;
  }

  /** Where glutewise keeps the training log and the saved plan. */
  public DataDirectory dataDirectory() {
    return DataDirectory.resolve(this::variable, home);
  }
}
