package io.glutewise.export;

import io.glutewise.core.DateWords;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.log.SessionStatus;
import io.glutewise.core.dose.DoseWords;
import io.glutewise.export.internal.XmlWriter;
import io.glutewise.planner.progress.ProgressReport;
import io.glutewise.planner.progress.ProgressReport.GluteSets;
import io.glutewise.planner.progress.ProgressReport.SessionRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * Inline SVG charts for the HTML page (and so the PDF): a stacked bar chart of working sets per
 * muscle per week, and, from a {@link ProgressReport}, a line chart of pain before, during and the
 * morning after each logged session and a bar chart of hard sets per glute group per week.
 *
 * <p>Each chart is one self-contained {@code <svg>} element in the SVG namespace, with a title and
 * a tooltip on every bar and point, drawing only from the data given (no scripts, no external
 * fonts or images), so it can be embedded in any XHTML or HTML page. Output is deterministic: the
 * same data gives the same bytes. Stateless and thread-safe.
 */
public final class SvgCharts {
  /** The width of both charts in CSS pixels: the printable width of an A4 page. */
  public static final int WIDTH = 680;

  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final String FONT = "sans-serif";
  private static final int LEFT = 44;
  private static final int RIGHT = 14;
  private static final int TOP = 18;
  private static final int PLOT_HEIGHT = 200;
  private static final int LEGEND_ROW = 18;
  private static final String AXIS = "#444444";
  private static final String GRID = "#dddddd";
  private static final String PAIN_DURING = "#c0392b";
  private static final String PAIN_MORNING = "#1f5fa8";
  private static final String PAIN_BEFORE = "#6b6b6b";
  private static final String MAXIMUS = "#7b2d8b";
  private static final String MEDIUS = "#e7a700";

  // one colour per muscle, glutes in the strongest hues; chosen to stay apart in greyscale print
  private static final Map<Muscle, String> COLOURS = new EnumMap<>(Muscle.class);

  static {
    String[] palette = {
      "#7b2d8b", "#d95f02", "#e7a700", "#1b9e77", "#66a61e", "#a6761d",
      "#e7298a", "#7570b3", "#666666", "#1f78b4", "#a6cee3", "#b2df8a"
    };
    for (Muscle muscle : Muscle.values()) {
      COLOURS.put(muscle, palette[muscle.ordinal() % palette.length]);
    }
  }

  private SvgCharts() {}

  /**
   * A stacked bar chart: one bar per week, one coloured segment per muscle, with a legend.
   *
   * @param setsPerWeek week number to working sets per muscle, as from
   *     {@code ProgramStatistics.weeklySetsPerMuscle()}; muscles with no sets may be left out
   * @return an {@code <svg>} element; a short message in place of bars when there are no weeks
   */
  public static String weeklySetsPerMuscle(SortedMap<Integer, Map<Muscle, Double>> setsPerWeek) {
    List<Muscle> muscles =
        Arrays.stream(Muscle.values())
            .filter(m -> setsPerWeek.values().stream().anyMatch(w -> w.getOrDefault(m, 0.0) > 0))
            .toList();
    int legendRows = (muscles.size() + 2) / 3;
    int height = TOP + PLOT_HEIGHT + 40 + legendRows * LEGEND_ROW;
    XmlWriter svg = open("Working sets per muscle, week by week", height);
    svg.element("desc", "Each bar is one week; each coloured part is the working sets for one"
        + " muscle (a set counts 1 for a main mover and 0.5 for a helper).");
    if (setsPerWeek.isEmpty() || muscles.isEmpty()) {
      svg.element("text", "No working sets to show.", "x", "20", "y", "40", "font-family", FONT,
          "font-size", "13");
      return svg.end().toString();
    }
    double max =
        setsPerWeek.values().stream()
            .mapToDouble(w -> w.values().stream().mapToDouble(Double::doubleValue).sum())
            .max()
            .orElse(0);
    double step = niceStep(max);
    double top = Math.max(step, Math.ceil(max / step) * step);
    yAxis(svg, top, step, "sets");

    int plotWidth = WIDTH - LEFT - RIGHT;
    double slot = (double) plotWidth / setsPerWeek.size();
    double barWidth = slot * 0.7;
    int labelEvery = setsPerWeek.size() > 16 ? 2 : 1;
    int i = 0;
    for (Map.Entry<Integer, Map<Muscle, Double>> week : setsPerWeek.entrySet()) {
      double x = LEFT + i * slot + (slot - barWidth) / 2;
      double base = TOP + PLOT_HEIGHT;
      for (Muscle muscle : muscles) {
        double sets = week.getValue().getOrDefault(muscle, 0.0);
        if (sets <= 0) {
          continue;
        }
        double h = sets / top * PLOT_HEIGHT;
        base -= h;
        svg.start("rect", "x", n(x), "y", n(base), "width", n(barWidth), "height", n(h),
                "fill", COLOURS.get(muscle))
            .element("title", "Week " + week.getKey() + ", " + muscle.displayName() + ": "
                + DoseWords.number(sets) + " sets")
            .end();
      }
      if (i % labelEvery == 0) {
        xLabel(svg, x + barWidth / 2, String.valueOf(week.getKey()));
      }
      i++;
    }
    xAxisTitle(svg, "week");

    int legendTop = TOP + PLOT_HEIGHT + 40;
    for (int m = 0; m < muscles.size(); m++) {
      Muscle muscle = muscles.get(m);
      double x = LEFT + (m % 3) * (plotWidth / 3.0);
      double y = legendTop + (m / 3) * LEGEND_ROW;
      swatch(svg, x, y, COLOURS.get(muscle), muscle.displayName());
    }
    return svg.end().toString();
  }

