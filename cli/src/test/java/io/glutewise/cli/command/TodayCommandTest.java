package io.glutewise.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.cli.CliRun;
import io.glutewise.cli.CliRun.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TodayCommandTest {
  @TempDir Path data;

  private Result run(String... args) {
    return CliRun.in(data).run(args);
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  @Test
  void onTheFirstDayItShowsTheSessionWithWarmUpCoolDownAndWhatToExpect() {
    Result plan = run("plan", "--save", "--start", "2025-06-04", "--sitting-hours", "8");
    assertThat(plan.err()).contains("Next: glutewise today shows your first session, w01-s1 on Wednesday 4 June.");
    Result today = run("today");
    assertThat(today.exitCode()).as(today.toString()).isZero();
    assertThat(today.out()).startsWith("Today, Wednesday 4 June: w01-s1, about ")
        .contains("\nWeek 1 of 12, session 1 of 3")
        .contains("\nWarm-up: ")
        .contains("\nMain:\n  1. ")
        .contains("\nCool-down: ")
        .doesNotContain("last: ");
    assertThat(flat(today.out()))
        .contains("What to expect in week 1:")
        .contains("Some pain while you train is allowed: up to 5/10")
        .contains("You sit about 8 hours a day")
        .contains("When done: glutewise log (it asks), or glutewise log --as-prescribed.")
        .contains("does not diagnose");
    assertThat(today.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
    assertThat(today.out().lines().count()).as("one screen").isLessThanOrEqualTo(40);
  }

  @Test
  void afterALoggedSessionItShowsTheNextOneWithLastTimeAndTheReason() {
    run("plan", "--save", "--start", "2025-06-04");
    Result logged = run("log", "--as-prescribed", "--pain-before", "2");
    assertThat(logged.exitCode()).as(logged.toString()).isZero();
    assertThat(flat(logged.out())).contains("(2025-06-04, completed)")
        .contains("Tomorrow morning: glutewise log --morning N. Next: w01-s2 on Friday 6 June");
    Result today = run("today");
    assertThat(today.exitCode()).as(today.toString()).isZero();
    assertThat(today.out()).startsWith("Done for today. Next: w01-s2, about ")
        .contains(" on Friday 6 June, in 2 days.")
        .contains("last: ")
        .contains("(Wed 4 Jun)")
        .contains("now: ");
  }

  @Test
  void aSessionNotDoneOnItsDayIsShownAsDue() {
    run("plan", "--save", "--start", "2025-06-02");
    Result today = run("today");
    assertThat(flat(today.out())).startsWith("Due since Monday 2 June (2 days ago): w01-s1")
        .contains("Do it today, or log it with glutewise log --missed.");
  }

  @Test
  void withoutAPlanItSaysHowToMakeOne() {
    Result today = run("today");
    assertThat(today.exitCode()).isEqualTo(1);
    assertThat(today.err()).contains("save one with glutewise plan --save");
  }

  @Test
  void aSessionDoneLateMovesTheRestOfItsWeekAndNextSaysSo() {
    run("plan", "--save", "--start", "2025-06-02");
    Result logged = run("log", "--as-prescribed");
    assertThat(flat(logged.out())).contains("Next: w01-s2 on Friday 6 June (moved from Wednesday 4 June to keep 48"
        + " hours between sessions)");
    Result today = run("today");
    assertThat(flat(today.out())).startsWith("Done for today. Next: w01-s2")
        .contains("on Friday 6 June, in 2 days.")
        .contains("Moved from Wednesday 4 June: w01-s1 was done on Wednesday 4 June, and sessions stay 48 hours apart.");
    Result next = run("next");
    assertThat(flat(next.out())).contains("w01-s2, Friday 2025-06-06")
        .contains("w01-s3, Sunday 2025-06-08")
        .contains("Moved from Friday 6 June: w01-s1 was done on Wednesday 4 June");
  }
}
