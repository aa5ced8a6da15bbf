package io.glutewise.export;

import io.glutewise.core.DateWords;
import io.glutewise.core.GlutewiseException;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.ActivationRole;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.MuscleActivation;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.Phase;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.SessionPart;
import io.glutewise.core.program.Week;
import io.glutewise.core.trainee.RedFlag;
import io.glutewise.planner.progress.ProgressReport;
import io.glutewise.planner.screening.Referral;
import io.glutewise.core.dose.DoseWords;
import io.glutewise.export.internal.ProgramView;
import io.glutewise.export.internal.XmlWriter;
import io.glutewise.planner.stats.PlanSummary;
import io.glutewise.planner.stats.WeekSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * A program, or a referral, as one self-contained printable page: well-formed XHTML that browsers
 * read as HTML and that the PDF renderer reads as XML. Inline CSS with print rules, inline SVG
 * charts, no scripts, no external resources; every text is escaped. Stateless and thread-safe.
 */
final class HtmlExport {
  private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
  private static final String STYLESHEET = loadStylesheet();

  private HtmlExport() {}

  /** The page for a program: notice, overview, schedule, exercises, charts and any logs. */
  static String program(ProgramView view) {
    XmlWriter html = open(ProgramView.TITLE);
    html.start("header")
        .element("h1", ProgramView.TITLE)
        .element("p", view.overview())
        .element("p", view.builtFor(), "class", "meta")
        .end();
    notice(html, view.notice());

    html.start("section", "id", "phases").element("h2", "Phases");
    html.start("table").start("thead").start("tr")
        .element("th", "Weeks").element("th", "Phase").element("th", "Aim")
        .end().end().start("tbody");
    for (Phase phase : view.program().phases()) {
      String heading = view.phaseHeading(phase);
      int colon = heading.indexOf(": ");
      html.start("tr")
          .element("td", heading.substring(0, colon), "class", "weeks")
          .element("td", heading.substring(colon + 2))
          .element("td", phase.aim())
          .end();
    }
    html.end().end().end();
    if (!view.program().notes().isEmpty()) {
      html.start("section", "id", "notes").element("h2", "Notes on this plan").start("ul");
      view.program().notes().forEach(note -> html.element("li", note));
      html.end().end();
    }
    if (!view.program().dailyRoutine().isEmpty()) {
      html.start("section", "id", "daily").element("h2", "Every day, training days and rest days alike").start("ul");
      view.program().dailyRoutine().forEach(p -> html.element("li", view.prescriptionLine(p)));
      html.end().end();
    }
    if (everyExerciseIsInTheCatalog(view)) {
      summary(html, view); // minutes and sets need the catalog's figures for each exercise
    }

    schedule(html, view);
    exercises(html, view);

    html.start("section", "id", "volume").element("h2", "Weekly working sets per muscle");
    if (view.weeklySetsPerMuscle().isPresent()) {
      html.start("figure")
          .fragment(SvgCharts.weeklySetsPerMuscle(view.weeklySetsPerMuscle().get()))
          .element("figcaption", "Working sets of the main block per muscle each week. A set"
              + " counts 1 for each main mover and 0.5 for each helper.")
          .end();
      setsTable(html, view.weeklySetsPerMuscle().get(), view.trainedMuscles());
    } else {
      html.element("p", view.setsUnavailable());
    }
    html.end();

    if (!view.logs().isEmpty()) {
      logs(html, view);
    }

    html.start("footer").element("p", view.madeWith())
        .element("p", "glutewise informs; it does not diagnose.").end();
    return close(html);
  }

  /** The page for a referral: the message, the flags in plain words, and the notice. */
  static String referral(Referral referral, String notice) {
    String title = "See a clinician before you start";
    XmlWriter html = open(title);
    html.start("header").element("h1", title).element("p", referral.message()).end();
    html.start("section", "id", "flags").element("h2", "You answered yes to").start("ul");
    for (RedFlag flag : referral.flags()) {
      html.element("li", flag.plainWords(), "id", "flag-" + flag.id());
    }
    html.end().end();
    notice(html, notice);
    return close(html);
  }

