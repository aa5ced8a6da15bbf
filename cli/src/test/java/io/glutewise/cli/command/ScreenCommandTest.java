package io.glutewise.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.cli.CliRun;
import io.glutewise.cli.CliRun.Result;
import io.glutewise.core.trainee.RedFlag;
import io.glutewise.core.trainee.WeakGluteSign;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenCommandTest {
  @TempDir Path data;

  @Test
  void noRedFlagsAndSomeSignsGiveTheScoreAndWhatItMeans() {
    Result result = CliRun.in(data).run("screen", "--no-red-flags", "--sign", "glutes-not-felt",
        "--sign", "sits-most-of-day", "--sign", "poor-posture");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out())
        .startsWith("Warning signs: none reported.")
        .contains("Weak-glute checklist: 3 of 9 signs (some)")
        .contains("(glutes-not-felt)", "(sits-most-of-day)", "(poor-posture)")
        .contains("What it means: ");
  }

  @Test
  void aRedFlagIsAReferralWithExitCodeThree() {
    Result result = CliRun.in(data).run("screen", "--red-flag", "leg-numbness");
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.out()).startsWith("SEE A CLINICIAN BEFORE STARTING").contains("(leg-numbness)");
  }

  @Test
  void anEmergencySignSaysFirstWhatToDoNow() {
    Result result = CliRun.in(data).run("screen", "--red-flag", "saddle-numbness");
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.out()).startsWith("GET MEDICAL HELP TODAY\nGet medical help today: go to an emergency"
        + " department").contains("(saddle-numbness)").doesNotContain("Weak-glute checklist");
  }

  @Test
  void onATerminalAYesToAnEmergencyQuestionEndsTheQuestions() {
    // bladder and bowel control is the first question; nothing after it is asked
    Result result = CliRun.in(data).answering("y\n" + "n\n".repeat(30)).run("screen");
    assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
    assertThat(result.out().split("\\[y/n\\]", -1)).hasSize(2);
    int emergency = result.out().indexOf("GET MEDICAL HELP TODAY");
    assertThat(emergency).isPositive();
    assertThat(result.out().substring(0, emergency).trim().lines().count()).isLessThanOrEqualTo(4);
  }

  @Test
  void questionsAreWrappedToTheTerminal() {
    String answers = "n\n".repeat(RedFlag.values().length + WeakGluteSign.values().length);
    Result result = CliRun.in(data).answering(answers).run("screen");
    assertThat(result.out().lines()).allSatisfy(l -> assertThat(l.replaceAll(".*\\[y/n\\] ", "").length())
        .isLessThanOrEqualTo(80));
  }

  @Test
  void withoutATerminalTheAnswersMustBeGiven() {
    Result result = CliRun.in(data).run("screen");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("glutewise screen: say whether any warning sign applies: --red-flag ID"
        + " for each one, or --no-red-flags (or run it on a terminal to be asked) (see glutewise screen --help)\n");
    assertThat(CliRun.in(data).run("screen", "--sign", "poor-posture").exitCode()).isEqualTo(2);
    assertThat(CliRun.in(data).run("screen", "--no-red-flags", "--red-flag", "fever").exitCode()).isEqualTo(2);
  }

  @Test
  void onATerminalItAsksEveryQuestion() {
    int flags = RedFlag.values().length;
    int signs = WeakGluteSign.values().length;
    StringBuilder answers = new StringBuilder();
    answers.append("n\n".repeat(flags));
    answers.append("maybe\ny\n").append("n\n".repeat(signs - 1));
    Result result = CliRun.in(data).answering(answers.toString()).run("screen");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("Please answer y or n.")
        .contains("Warning signs: none reported.")
        .contains("Weak-glute checklist: 1 of 9 signs");
    assertThat(result.out().split("\\[y/n\\]", -1)).hasSize(flags + signs + 2);

    String yesToOne = "n\n".repeat(flags - 1) + "y\n" + "n\n".repeat(signs);
    Result referral = CliRun.in(data).answering(yesToOne).run("screen");
    assertThat(referral.exitCode()).isEqualTo(3);
  }

  @Test
  void inputEndingBeforeTheLastAnswerIsBadUsage() {
    Result result = CliRun.in(data).answering("n\nn\n").run("screen");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("the questions were left unanswered");
  }

  @Test
  void jsonGivesTheScreeningResult() {
    Result result = CliRun.in(data).run("screen", "--no-red-flags", "--json");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("\"redFlags\" : [ ]", "\"weakGlutes\"");
  }
}
