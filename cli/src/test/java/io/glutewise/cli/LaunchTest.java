package io.glutewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.cli.CliRun.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LaunchTest {
  @TempDir Path data;

  private Result launched(String line) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");
    return CliRun.run(Launch.commandLine(CliRun.in(data).environment(), args), args);
  }

  private Result full(String line) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");
    return CliRun.in(data).run(args);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "", "--help", "--version", "-V", "plan --help", "plan --days 9", "plan --dayz 3",
    "plan --start 2025-01-06 --format markdown", "plan --red-flag fever", "screen --no-red-flags",
    "exercises --muscle gluteus-medius", "exercise glute-brige", "exercise glute-bridge --verbose",
    "exercise no-such --verbose", "log --missed", "next", "catalog", "catalog validate --help",
    "completion", "help plan", "plann", "--verbose plan --days 0"
  })
  void theSingleCommandRootBehavesExactlyLikeTheFullOne(String line) {
    Result launched = launched(line);
    Result full = full(line);
    assertThat(launched.exitCode()).as(line).isEqualTo(full.exitCode());
    assertThat(launched.out()).as(line).isEqualTo(full.out());
    assertThat(stripTraces(launched.err())).as(line).isEqualTo(stripTraces(full.err()));
  }

  @org.junit.jupiter.api.Test
  void everyCommandOfTheTreeRunsAloneExceptThoseThatDescribeTheOthers() {
    picocli.CommandLine tree = GlutewiseCommand.commandLine(CliRun.in(data).environment());
    for (String name : tree.getSubcommands().keySet()) {
      boolean describesOthers = name.equals("completion") || name.equals("help");
      assertThat(Launch.commandNamed(name)).as(name).matches(c -> c.isPresent() != describesOthers);
    }
    assertThat(Launch.commandNamed("plann")).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void theCommandListNamesEachCommandAsItsOwnCommandLineDoes() {
    for (Subcommand command : GlutewiseCommand.SUBCOMMANDS) {
      picocli.CommandLine made = command.create();
      assertThat(made.getCommandName()).isEqualTo(command.name());
      assertThat(made.getCommandSpec().aliases()).containsExactlyElementsOf(command.aliases());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V"})
  void theVersionAnsweredWithoutPicocliIsWhatPicocliPrints(String flag) {
    Result full = full(flag);
    assertThat(full.exitCode()).isZero();
    assertThat(Launch.versionOnly(flag)).contains(full.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "--version --help", "plan --version", "--verbose --version", "-v"})
  void onlyTheVersionAloneIsAnsweredWithoutPicocli(String line) {
    String[] args = line.isEmpty() ? new String[0] : line.split(" ");
    assertThat(Launch.versionOnly(args)).as(line).isEmpty();
  }

  /** Stack traces differ in picocli's frames between the two roots; the messages must not. */
  private static String stripTraces(String err) {
    return err.lines().filter(l -> !l.startsWith("\tat ") && !l.startsWith("\t... ")).reduce("", (a, b) -> a + b + "\n");
  }
}
