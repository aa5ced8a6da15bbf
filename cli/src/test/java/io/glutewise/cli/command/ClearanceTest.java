package io.glutewise.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.cli.CliRun;
import io.glutewise.cli.CliRun.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A recorded clearance opens the plan for exactly its flags, and every output says so near the top. */
class ClearanceTest {
  @TempDir Path data;

  private Result run(String... args) {
    return CliRun.in(data).run(args);
  }

  private static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private static final String STATEMENT =
      "This plan follows the clearance Dr A. Jones, GP gave on 2025-05-20 for a history of cancer.";

  @Test
  void aClearedFlagGivesAPlanThatSaysItFollowsTheClearance() {
    Result plan = run("plan", "--red-flag", "cancer-history", "--cleared", "cancer-history",
        "--cleared-by", "Dr A. Jones, GP", "--cleared-on", "2025-05-20", "--save", "--start", "today");
    assertThat(plan.exitCode()).as(plan.toString()).isZero();
    String top = String.join(" ", plan.out().lines().limit(25).toList());
    assertThat(flat(top)).contains(STATEMENT);
    for (String format : new String[] {"markdown", "html", "json", "ics"}) {
      Result other = run("plan", "--red-flag", "cancer-history", "--cleared", "cancer-history",
          "--cleared-by", "Dr A. Jones, GP", "--cleared-on", "2025-05-20", "--format", format);
      assertThat(other.exitCode()).as(format).isZero();
      String head = other.out().substring(0, Math.min(other.out().length(), 4000))
          .replace("\r\n ", "").replace("\\n", " ").replace("\\,", ",");
      assertThat(flat(head)).as(format).contains("This plan follows the clearance Dr A. Jones");
    }
    assertThat(flat(run("today").out())).startsWith(STATEMENT);
    assertThat(flat(run("next").out())).startsWith(STATEMENT);
    assertThat(flat(run("progress").out())).contains(STATEMENT);
  }

  @Test
  void aFlagTheClearanceDoesNotNameStillRefers() {
    Result plan = run("plan", "--red-flag", "cancer-history", "--red-flag", "fever", "--cleared", "cancer-history",
        "--cleared-by", "Dr A. Jones", "--cleared-on", "2025-05-20");
    assertThat(plan.exitCode()).isEqualTo(3);
    assertThat(plan.out()).contains("(fever)").doesNotContain("(cancer-history)");
  }

  @Test
  void aClearanceNeedsWhoWhenAndWhich() {
    Result partial = run("plan", "--cleared", "fever", "--cleared-by", "Dr A. Jones");
    assertThat(partial.exitCode()).isEqualTo(2);
    assertThat(partial.err()).startsWith("glutewise plan: a clearance needs all three of --cleared FLAG");
    Result future = run("plan", "--cleared", "fever", "--cleared-by", "Dr A. Jones", "--cleared-on", "2030-01-01");
    assertThat(future.err()).contains("is in the future");
  }
}
