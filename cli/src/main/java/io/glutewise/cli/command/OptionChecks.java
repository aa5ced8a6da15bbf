package io.glutewise.cli.command;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Range checks on option values that fail as bad usage, naming the option as it was typed:
 * {@code --days must be between 1 and 6, was 9}.
 */
final class OptionChecks {
  private OptionChecks() {}

  /**
   * Requires {@code min <= value <= max} when the option was given.
   *
   * @return the value, or null when it was not given
   * @throws ParameterException when it is out of range
   */
  static Integer range(CommandSpec spec, String option, Integer value, int min, int max) {
    if (value != null && (value < min || value > max)) {
      throw usage(spec, option + " must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  /** A pain score on the 0-10 scale, when given. */
  static Integer pain(CommandSpec spec, String option, Integer value) {
    return range(spec, option, value, 0, 10);
  }

  /** A bad-usage failure of the command, with the message as given. */
  static ParameterException usage(CommandSpec spec, String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