  private static XmlWriter open(String title) {
    XmlWriter html = new XmlWriter();
    html.raw("<!DOCTYPE html>");
    html.start("html", "xmlns", XHTML_NS, "lang", "en", "xml:lang", "en");
    html.start("head")
        .empty("meta", "charset", "utf-8")
        .empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1")
        .element("title", title);
    // CSS is raw text: browsers do not decode entities inside <style>; it holds no < or &
    html.start("style").raw(STYLESHEET).end();
    html.end();
    html.start("body");
    return html;
  }

  private static String close(XmlWriter html) {
    return html.end().end().toString() + "\n";
  }

  private static void notice(XmlWriter html, String notice) {
    html.start("section", "class", "notice", "id", "clinician-notice", "role", "note")
        .element("h2", "When to see a clinician")
        .element("p", notice)
        .end();
  }

  private static boolean everyExerciseIsInTheCatalog(ProgramView view) {
    return view.program().sessions().stream()
        .flatMap(session -> session.all().stream())
        .allMatch(p -> view.catalog().find(p.exerciseId()).isPresent());
  }

  /** The week-by-week summary of the planner's statistics: phase, hard sets per glute group, changes, minutes. */
  private static void summary(XmlWriter html, ProgramView view) {
    html.start("section", "id", "summary").element("h2", "Week by week");
    html.start("table").start("thead").start("tr")
        .element("th", "Week").element("th", "Phase").element("th", "Gluteus maximus sets")
        .element("th", "Gluteus medius and minimus sets").element("th", "Minutes").element("th", "Changes")
        .end().end().start("tbody");
    for (WeekSummary week : PlanSummary.of(view.program(), view.catalog())) {
      html.start("tr")
          .element("td", String.valueOf(week.week()))
          .element("td", week.phaseLabel())
          .element("td", DoseWords.number(week.gluteusMaximusSets()))
          .element("td", DoseWords.number(week.gluteusMediusMinimusSets()))
          .element("td", String.valueOf(week.estimatedMinutes()))
          .element("td", week.changesInWords())
          .end();
    }
    html.end().end().end();
  }

  private static void schedule(XmlWriter html, ProgramView view) {
    html.start("section", "id", "schedule").element("h2", "Weekly schedule");
    for (Week week : view.program().weeks()) {
      html.start("section", "class", "week", "id", "week-" + week.number())
          .element("h3", view.weekHeading(week));
      for (Session session : week.sessions()) {
        html.start("div", "class", "session", "id", session.id())
            .element("h4", view.sessionHeading(session));
        html.start("table", "class", "prescriptions").start("thead").start("tr")
            .element("th", "Part", "class", "part")
            .element("th", "Exercise", "class", "exercise")
            .element("th", "Dose")
            .end().end().start("tbody");
        for (SessionPart part : SessionPart.values()) {
          for (Prescription prescription : session.part(part)) {
            html.start("tr").element("td", ProgramView.partName(part));
            html.start("td")
                .element("a", view.nameOf(prescription.exerciseId()),
                    "href", "#exercise-" + prescription.exerciseId())
                .end();
            html.element("td", DoseWords.of(prescription.dose())
                + prescription.note().map(n -> " (" + n + ")").orElse(""));
            html.end();
          }
        }
        html.end().end().end();
      }
      html.end();
    }
    html.end();
  }

  private static void exercises(XmlWriter html, ProgramView view) {
    html.start("section", "id", "exercises").element("h2", "How to do the exercises");
    for (String id : view.exerciseIds()) {
      html.start("section", "class", "exercise", "id", "exercise-" + id);
      Exercise exercise = view.exercise(id).orElse(null);
      if (exercise == null) {
        html.element("h3", id)
            .element("p", "Not in catalog " + view.catalog().version()
                + "; no instructions available.")
            .end();
        continue;
      }
      html.element("h3", exercise.name());
      exercise.summary().ifPresent(s -> html.element("p", s));
      String works =
          exercise.muscles().stream()
              .filter(m -> m.role() != ActivationRole.STABILISER)
              .map(HtmlExport::worked)
              .collect(Collectors.joining(", "));
      if (!works.isEmpty()) {
        html.element("p", "Works: " + works + ".", "class", "meta");
      }
      list(html, "Steps", exercise.steps(), "ol");
      list(html, "Cues", exercise.cues(), "ul");
      list(html, "Take care", exercise.cautions(), "ul");
      html.end();
    }
    html.end();
  }

