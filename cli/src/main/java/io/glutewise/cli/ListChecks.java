package io.glutewise.cli;

import io.glutewise.core.json.Echo;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Checks made on every run before its command runs: a comma-separated option may not hold an
 * empty item ({@code --equipment ,,,} or {@code --limitation mat,}), which picocli would drop in
 * silence, turning a slip into "none".
 */
final class ListChecks {
  private ListChecks() {}

  /** Runs the checks, then the command as picocli would. */
  static CommandLine.IExecutionStrategy before(CommandLine.IExecutionStrategy next) {
    return parseResult -> {
      check(parseResult);
      return next.execute(parseResult);
    };
  }

  static void check(ParseResult parseResult) {
    for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
      for (OptionSpec option : result.matchedOptions()) {
        String split = option.splitRegex();
        if (split == null || split.isEmpty()) {
          continue;
        }
        for (String value : option.originalStringValues()) {
          for (String item : value.split(split, -1)) {
            if (item.isBlank()) {
              throw new ParameterException(result.commandSpec().commandLine(),
                  option.longestName() + " '" + Echo.of(value) + "' has an empty item; list the"
                      + " items with one comma between each, such as mat,band");
            }
          }
        }
      }
    }
  }
}
