package io.glutewise.cli;

/**
 * The exit codes of every glutewise command, and the lines that list them in {@code --help}.
 *
 * <p>Scripts may rely on them: 0 done, 1 failure, 2 bad usage, 3 referral to a clinician.
 */
public final class ExitCode {
  /** The command did what was asked. */
  public static final int OK = 0;

  /** A file could not be read or written, an id is unknown, or something else failed. */
  public static final int FAILURE = 1;

  /** The command line itself is wrong: an unknown option, a missing or out-of-range value. */
  public static final int USAGE = 2;

  /** A red flag was reported: no program, see a clinician first. */
  public static final int REFERRAL = 3;

  /** The heading of the exit-code list in {@code --help}. */
  public static final String HEADING = "%nExit codes:%n";

  /** The help line for {@link #OK}. */
  public static final String OK_LINE = "0:done";

  /** The help line for {@link #FAILURE}. */
  public static final String FAILURE_LINE =
      "1:failure: a file could not be read or written, an id is unknown, or the log is damaged";

  /** The help line for {@link #USAGE}. */
  public static final String USAGE_LINE =
      "2:bad usage: an unknown option, or a missing or out-of-range value";

  /** The help line for {@link #REFERRAL}. */
  public static final String REFERRAL_LINE =
      "3:referral: a red flag was reported; see a clinician before starting any exercise program";

  private ExitCode() {}
}
