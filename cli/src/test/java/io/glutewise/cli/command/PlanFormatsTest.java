package io.glutewise.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.cli.CliRun;
import io.glutewise.cli.CliRun.Result;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.export.ExportFormat;
import io.glutewise.export.ProgramEnvelope;
import io.glutewise.export.ProgramExport;
import io.glutewise.planner.Planner;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@code glutewise plan --format X} prints for a fixed profile, start date and seed: exactly
 * the export of the program it planned. The formats themselves are pinned once, by the export
 * module's golden files; the command line only translates options.
 */
class PlanFormatsTest {
  private static final String[] PLAN = {
    "plan", "--start", "2025-01-06", "--seed", "42", "--equipment", "mat,band", "--days", "3",
    "--sign", "glutes-not-felt", "--sitting-hours", "8"
  };

  @TempDir Path data;
  @TempDir Path work;

  private Result plan(String... more) {
    String[] args = new String[PLAN.length + more.length];
    System.arraycopy(PLAN, 0, args, 0, PLAN.length);
    System.arraycopy(more, 0, args, PLAN.length, more.length);
    return CliRun.in(data).run(args);
  }

  private Program plannedProgram() {
    Result json = plan("--format", "json");
    assertThat(json.exitCode()).as(json.toString()).isZero();
    return GlutewiseJson.read(json.out(), ProgramEnvelope.class, "json").program();
  }

  @ParameterizedTest
  @CsvSource({"text", "markdown", "json", "ics", "html"})
  void eachTextFormatPrintsTheExportOfThePlannedProgram(String format) {
    Result result = plan("--format", format);
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).isEmpty();
    byte[] expected = ProgramExport.of(Planner.standard())
        .export(ExportFormat.fromId(format), plannedProgram());
    assertThat(result.out()).isEqualTo(new String(expected, StandardCharsets.UTF_8));
  }

  @Test
  void theSamePlanWrittenToAFileIsByteForByteWhatIsPrinted() throws IOException {
    Path file = work.resolve("plan.md");
    assertThat(plan("--format", "markdown", "-o", file.toString()).exitCode()).isZero();
    assertThat(Files.readString(file)).isEqualTo(plan("--format", "markdown").out());
  }

  @Test
  void theCalendarParsesBackWithOneEventPerSessionOnItsDate() throws Exception {
    Result json = plan("--format", "json");
    Program program = GlutewiseJson.read(json.out(), ProgramEnvelope.class, "json").program();
    Result ics = plan("--format", "ics");
    assertThat(ics.exitCode()).isZero();

    Calendar calendar = new CalendarBuilder().build(new StringReader(ics.out()));
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    List<Session> sessions = program.sessions();
    assertThat(events).hasSameSizeAs(sessions);
    for (int i = 0; i < sessions.size(); i++) {
      VEvent event = events.get(i);
      assertThat(event.getSummary().getValue()).contains(sessions.get(i).id());
      assertThat(event.getDateTimeStart().getDate()).isEqualTo(sessions.get(i).date());
    }
    assertThat(events.get(0).getDescription().getValue().replaceAll("\\s+", " ")).containsIgnoringCase("clinician");
  }

  @Test
  void theSummaryComesAsTextMarkdownOrJsonWithAWeekPerRowAndTheNotice() {
    Program program = plannedProgram();
    Result text = plan("--summary");
    assertThat(text.exitCode()).as(text.toString()).isZero();
    assertThat(text.out()).startsWith("PLAN SUMMARY").contains("When to see a clinician");

    Result md = plan("--summary", "--format", "markdown");
    assertThat(md.exitCode()).as(md.toString()).isZero();
    assertThat(md.out().lines().filter(line -> line.matches("\\| \\d+ \\|.*"))).hasSize(program.weeks().size());
    assertThat(md.out()).contains("When to see a clinician");
    // both open with the planner's one sentence of what the plan was built for
    String heading = io.glutewise.planner.stats.PlanSummary.heading(program);
    assertThat(heading).startsWith(program.weeks().size() + " weeks for " + program.builtFrom().profile().level().person() + ", ");
    assertThat(text.out().replaceAll("\\s+", " ")).contains(heading);
    assertThat(md.out()).contains(heading);
    assertThat(text.out().lines().takeWhile(line -> !line.startsWith("week ")))
        .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));

    Result json = plan("--summary", "--format", "json");
    assertThat(json.exitCode()).as(json.toString()).isZero();
    io.glutewise.export.SummaryEnvelope summary = GlutewiseJson.read(json.out(),
        io.glutewise.export.SummaryEnvelope.class, "json");
    assertThat(summary.weeks()).hasSize(program.weeks().size());
    assertThat(summary.builtFrom()).isEqualTo(program.builtFrom());
  }

  @Test
  void aSummaryInAFormatThatHasNoneIsRefusedInPlainWords() {
    Result html = plan("--summary", "--format", "html");
    assertThat(html.exitCode()).isEqualTo(2);
    assertThat(html.err()).contains("--summary prints text, markdown or json, not html").doesNotContain("Exception");
    assertThat(html.out()).isEmpty();
  }

  @Test
  void aTimedCalendarPutsEverySessionAtTheGivenTime() throws Exception {
    Result ics = plan("--format", "ics", "--time", "18:30");
    assertThat(ics.exitCode()).as(ics.toString()).isZero();
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics.out()));
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    assertThat(events).isNotEmpty();
    assertThat(events.get(0).getDateTimeStart().getValue()).endsWith("T183000");
  }

  @Test
  void thePdfIsAReadableDocumentWithTheSessionsAndTheNotice() throws IOException {
    Path file = work.resolve("plan.pdf");
    Result result = plan("--format", "pdf", "-o", file.toString());
    assertThat(result.exitCode()).as(result.toString()).isZero();
    byte[] pdf = Files.readAllBytes(file);
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("w01-s1", "w12-s3").containsIgnoringCase("clinician");
    }
  }
}
