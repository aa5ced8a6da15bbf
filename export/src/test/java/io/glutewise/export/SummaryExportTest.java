package io.glutewise.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.program.Program;
import io.glutewise.planner.stats.PlanSummary;
import org.junit.jupiter.api.Test;

/** The plan summary as Markdown and JSON carries the planner's numbers, a row per week, and the notice. */
class SummaryExportTest {
  private final Program program = ExportFixtures.program();
  private final ProgramExport export = ExportFixtures.exporter();

  @Test
  void theJsonSummaryReadsBackAsThePlannersWeeks() {
    SummaryEnvelope read = GlutewiseJson.read(export.summaryJson(program), SummaryEnvelope.class, "test");

    assertThat(read.weeks()).isEqualTo(PlanSummary.of(program, export.catalog()));
    assertThat(read.builtFrom()).isEqualTo(program.builtFrom());
    assertThat(read.notes()).isEqualTo(program.notes());
    assertThat(read.notice()).isEqualTo(export.clinicianNotice());
  }

  @Test
  void theMarkdownSummaryHasOneTableRowPerWeekAndTheNotice() {
    String md = export.summaryMarkdown(program);

    long rows = md.lines().filter(line -> line.matches("\\| \\d+ \\|.*")).count();
    assertThat(rows).isEqualTo(program.weeks().size());
    assertThat(md).contains("When to see a clinician").contains("| Week | Phase |");
    PlanSummary.of(program, export.catalog()).forEach(week -> assertThat(md)
        .contains("| " + week.week() + " | " + week.phase().id() + (week.deload() ? " (deload)" : "") + " | "));
  }
}