  private static String worked(MuscleActivation activation) {
    return activation.muscle().displayName()
        + (activation.role() == ActivationRole.PRIMARY ? " (main)" : " (helper)");
  }

  private static void list(XmlWriter html, String title, List<String> items, String tag) {
    if (items.isEmpty()) {
      return;
    }
    html.element("h4", title).start(tag);
    items.forEach(item -> html.element("li", item));
    html.end();
  }

  private static void setsTable(
      XmlWriter html, SortedMap<Integer, Map<Muscle, Double>> sets, List<Muscle> muscles) {
    if (muscles.isEmpty()) {
      return;
    }
    html.start("table", "class", "sets").start("thead").start("tr").element("th", "Week");
    muscles.forEach(m -> html.element("th", m.displayName(), "class", "number"));
    html.end().end().start("tbody");
    for (Map.Entry<Integer, Map<Muscle, Double>> week : sets.entrySet()) {
      html.start("tr").element("td", String.valueOf(week.getKey()));
      for (Muscle muscle : muscles) {
        double value = week.getValue().getOrDefault(muscle, 0.0);
        html.element("td", value == 0 ? "-" : DoseWords.number(value), "class", "number");
      }
      html.end();
    }
    html.end().end();
  }

  private static void logs(XmlWriter html, ProgramView view) {
    html.start("section", "id", "logs").element("h2", "Your logs");
    ProgressReport progress = view.progress();
    html.start("figure")
        .fragment(SvgCharts.painPerSession(progress.sessions(), view.painLimit()))
        .element("figcaption", "Back pain before each logged session, the highest during it and"
            + " the next morning, on the 0-10 scale. Pain above your limit, or worse the next"
            + " morning, holds the program back.")
        .end();
    html.start("figure")
        .fragment(SvgCharts.hardSetsPerWeek(progress.hardSets()))
        .element("figcaption", "Hard sets a week: sets you did of main-block exercises in which"
            + " the glute group is a main mover.")
        .end();
    html.start("table").start("thead").start("tr")
        .element("th", "Date").element("th", "Session").element("th", "Status")
        .element("th", "Pain before", "class", "number")
        .element("th", "Pain during", "class", "number")
        .element("th", "Next morning", "class", "number")
        .element("th", "What was done")
        .end().end().start("tbody");
    for (SessionLog log : view.logs()) {
      html.start("tr")
          .element("td", DateWords.of(log.date()))
          .element("td", log.sessionId())
          .element("td", log.status().id())
          .element("td", log.painBefore().map(String::valueOf).orElse("-"), "class", "number")
          .element("td", log.exercises().isEmpty() ? "-" : String.valueOf(log.painDuring()),
              "class", "number")
          .element("td", log.painNextMorning().map(String::valueOf).orElse("-"), "class", "number");
      html.start("td");
      if (!log.exercises().isEmpty()) {
        html.start("ul");
        for (ExerciseLog exercise : log.exercises()) {
          html.element("li", view.nameOf(exercise.exerciseId()) + ": "
              + DoseWords.ofSets(exercise.sets()) + "; pain " + exercise.painDuring() + "/10");
        }
        html.end();
      }
      log.notes().ifPresent(n -> html.element("p", "Notes: " + n));
      html.end().end();
    }
    html.end().end().end();
  }

  private static String loadStylesheet() {
    try (InputStream in = HtmlExport.class.getResourceAsStream("page.css")) {
      if (in == null) {
        throw new GlutewiseException("the export stylesheet page.css is missing from the jar");
      }
      String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (css.contains("<") || css.contains("&")) {
        throw new GlutewiseException("page.css must not contain < or &: it is written unescaped");
      }
      return "\n" + css;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
