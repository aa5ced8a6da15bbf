package io.glutewise.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.cli.CliRun;
import io.glutewise.cli.CliRun.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** progress on a fixed clock (Wednesday 4 June 2025) over a plan that started a fortnight before. */
class ProgressCommandTest {
  @TempDir Path data;

  private Result run(String... args) {
    Result result = CliRun.in(data).run(args);
    assertThat(result.exitCode()).as(result.toString()).isZero();
    return result;
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  @Test
  void painAdherenceHardSetsMovesAndCheckIns() {
    run("plan", "--save", "--start", "2025-05-19");
    run("checkin", "--pain", "6", "--activity", "sitting through a film=4", "--activity", "tying shoes=5");
    run("log", "--as-prescribed", "--date", "2025-05-19", "--pain-before", "3", "--pain-next-morning", "2");
    run("log", "--as-prescribed", "--date", "2025-05-21", "--pain-before", "2");
    run("log", "--missed");
    String progress = run("progress").out();
    assertThat(progress).startsWith("Progress as of Wednesday 4 June, week 3 of 12.")
        .contains("\nw01-s1 Mon 19 May   3     .......... 0              2\n")
        .contains("\nw01-s3 Fri 23 May   -     missed")
        .contains("\nw02-s1 Mon 26 May   -     not logged")
        .contains("Hard sets a week")
        .contains("\nweek 1 ")
        .contains("Exercises moved:\n  w01-s2  ")
        .contains("Check-ins (next on Wednesday 2 July):")
        .contains("baseline: pain 6/10, activities 4.5/10");
    assertThat(flat(progress)).contains("Sessions: 2 of 7 due were done (29%): 2 in full, 0 partly, 5 missed.")
        .contains("does not diagnose");
    assertThat(progress.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(80));
  }

  @Test
  void progressWritesThePlanWithItsPainAndHardSetChartsAsHtml() throws java.io.IOException {
    run("plan", "--save", "--start", "2025-05-19");
    run("log", "--as-prescribed", "--date", "2025-05-19", "--pain-before", "3", "--pain-next-morning", "2");
    run("log", "--as-prescribed", "--date", "2025-05-21", "--pain-before", "2");
    Path page = data.resolve("progress.html");

    Result result = run("progress", "-o", page.toString());

    assertThat(flat(result.out())).contains("Wrote the plan with 2 logged sessions and the progress charts to " + page);
    String html = java.nio.file.Files.readString(page);
    assertThat(html).contains("Back pain before, during and the morning after each session")
        .contains("Hard sets per glute group, week by week")
        .contains("w01-s1 on ")
        .contains("does not diagnose");
    // one point for pain during per logged session
    assertThat(html.split("class=\"pain-during\"", -1)).hasSize(3);

    Path pdf = data.resolve("progress.pdf");
    run("progress", "-o", pdf.toString());
    byte[] bytes = java.nio.file.Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void progressChartsAreHtmlOrPdfOnly() {
    run("plan", "--save", "--start", "2025-05-19");
    Result text = CliRun.in(data).run("progress", "-o", data.resolve("progress.txt").toString());
    assertThat(text.exitCode()).isEqualTo(2);
    assertThat(flat(text.err())).contains("progress writes its charts as html or pdf, not text");
    Result alone = CliRun.in(data).run("progress", "--format", "pdf");
    assertThat(alone.exitCode()).isEqualTo(2);
    assertThat(flat(alone.err())).contains("--format needs -o FILE");
  }

  @Test
  void aLaterCheckInIsComparedWithTheBaseline() {
    run("plan", "--save", "--start", "2025-06-02");
    run("checkin", "--pain", "6", "--activity", "sitting through a film=4", "--activity", "tying shoes=5");
    Result second = run("checkin", "--pain", "3", "--activity", "sitting through a film=7", "--activity", "tying shoes=6");
    assertThat(flat(second.out())).startsWith("Recorded check-in 2 (2025-06-04): pain 3/10, activities 6.5/10.");
    String progress = run("progress").out();
    assertThat(progress).contains("pain 3/10 (-3.0, a change that matters)")
        .contains("activities 6.5/10 (+2.0, a change that matters)")
        .contains("sitting through a film: 4 -> 7");
  }

  @Test
  void badCheckInsAreRefusedInOurWords() {
    Result result = CliRun.in(data).run("checkin", "--pain", "3", "--activity", "walking");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("glutewise checkin: --activity must be a name and a rating from 0 to 10");
    Result many = CliRun.in(data).run("checkin", "--pain", "3", "--activity", "a=1", "--activity", "b=1",
        "--activity", "c=1", "--activity", "d=1");
    assertThat(many.err()).contains("at most 3 activities");
  }
}
