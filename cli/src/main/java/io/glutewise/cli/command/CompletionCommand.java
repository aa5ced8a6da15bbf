package io.glutewise.cli.command;

import io.glutewise.cli.ExitCode;
import picocli.AutoComplete;
import picocli.CommandLine.Command;

/**
 * {@code glutewise completion}: prints a bash (and zsh) completion script for every command,
 * option and id. Load it with {@code source <(glutewise completion)}.
 */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    helpCommand = true,
    description = {
      "Print a bash/zsh completion script for glutewise.",
      "",
      "Load it into the current shell:",
      "  source <(glutewise completion)",
      "or keep it:",
      "  glutewise completion > ~/.local/share/bash-completion/completions/glutewise"
    },
    exitCodeListHeading = ExitCode.HEADING,
    exitCodeList = {ExitCode.OK_LINE, ExitCode.FAILURE_LINE, ExitCode.USAGE_LINE})
public final class CompletionCommand extends AutoComplete.GenerateCompletion {
  /** Creates the command; picocli fills it in. */
  public CompletionCommand() {}
}