  /**
   * A line chart of pain per logged session, in plan order: pain before the session, the highest
   * pain during it and the pain the next morning (before and next morning where recorded), with
   * the trainee's limit as a dashed line. Missed and unlogged sessions are left out. The
   * description spells out every value, for readers who cannot see the chart.
   *
   * @param rows the sessions of a {@link ProgressReport}, as {@code ProgressReport.sessions()}
   * @param painLimit the trainee's acceptable pain during exercise, 0 to 10
   * @return an {@code <svg>} element; a short message in place of lines when nothing was done
   */
  public static String painPerSession(List<SessionRow> rows, int painLimit) {
    List<SessionLog> done = rows.stream()
        .flatMap(r -> r.log().stream())
        .filter(l -> l.status() != SessionStatus.MISSED)
        .toList();
    int height = TOP + PLOT_HEIGHT + 40 + LEGEND_ROW;
    XmlWriter svg = open("Back pain before, during and the morning after each session", height);
    svg.element("desc", painDescription(done, painLimit));
    if (done.isEmpty()) {
      svg.element("text", "No sessions logged yet.", "x", "20", "y", "40", "font-family", FONT,
          "font-size", "13");
      return svg.end().toString();
    }
    yAxis(svg, 10, 2, "pain 0-10");
    int plotWidth = WIDTH - LEFT - RIGHT;
    double limitY = y(painLimit, 10);
    svg.empty("line", "x1", n(LEFT), "y1", n(limitY), "x2", n(LEFT + plotWidth), "y2", n(limitY),
        "stroke", AXIS, "stroke-width", "1.5", "stroke-dasharray", "6 4");

    List<double[]> before = new ArrayList<>();
    List<double[]> during = new ArrayList<>();
    List<double[]> morning = new ArrayList<>();
    int labelEvery = Math.max(1, (done.size() + 9) / 10);
    for (int i = 0; i < done.size(); i++) {
      SessionLog log = done.get(i);
      double x = done.size() == 1 ? LEFT + plotWidth / 2.0
          : LEFT + 10 + i * (plotWidth - 20.0) / (done.size() - 1);
      log.painBefore().ifPresent(p -> before.add(new double[] {x, p}));
      during.add(new double[] {x, log.painDuring()});
      log.painNextMorning().ifPresent(p -> morning.add(new double[] {x, p}));
      if (i % labelEvery == 0) {
        xLabel(svg, x, log.sessionId());
      }
    }
    line(svg, before, PAIN_BEFORE, "4 3");
    line(svg, during, PAIN_DURING, null);
    line(svg, morning, PAIN_MORNING, null);
    for (int i = 0; i < done.size(); i++) {
      SessionLog log = done.get(i);
      String when = log.sessionId() + " (" + DateWords.of(log.date()) + ")";
      double x = during.get(i)[0];
      log.painBefore().ifPresent(p -> point(svg, new double[] {x, p}, PAIN_BEFORE, "pain-before",
          when + ": pain before " + p + "/10"));
      point(svg, during.get(i), PAIN_DURING, "pain-during",
          when + ": highest pain during " + log.painDuring() + "/10");
      log.painNextMorning().ifPresent(p -> point(svg, new double[] {x, p}, PAIN_MORNING,
          "pain-morning", when + ": pain next morning " + p + "/10"));
    }
    xAxisTitle(svg, "logged sessions, in plan order");
    double legendY = TOP + PLOT_HEIGHT + 40;
    double column = plotWidth / 4.0;
    legendLine(svg, LEFT, legendY, PAIN_BEFORE, "4 3", "before");
    legendLine(svg, LEFT + column, legendY, PAIN_DURING, null, "highest during");
    legendLine(svg, LEFT + 2 * column, legendY, PAIN_MORNING, null, "next morning");
    legendLine(svg, LEFT + 3 * column, legendY, AXIS, "6 4", "your limit (" + painLimit + "/10)");
    return svg.end().toString();
  }

