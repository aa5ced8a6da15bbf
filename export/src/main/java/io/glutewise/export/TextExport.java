package io.glutewise.export;

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
import io.glutewise.export.internal.TextLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A program, or a referral, as plain text that reads well in a terminal or on paper: no line is
 * wider than 80 columns (see {@link TextLines#WIDTH}), whatever the names and notes hold.
 * Stateless and thread-safe.
 */
final class TextExport {
  private static final int NAME_COLUMN = 23;
  private static final int WEEK_COLUMN = 6;

  private TextExport() {}

  /** The program: overview, notice, phases, schedule, how-to, weekly sets and any logs. */
  static String program(ProgramView view) {
    TextLines text = new TextLines();
    text.heading(ProgramView.TITLE, '=');
    text.paragraph(view.overview(), "");
    text.paragraph(view.builtFor(), "");
    text.paragraph(view.madeWith(), "");
    notice(text, view.notice());

    text.blank().heading("Phases", '-');
    for (Phase phase : view.program().phases()) {
      text.paragraph(view.phaseHeading(phase), "");
      text.paragraph(phase.aim(), "  ");
    }

    if (!view.program().notes().isEmpty()) {
      text.blank().heading("Notes on this plan", '-');
      for (String note : view.program().notes()) {
        text.paragraph(note, "- ", "  ");
      }
    }

    if (!view.program().dailyRoutine().isEmpty()) {
      text.blank().heading("Every day, training days and rest days alike", '-');
      for (Prescription prescription : view.program().dailyRoutine()) {
        text.paragraph(view.prescriptionLine(prescription), "- ", "  ");
      }
    }

    text.blank().heading("Schedule", '-');
    for (Week week : view.program().weeks()) {
      text.blank().paragraph(view.weekHeading(week), "");
      for (Session session : week.sessions()) {
        text.paragraph(view.sessionHeading(session), "  ");
        for (SessionPart part : SessionPart.values()) {
          List<Prescription> prescriptions = session.part(part);
          if (prescriptions.isEmpty()) {
            continue;
          }
          text.line("    " + ProgramView.partName(part));
          for (Prescription prescription : prescriptions) {
            text.paragraph(view.prescriptionLine(prescription), "      - ", "        ");
          }
        }
      }
    }

    text.blank().heading("How to do the exercises", '-');
    for (String id : view.exerciseIds()) {
      text.blank();
      Exercise exercise = view.exercise(id).orElse(null);
      if (exercise == null) {
        text.paragraph(id + ": not in catalog " + view.catalog().version()
            + "; no instructions available.", "");
        continue;
      }
      text.paragraph(exercise.name() + " (" + id + ")", "");
      exercise.summary().ifPresent(s -> text.paragraph(s, "  "));
      list(text, "Steps", exercise.steps(), true);
      list(text, "Cues", exercise.cues(), false);
      list(text, "Take care", exercise.cautions(), false);
    }

    text.blank().heading("Weekly working sets per muscle", '-');
    text.paragraph("Sets of the main block; a set counts 1 for each main mover and 0.5 for each"
        + " helper.", "");
    if (view.weeklySetsPerMuscle().isPresent()) {
      setsTable(text, view.weeklySetsPerMuscle().get(), view.trainedMuscles());
    } else {
      text.paragraph(view.setsUnavailable(), "");
    }

    if (!view.logs().isEmpty()) {
      text.blank().heading("Your logs", '-');
      for (SessionLog log : view.logs()) {
        text.blank().paragraph(view.logHeading(log), "", "  ");
        view.logPain(log).ifPresent(p -> text.paragraph(p, "  ", "    "));
        for (ExerciseLog exercise : log.exercises()) {
          text.paragraph(view.nameOf(exercise.exerciseId()) + ": "
              + DoseWords.ofSets(exercise.sets()) + "; pain " + exercise.painDuring() + "/10",
              "  - ", "    ");
        }
        log.notes().ifPresent(n -> text.paragraph("Notes: " + n, "  ", "    "));
      }
    }
    return text.toString();
  }

  /** A referral: the message, the flags in plain words, and the notice. */
  static String referral(Referral referral, String notice) {
    TextLines text = new TextLines();
    text.heading("See a clinician before you start", '=');
    text.paragraph(referral.message(), "");
    text.blank().paragraph("You answered yes to:", "");
    for (RedFlag flag : referral.flags()) {
      text.paragraph(flag.plainWords() + " (" + flag.id() + ")", "  - ", "    ");
    }
    notice(text, notice);
    return text.toString();
  }

  private static void notice(TextLines text, String notice) {
    text.blank().heading("When to see a clinician", '-');
    text.paragraph(notice, "");
  }

  private static void list(TextLines text, String title, List<String> items, boolean numbered) {
    if (items.isEmpty()) {
      return;
    }
    text.line("  " + title + ":");
    for (int i = 0; i < items.size(); i++) {
      String bullet = numbered ? "    " + (i + 1) + ". " : "    - ";
      text.paragraph(items.get(i), bullet, " ".repeat(bullet.length()));
    }
  }

  /** Muscles down, weeks across, in blocks of weeks that fit the width. */
  private static void setsTable(
      TextLines text, SortedMap<Integer, Map<Muscle, Double>> sets, List<Muscle> muscles) {
    if (muscles.isEmpty()) {
      text.paragraph("No working sets.", "");
      return;
    }
    List<Integer> weeks = new ArrayList<>(sets.keySet());
    int perBlock = (TextLines.WIDTH - NAME_COLUMN) / WEEK_COLUMN;
    for (int from = 0; from < weeks.size(); from += perBlock) {
      List<Integer> block = weeks.subList(from, Math.min(weeks.size(), from + perBlock));
      StringBuilder header = new StringBuilder(pad("muscle", NAME_COLUMN));
      block.forEach(w -> header.append(padLeft("wk " + w, WEEK_COLUMN)));
      text.blank().line(header.toString());
      for (Muscle muscle : muscles) {
        StringBuilder row = new StringBuilder(pad(muscle.displayName(), NAME_COLUMN));
        for (int week : block) {
          double value = sets.get(week).getOrDefault(muscle, 0.0);
          row.append(padLeft(value == 0 ? "-" : DoseWords.number(value), WEEK_COLUMN));
        }
        text.line(row.toString());
      }
    }
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text.substring(0, width - 1) + " "
        : text + " ".repeat(width - text.length());
  }

  private static String padLeft(String text, int width) {
    return text.length() >= width ? " " + text.substring(0, width - 1)
        : " ".repeat(width - text.length()) + text;
  }
}
