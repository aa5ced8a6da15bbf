package io.glutewise.export;

import static io.glutewise.export.internal.MarkdownText.escape;

import io.glutewise.core.dose.DoseWords;
import io.glutewise.core.program.Program;
import io.glutewise.planner.stats.PlanSummary;
import io.glutewise.planner.stats.WeekSummary;
import java.util.List;

/**
 * A plan's summary as CommonMark with a GitHub-style table, one row a week: the same numbers as
 * {@code plan --summary} prints as text, for a coach's notes or an issue tracker. Stateless.
 */
final class SummaryMarkdown {
  private SummaryMarkdown() {}

  static String of(Program program, List<WeekSummary> weeks, String notice) {
    StringBuilder md = new StringBuilder("# Plan summary\n\n");
    md.append(escape(PlanSummary.heading(program))).append("\n\n");
    md.append("> **When to see a clinician:** ").append(escape(notice)).append("\n\n");
    md.append("| Week | Phase | Glute max sets | Glute med/min sets | Minutes | Changes |\n");
    md.append("|---:|---|---:|---:|---:|---|\n");
    for (WeekSummary week : weeks) {
      md.append("| ").append(week.week())
          .append(" | ").append(week.phaseLabel())
          .append(" | ").append(DoseWords.number(week.gluteusMaximusSets()))
          .append(" | ").append(DoseWords.number(week.gluteusMediusMinimusSets()))
          .append(" | ").append(week.estimatedMinutes())
          .append(" | ").append(escape(week.changesInWords()))
          .append(" |\n");
    }
    if (!program.notes().isEmpty()) {
      md.append("\n## Notes on this plan\n\n");
      program.notes().forEach(note -> md.append("- ").append(escape(note)).append('\n'));
    }
    return md.toString();
  }

}
