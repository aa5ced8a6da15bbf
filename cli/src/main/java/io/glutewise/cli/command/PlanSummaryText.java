package io.glutewise.cli.command;

import io.glutewise.catalog.Catalog;
import io.glutewise.cli.text.Paragraphs;
import io.glutewise.cli.text.TextTable;
import io.glutewise.core.dose.DoseWords;
import io.glutewise.core.program.Program;
import io.glutewise.planner.stats.PlanSummary;
import io.glutewise.planner.stats.WeekSummary;

/**
 * {@code plan --summary}: the planner's week-by-week summary as a table a coach reads at a glance.
 * It only lays out the numbers of {@link PlanSummary}.
 */
final class PlanSummaryText {
  private static final int WIDTH = 100;

  private PlanSummaryText() {}

  static String of(Program program, Catalog catalog, String clinicianNotice) {
    StringBuilder text = new StringBuilder();
    text.append("PLAN SUMMARY\n");
    Paragraphs.wrap(PlanSummary.heading(program), "").forEach(line -> text.append(line).append('\n'));
    text.append('\n');
    Paragraphs.wrap("When to see a clinician: " + clinicianNotice, "").forEach(line -> text.append(line).append('\n'));
    text.append('\n');
    TextTable table = TextTable.withHeaders("week", "phase", "glute max", "glute med/min", "min/week", "changes");
    for (WeekSummary week : PlanSummary.of(program, catalog)) {
      table.row(String.valueOf(week.week()),
          week.phaseLabel(),
          DoseWords.number(week.gluteusMaximusSets()),
          DoseWords.number(week.gluteusMediusMinimusSets()),
          String.valueOf(week.estimatedMinutes()),
          week.changesInWords());
    }
    table.render(WIDTH).forEach(line -> text.append(line).append('\n'));
    if (!program.notes().isEmpty()) {
      text.append("\nNotes:\n");
      program.notes().forEach(note -> text.append("- ").append(note).append('\n'));
    }
    return text.toString();
  }
}
