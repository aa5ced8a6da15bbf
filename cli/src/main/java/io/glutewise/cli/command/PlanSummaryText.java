package io.glutewise.cli.command;

import io.glutewise.catalog.Catalog;
import io.glutewise.cli.text.TextTable;
import io.glutewise.core.dose.DoseWords;
import io.glutewise.core.program.Program;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.stats.PlanSummary;
import io.glutewise.planner.stats.WeekSummary;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code plan --summary}: the planner's week-by-week summary as a table a coach reads at a glance.
 * It only lays out the numbers of {@link PlanSummary}.
 */
final class PlanSummaryText {
  private static final int WIDTH = 100;

  private PlanSummaryText() {}

  static String of(Program program, Catalog catalog, String clinicianNotice) {
    TraineeProfile profile = program.builtFrom().profile();
    StringBuilder text = new StringBuilder();
    text.append("PLAN SUMMARY\n");
    text.append(program.weeks().size()).append(" weeks for ").append(article(profile.level().id())).append(' ')
        .append(profile.level().id()).append(", ").append(profile.daysPerWeek()).append(profile.daysPerWeek() == 1 ? " day a week, " : " days a week, ")
        .append(profile.minutesPerSession()).append(" minutes a session; ")
        .append(program.builtFrom().options().model().id()).append(" periodization.\n");
    text.append("Hard sets: sets of the main block in which the group is a primary mover.\n\n");
    text.append("When to see a clinician: ").append(clinicianNotice).append("\n\n");
    TextTable table = TextTable.withHeaders("week", "phase", "glute max", "glute med/min", "min/week", "changes");
    for (WeekSummary week : PlanSummary.of(program, catalog)) {
      List<String> changes = new ArrayList<>(week.variantChanges());
      changes.addAll(week.loadChanges());
      table.row(String.valueOf(week.week()),
          week.phase().id() + (week.deload() ? " (deload)" : ""),
          DoseWords.number(week.gluteusMaximusSets()),
          DoseWords.number(week.gluteusMediusMinimusSets()),
          String.valueOf(week.estimatedMinutes()),
          String.join("; ", changes));
    }
    table.render(WIDTH).forEach(line -> text.append(line).append('\n'));
    if (!program.notes().isEmpty()) {
      text.append("\nNotes:\n");
      program.notes().forEach(note -> text.append("- ").append(note).append('\n'));
    }
    return text.toString();
  }

  private static String article(String word) {
    return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }

}
