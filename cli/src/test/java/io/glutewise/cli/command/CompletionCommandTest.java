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

  @Test
  void eachOptionOffersItsOwnValues() {
    String script = CliRun.in(data).run("completion").out();
    // picocli names each value list after the option's label: two options with one label would
    // offer the second one's values for both
    for (String function : script.split("\n(?=function )")) {
      java.util.List<String> lists = java.util.regex.Pattern.compile("local (\\w+)_option_args=")
          .matcher(function).results().map(m -> m.group(1)).toList();
      assertThat(lists).as(function.lines().findFirst().orElse("")).doesNotHaveDuplicates();
    }
    java.util.regex.Matcher plan = java.util.regex.Pattern.compile("--equipment\\)\\s+local IFS=\\$'\\\\n'\\s+"
        + "COMPREPLY=\\( \\$\\( compReplyArray \"\\$\\{(\\w+)_option_args").matcher(script);
    assertThat(plan.find()).isTrue();
    assertThat(script).contains("local " + plan.group(1) + "_option_args=(\"none\" \"mat\"");
  }
}