  private static String painDescription(List<SessionLog> done, int painLimit) {
    if (done.isEmpty()) {
      return "No session has been logged as done yet, so there is no pain to show.";
    }
    StringBuilder text = new StringBuilder("Back pain on the 0 to 10 scale for each logged session;"
        + " your limit is " + painLimit + "/10.");
    for (SessionLog log : done) {
      text.append(' ').append(log.sessionId()).append(" on ").append(DateWords.of(log.date()))
          .append(": before ").append(log.painBefore().map(String::valueOf).orElse("not recorded"))
          .append(", during ").append(log.painDuring())
          .append(", next morning ").append(log.painNextMorning().map(String::valueOf).orElse("not recorded"))
          .append('.');
    }
    return text.toString();
  }

  /**
   * A grouped bar chart of hard sets per week: one bar for the gluteus maximus and one for the
   * gluteus medius and minimus, as {@link ProgressReport#hardSets()} counts them. The description
   * spells out every week's figures.
   *
   * @param hardSets week number to hard sets per glute group
   * @return an {@code <svg>} element; a short message in place of bars when there are no weeks
   */
  public static String hardSetsPerWeek(SortedMap<Integer, GluteSets> hardSets) {
    int height = TOP + PLOT_HEIGHT + 40 + LEGEND_ROW;
    XmlWriter svg = open("Hard sets per glute group, week by week", height);
    StringBuilder desc = new StringBuilder("Performed sets of main-block exercises with the glute"
        + " group as a main mover, per week.");
    hardSets.forEach((week, sets) -> desc.append(" Week ").append(week).append(": gluteus maximus ")
        .append(sets.maximus()).append(", gluteus medius and minimus ").append(sets.mediusMinimus())
        .append('.'));
    svg.element("desc", hardSets.isEmpty() ? "No week has logged sets yet." : desc.toString());
    if (hardSets.isEmpty()) {
      svg.element("text", "No sessions logged yet.", "x", "20", "y", "40", "font-family", FONT,
          "font-size", "13");
      return svg.end().toString();
    }
    int max = hardSets.values().stream()
        .mapToInt(s -> Math.max(s.maximus(), s.mediusMinimus())).max().orElse(0);
    double step = niceStep(max);
    double top = Math.max(step, Math.ceil(max / step) * step);
    yAxis(svg, top, step, "hard sets");
    int plotWidth = WIDTH - LEFT - RIGHT;
    double slot = (double) plotWidth / hardSets.size();
    double barWidth = Math.min(28, slot * 0.35);
    int i = 0;
    for (Map.Entry<Integer, GluteSets> week : hardSets.entrySet()) {
      double middle = LEFT + (i + 0.5) * slot;
      bar(svg, middle - barWidth, barWidth, week.getValue().maximus(), top, MAXIMUS,
          "Week " + week.getKey() + ", gluteus maximus: " + week.getValue().maximus() + " hard sets");
      bar(svg, middle, barWidth, week.getValue().mediusMinimus(), top, MEDIUS,
          "Week " + week.getKey() + ", gluteus medius and minimus: " + week.getValue().mediusMinimus()
              + " hard sets");
      xLabel(svg, middle, String.valueOf(week.getKey()));
      i++;
    }
    xAxisTitle(svg, "week");
    double legendY = TOP + PLOT_HEIGHT + 40;
    swatch(svg, LEFT, legendY, MAXIMUS, "gluteus maximus");
    swatch(svg, LEFT + plotWidth / 2.0, legendY, MEDIUS, "gluteus medius and minimus");
    return svg.end().toString();
  }

  private static void bar(XmlWriter svg, double x, double width, int sets, double top, String colour,
      String title) {
    double h = sets / top * PLOT_HEIGHT;
    svg.start("rect", "x", n(x), "y", n(TOP + PLOT_HEIGHT - h), "width", n(width), "height", n(h),
            "fill", colour)
        .element("title", title)
        .end();
  }

