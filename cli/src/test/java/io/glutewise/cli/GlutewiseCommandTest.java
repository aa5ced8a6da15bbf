package io.glutewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.cli.CliRun.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class GlutewiseCommandTest {
  @TempDir Path data;

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    Result result = CliRun.in(data).run("--help");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .contains("plan", "screen", "exercises", "exercise", "log", "next", "catalog", "completion")
        .contains("Exit codes:")
        .contains("0   done")
        .contains("1   failure")
        .contains("2   bad usage")
        .contains("3   referral");
    assertThat(result.err()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"plan", "screen", "exercises", "exercise", "log", "next", "catalog",
      "catalog validate", "catalog import", "completion"})
  void everyCommandHasHelpWithItsExitCodes(String command) {
    String[] args = (command + " --help").split(" ");
    Result result = CliRun.in(data).run(args);
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("Usage: glutewise " + command).contains("Exit codes:");
    assertThat(result.out().lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void versionComesFromTheJarManifestAndSaysSoWhenThereIsNone() {
    Result result = CliRun.in(data).run("--version");
    assertThat(result.exitCode()).isZero();
    // the tests run from classes, not from the jar, so there is no manifest version
    assertThat(result.out()).startsWith("glutewise development build").contains("Java 17");
  }

  @Test
  void noCommandPrintsTheUsageOnStandardErrorAsBadUsage() {
    Result result = CliRun.in(data).run();
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("Usage: glutewise");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void anUnknownCommandIsOneLineWithASuggestion() {
    Result result = CliRun.in(data).run("plann");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines()).singleElement().satisfies(line -> assertThat(line)
        .startsWith("glutewise: unknown command 'plann'; did you mean plan")
        .endsWith("(see glutewise --help)"));
  }

  @Test
  void verboseAddsTheStackTraceToTheOneLineMessage() {
    Result quiet = CliRun.in(data).run("exercise", "no-such-exercise");
    assertThat(quiet.exitCode()).isEqualTo(1);
    assertThat(quiet.err().lines()).hasSize(1);
    assertThat(quiet.err()).doesNotContain("\tat ");

    Result verbose = CliRun.in(data).run("exercise", "no-such-exercise", "--verbose");
    assertThat(verbose.exitCode()).isEqualTo(1);
    assertThat(verbose.err()).startsWith(quiet.err()).contains("UnknownExerciseException", "\tat ");
  }

  @Test
  void aPlainCommandLineWithoutTheHandlersStillGivesTheRightExitCodes() {
    CommandLine plain = new GlutewiseCommand(CliRun.in(data).environment()).plainCommandLine();
    assertThat(CliRun.run(plain, "plan", "--days", "9").exitCode()).isEqualTo(2);
    assertThat(CliRun.run(plain, "exercises", "--muscle", "gluteus-medius").exitCode()).isZero();
  }
}
