package io.glutewise.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.cli.CliRun;
import io.glutewise.cli.CliRun.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionCommandTest {
  @TempDir Path data;

  @Test
  void printsABashCompletionScriptForEveryCommandOptionAndId() {
    Result result = CliRun.in(data).run("completion");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("complete -F _complete_glutewise")
        .contains("plan", "exercises", "--equipment", "--red-flag")
        .contains("leg-numbness", "dumbbell", "markdown");
  }
}
