package io.glutewise.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.cli.CliRun;
import io.glutewise.cli.CliRun.Result;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.program.Program;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** -o picks the format from the file name; referrals are written; reminders; --start today. */
class PlanOutputTest {
  @TempDir Path data;

  private Result run(String... args) {
    return CliRun.in(data).run(args);
  }

  @Test
  void theFileNameSaysTheFormat() throws IOException {
    Path pdf = data.resolve("plan.pdf");
    assertThat(run("plan", "-o", pdf.toString()).exitCode()).isZero();
    assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    Path md = data.resolve("plan.md");
    assertThat(run("plan", "-o", md.toString()).exitCode()).isZero();
    assertThat(Files.readString(md)).startsWith("# ");
    Path other = data.resolve("plan.notes");
    assertThat(run("plan", "-o", other.toString()).exitCode()).isZero();
    assertThat(Files.readString(other)).doesNotStartWith("{").doesNotStartWith("#");
  }

  @Test
  void aFormatThatContradictsTheFileNameIsRefused() {
    Path md = data.resolve("plan.md");
    Result result = run("plan", "--format", "json", "-o", md.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("glutewise plan: --format json does not match the file " + md
        + ", whose name says markdown: drop --format or rename the file");
    assertThat(md).doesNotExist();
  }

  @Test
  void aReferralWithAnOutputFileIsWrittenThere() throws IOException {
    Path html = data.resolve("referral.html");
    Result result = run("plan", "--red-flag", "fever", "-o", html.toString());
    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.out()).doesNotContain("<html").contains("doctor or physiotherapist");
    assertThat(result.err()).contains("the referral was written to " + html);
    assertThat(Files.readString(html)).contains("<html").contains("fever");
  }

  @Test
  void aCalendarWithTimeAndReminder() throws IOException {
    Path ics = data.resolve("glutes.ics");
    Result result = run("plan", "--time", "18:00", "--remind", "30m", "--sitting-hours", "8", "--desk-breaks",
        "-o", ics.toString());
    assertThat(result.exitCode()).as(result.toString()).isZero();
    String calendar = Files.readString(ics);
    assertThat(calendar).contains("BEGIN:VALARM").contains("TRIGGER:-PT30M").contains("Desk break");

    assertThat(run("plan", "--remind", "30m", "-o", data.resolve("x.ics").toString()).err())
        .startsWith("glutewise plan: --remind needs --time HH:MM");
    assertThat(run("plan", "--remind", "soon", "--time", "18:00", "--format", "ics").err())
        .startsWith("glutewise plan: --remind must be minutes or hours such as 30m or 2h, not 'soon'");
    assertThat(run("plan", "--desk-breaks", "--format", "ics").err())
        .startsWith("glutewise plan: --desk-breaks is for those who sit 6 hours or more a day");
    assertThat(run("plan", "--remind", "30m", "--time", "18:00").err())
        .startsWith("glutewise plan: --remind is for calendars");
  }

  @Test
  void aPlanCanStartTodayOrOnAnyDate() throws IOException {
    assertThat(run("plan", "--save", "--start", "today").exitCode()).isZero();
    Program program = GlutewiseJson.read(Files.readString(data.resolve("glutewise/program.json")), Program.class, "p");
    assertThat(program.sessions().get(0).date()).isEqualTo(CliRun.TODAY);
    assertThat(run("plan", "--save", "--start", "2025-07-02").exitCode()).isZero();
    program = GlutewiseJson.read(Files.readString(data.resolve("glutewise/program.json")), Program.class, "p");
    assertThat(program.sessions().get(0).date()).isEqualTo(java.time.LocalDate.of(2025, 7, 2));
    Result bad = run("plan", "--start", "someday");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).startsWith("glutewise plan: --start must be today, tomorrow or a date written YYYY-MM-DD,"
        + " such as 2025-06-09, not 'someday'").doesNotContain("java.");
    Result impossible = run("plan", "--start", "2025-13-01");
    assertThat(impossible.exitCode()).isEqualTo(2);
    assertThat(impossible.err()).startsWith("glutewise plan: --start '2025-13-01' is not a day of the calendar")
        .doesNotContain("java.");
  }
}
