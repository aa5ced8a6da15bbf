package io.glutewise.export;

import static io.glutewise.export.internal.MarkdownText.escape;

import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.Phase;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.SessionPart;
import io.glutewise.core.program.Week;
import io.glutewise.core.trainee.RedFlag;
import io.glutewise.planner.screening.Referral;
import io.glutewise.core.dose.DoseWords;
import io.glutewise.export.internal.ProgramView;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A program, or a referral, as CommonMark with GitHub-style tables: headings per week, a table
 * per session, the exercises' instructions, and a table of weekly sets per muscle. Every text from
 * the program, the catalog or the logs is escaped. Stateless and thread-safe.
 */
final class MarkdownExport {
  private MarkdownExport() {}

  /** The program: overview, notice, phases, schedule, how-to, weekly sets and any logs. */
  static String program(ProgramView view) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(ProgramView.TITLE).append("\n\n");
    md.append(escape(view.overview())).append("\n\n");
    md.append(escape(view.builtFor())).append("\n\n");
    md.append(escape(view.madeWith())).append("\n\n");
    notice(md, view.notice());

    md.append("## Phases\n\n");
    for (Phase phase : view.program().phases()) {
      md.append("- **").append(escape(view.phaseHeading(phase))).append("**: ")
          .append(escape(phase.aim())).append('\n');
    }
    if (!view.program().notes().isEmpty()) {
      md.append("\n## Notes on this plan\n\n");
      view.program().notes().forEach(note -> md.append("- ").append(escape(note)).append('\n'));
    }
    if (!view.program().dailyRoutine().isEmpty()) {
      md.append("\n## Every day, training days and rest days alike\n\n");
      view.program().dailyRoutine().forEach(p -> md.append("- ").append(escape(view.prescriptionLine(p))).append('\n'));
    }

    md.append("\n## Schedule\n");
    for (Week week : view.program().weeks()) {
      md.append("\n### ").append(escape(view.weekHeading(week))).append('\n');
      for (Session session : week.sessions()) {
        md.append("\n#### ").append(escape(view.sessionHeading(session))).append("\n\n");
        md.append("| Part | Exercise | Dose |\n|---|---|---|\n");
        for (SessionPart part : SessionPart.values()) {
          for (Prescription p : session.part(part)) {
            md.append("| ").append(ProgramView.partName(part))
                .append(" | ").append(escape(view.nameOf(p.exerciseId())))
                .append(" | ").append(escape(DoseWords.of(p.dose())))
                .append(p.note().map(n -> " (" + escape(n) + ")").orElse(""))
                .append(" |\n");
          }
        }
      }
    }

    md.append("\n## How to do the exercises\n");
    for (String id : view.exerciseIds()) {
      Exercise exercise = view.exercise(id).orElse(null);
      if (exercise == null) {
        md.append("\n### ").append(escape(id)).append("\n\nNot in catalog ")
            .append(escape(view.catalog().version())).append("; no instructions available.\n");
        continue;
      }
      md.append("\n### ").append(escape(exercise.name())).append("\n\n");
      exercise.summary().ifPresent(s -> md.append(escape(s)).append("\n\n"));
      list(md, "Steps", exercise.steps(), true);
      list(md, "Cues", exercise.cues(), false);
      list(md, "Take care", exercise.cautions(), false);
    }

    md.append("\n## Weekly working sets per muscle\n\n");
    md.append("Sets of the main block; a set counts 1 for each main mover and 0.5 for each"
        + " helper.\n\n");
    if (view.weeklySetsPerMuscle().isPresent()) {
      setsTable(md, view.weeklySetsPerMuscle().get(), view.trainedMuscles());
    } else {
      md.append(escape(view.setsUnavailable())).append('\n');
    }

    if (!view.logs().isEmpty()) {
      md.append("\n## Your logs\n");
      for (SessionLog log : view.logs()) {
        md.append("\n**").append(escape(view.logHeading(log))).append("**");
        view.logPain(log).ifPresent(p -> md.append(" ").append(escape(p)));
        md.append("\n\n");
        for (ExerciseLog exercise : log.exercises()) {
          md.append("- ").append(escape(view.nameOf(exercise.exerciseId()))).append(": ")
              .append(escape(DoseWords.ofSets(exercise.sets())))
              .append("; pain ").append(exercise.painDuring()).append("/10\n");
        }
        log.notes().ifPresent(n -> md.append("\n").append("Notes: ").append(escape(n)).append('\n'));
      }
    }
    return tidy(md);
  }

  /** A referral: the message, the flags in plain words, and the notice. */
  static String referral(Referral referral, String notice) {
    StringBuilder md = new StringBuilder("# See a clinician before you start\n\n");
    md.append(escape(referral.message())).append("\n\nYou answered yes to:\n\n");
    for (RedFlag flag : referral.flags()) {
      md.append("- ").append(escape(flag.plainWords())).append(" (`").append(flag.id())
          .append("`)\n");
    }
    md.append('\n');
    notice(md, notice);
    return tidy(md);
  }

  /** One blank line between blocks, never more, and one line feed at the end. */
  private static String tidy(StringBuilder md) {
    return md.toString().replaceAll("\n{3,}", "\n\n").stripTrailing() + "\n";
  }

  private static void notice(StringBuilder md, String notice) {
    md.append("> **When to see a clinician.** ").append(escape(notice)).append("\n\n");
  }

  private static void list(StringBuilder md, String title, List<String> items, boolean numbered) {
    if (items.isEmpty()) {
      return;
    }
    md.append("**").append(title).append("**\n\n");
    for (int i = 0; i < items.size(); i++) {
      md.append(numbered ? (i + 1) + ". " : "- ").append(escape(items.get(i))).append('\n');
    }
    md.append('\n');
  }

  /** Weeks down, muscles across: a program has more weeks than a page has columns. */
  private static void setsTable(
      StringBuilder md, SortedMap<Integer, Map<Muscle, Double>> sets, List<Muscle> muscles) {
    if (muscles.isEmpty()) {
      md.append("No working sets.\n");
      return;
    }
    md.append("| Week |");
    muscles.forEach(m -> md.append(' ').append(m.displayName()).append(" |"));
    md.append("\n|---:|");
    muscles.forEach(m -> md.append("---:|"));
    md.append('\n');
    for (Map.Entry<Integer, Map<Muscle, Double>> week : sets.entrySet()) {
      md.append("| ").append(week.getKey()).append(" |");
      for (Muscle muscle : muscles) {
        double value = week.getValue().getOrDefault(muscle, 0.0);
        md.append(' ').append(value == 0 ? "-" : DoseWords.number(value)).append(" |");
      }
      md.append('\n');
    }
  }
}