  private static XmlWriter open(String title, int height) {
    XmlWriter svg = new XmlWriter();
    svg.start("svg", "xmlns", SVG_NS, "width", String.valueOf(WIDTH),
        "height", String.valueOf(height), "viewBox", "0 0 " + WIDTH + " " + height,
        "role", "img", "aria-label", title);
    svg.element("title", title);
    return svg;
  }

  private static void yAxis(XmlWriter svg, double top, double step, String label) {
    int plotWidth = WIDTH - LEFT - RIGHT;
    for (double v = 0; v <= top + 1e-9; v += step) {
      double y = y(v, top);
      svg.empty("line", "x1", n(LEFT), "y1", n(y), "x2", n(LEFT + plotWidth), "y2", n(y),
          "stroke", v == 0 ? AXIS : GRID, "stroke-width", "1");
      svg.element("text", DoseWords.number(v), "x", n(LEFT - 6), "y", n(y + 4),
          "text-anchor", "end", "font-family", FONT, "font-size", "10", "fill", AXIS);
    }
    svg.element("text", label, "x", n(LEFT - 6), "y", n(TOP - 6), "text-anchor", "end",
        "font-family", FONT, "font-size", "11", "fill", AXIS);
  }

  /** A label under the plot, at one bar or point. */
  private static void xLabel(XmlWriter svg, double x, String label) {
    svg.element("text", label, "x", n(x), "y", n(TOP + PLOT_HEIGHT + 14), "text-anchor", "middle",
        "font-family", FONT, "font-size", "10", "fill", AXIS);
  }

  /** What the horizontal axis counts, centred under the labels. */
  private static void xAxisTitle(XmlWriter svg, String title) {
    svg.element("text", title, "x", n(LEFT + (WIDTH - LEFT - RIGHT) / 2.0), "y", n(TOP + PLOT_HEIGHT + 30),
        "text-anchor", "middle", "font-family", FONT, "font-size", "11", "fill", AXIS);
  }

  /** A legend entry: a coloured square and its name. */
  private static void swatch(XmlWriter svg, double x, double y, String colour, String label) {
    svg.empty("rect", "x", n(x), "y", n(y), "width", "10", "height", "10", "fill", colour);
    svg.element("text", label, "x", n(x + 15), "y", n(y + 9), "font-family", FONT, "font-size", "11",
        "fill", AXIS);
  }

  private static void line(XmlWriter svg, List<double[]> points, String colour, String dashes) {
    if (points.size() < 2) {
      return;
    }
    StringBuilder coordinates = new StringBuilder();
    for (double[] p : points) {
      coordinates.append(coordinates.length() == 0 ? "" : " ")
          .append(n(p[0])).append(',').append(n(y(p[1], 10)));
    }
    svg.empty("polyline", "points", coordinates.toString(), "fill", "none", "stroke", colour,
        "stroke-width", "2", "stroke-dasharray", dashes);
  }

  private static void point(XmlWriter svg, double[] p, String colour, String series, String title) {
    svg.start("circle", "cx", n(p[0]), "cy", n(y(p[1], 10)), "r", "3.5", "fill", colour,
            "class", series)
        .element("title", title)
        .end();
  }

  private static void legendLine(
      XmlWriter svg, double x, double y, String colour, String dashes, String label) {
    svg.empty("line", "x1", n(x), "y1", n(y + 5), "x2", n(x + 22), "y2", n(y + 5),
        "stroke", colour, "stroke-width", "2", "stroke-dasharray", dashes);
    svg.element("text", label, "x", n(x + 28), "y", n(y + 9), "font-family", FONT,
        "font-size", "11", "fill", AXIS);
  }

  private static double y(double value, double top) {
    return TOP + PLOT_HEIGHT * (1 - value / top);
  }

  /** A step for about five grid lines: 1, 2, 5, 10, 20, 50... */
  private static double niceStep(double max) {
    double step = 1;
    while (max / step > 6) {
      if (max / (step * 2) <= 6) {
        return step * 2;
      }
      if (max / (step * 5) <= 6) {
        return step * 5;
      }
      step *= 10;
    }
    return step;
  }

  /** A coordinate with at most two decimals, the same on every machine. */
  private static String n(double value) {
    String text = String.format(Locale.ROOT, "%.2f", value);
    text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    return text.equals("-0") ? "0" : text;
  }
}
