package io.glutewise.export;

import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.log.SessionStatus;
import io.glutewise.export.internal.DateWords;
import io.glutewise.core.dose.DoseWords;
import io.glutewise.export.internal.XmlWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Inline SVG charts for the HTML page (and so the PDF): a stacked bar chart of working sets per
 * muscle per week, and a line chart of pain during sessions and the next morning.
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
        svg.element("text", String.valueOf(week.getKey()), "x", n(x + barWidth / 2),
            "y", n(TOP + PLOT_HEIGHT + 14), "text-anchor", "middle", "font-family", FONT,
            "font-size", "10", "fill", AXIS);
      }
      i++;
    }
    svg.element("text", "week", "x", n(LEFT + plotWidth / 2.0), "y", n(TOP + PLOT_HEIGHT + 30),
        "text-anchor", "middle", "font-family", FONT, "font-size", "11", "fill", AXIS);

    int legendTop = TOP + PLOT_HEIGHT + 40;
    for (int m = 0; m < muscles.size(); m++) {
      Muscle muscle = muscles.get(m);
      double x = LEFT + (m % 3) * (plotWidth / 3.0);
      double y = legendTop + (m / 3) * LEGEND_ROW;
      svg.empty("rect", "x", n(x), "y", n(y), "width", "10", "height", "10",
          "fill", COLOURS.get(muscle));
      svg.element("text", muscle.displayName(), "x", n(x + 15), "y", n(y + 9),
          "font-family", FONT, "font-size", "11", "fill", AXIS);
    }
    return svg.end().toString();
  }

  /**
   * A line chart of pain over the logged sessions, in date order: the highest pain during each
   * session and the pain the next morning (where recorded), with the trainee's limit as a dashed
   * line. Missed sessions are left out.
   *
   * @param logs the session logs, in any order
   * @param painLimit the trainee's acceptable pain during exercise, 0 to 10
   * @return an {@code <svg>} element; a short message in place of lines when nothing was logged
   */
  public static String painTrend(List<SessionLog> logs, int painLimit) {
    List<SessionLog> done =
        logs.stream()
            .filter(l -> l.status() != SessionStatus.MISSED)
            .sorted(Comparator.comparing(SessionLog::date).thenComparing(SessionLog::sessionId))
            .toList();
    int height = TOP + PLOT_HEIGHT + 40 + LEGEND_ROW;
    XmlWriter svg = open("Pain during sessions and the next morning", height);
    svg.element("desc", "Pain on the 0 to 10 scale for each logged session, in date order: the"
        + " highest pain during the session, and the pain the next morning where it was recorded."
        + " The dashed line is the limit of " + painLimit + "/10.");
    if (done.isEmpty()) {
      svg.element("text", "No sessions logged yet.", "x", "20", "y", "40", "font-family", FONT,
          "font-size", "13");
      return svg.end().toString();
    }
    yAxis(svg, 10, 2, "pain");
    int plotWidth = WIDTH - LEFT - RIGHT;
    double limitY = y(painLimit, 10);
    svg.empty("line", "x1", n(LEFT), "y1", n(limitY), "x2", n(LEFT + plotWidth), "y2", n(limitY),
        "stroke", AXIS, "stroke-width", "1.5", "stroke-dasharray", "6 4");

    List<double[]> during = new ArrayList<>();
    List<double[]> morning = new ArrayList<>();
    int labelEvery = Math.max(1, (done.size() + 9) / 10);
    for (int i = 0; i < done.size(); i++) {
      SessionLog log = done.get(i);
      double x = done.size() == 1 ? LEFT + plotWidth / 2.0
          : LEFT + 10 + i * (plotWidth - 20.0) / (done.size() - 1);
      during.add(new double[] {x, log.painDuring()});
      log.painNextMorning().ifPresent(p -> morning.add(new double[] {x, p}));
      if (i % labelEvery == 0) {
        svg.element("text", log.sessionId(), "x", n(x), "y", n(TOP + PLOT_HEIGHT + 14),
            "text-anchor", "middle", "font-family", FONT, "font-size", "10", "fill", AXIS);
      }
    }
    line(svg, during, PAIN_DURING);
    line(svg, morning, PAIN_MORNING);
    for (int i = 0; i < done.size(); i++) {
      SessionLog log = done.get(i);
      String when = log.sessionId() + " (" + DateWords.of(log.date()) + ")";
      point(svg, during.get(i), PAIN_DURING, when + ": highest pain during " + log.painDuring()
          + "/10");
      Optional<Integer> next = log.painNextMorning();
      if (next.isPresent()) {
        double x = during.get(i)[0];
        point(svg, new double[] {x, next.get()}, PAIN_MORNING,
            when + ": pain next morning " + next.get() + "/10");
      }
    }
    svg.element("text", "logged sessions, in date order", "x", n(LEFT + plotWidth / 2.0),
        "y", n(TOP + PLOT_HEIGHT + 30), "text-anchor", "middle", "font-family", FONT,
        "font-size", "11", "fill", AXIS);
    double legendY = TOP + PLOT_HEIGHT + 40;
    legendLine(svg, LEFT, legendY, PAIN_DURING, null, "highest pain during");
    legendLine(svg, LEFT + plotWidth / 3.0, legendY, PAIN_MORNING, null, "pain next morning");
    legendLine(svg, LEFT + 2 * plotWidth / 3.0, legendY, AXIS, "6 4",
        "your limit (" + painLimit + "/10)");
    return svg.end().toString();
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

  private static void line(XmlWriter svg, List<double[]> points, String colour) {
    if (points.size() < 2) {
      return;
    }
    StringBuilder coordinates = new StringBuilder();
    for (double[] p : points) {
      coordinates.append(coordinates.length() == 0 ? "" : " ")
          .append(n(p[0])).append(',').append(n(y(p[1], 10)));
    }
    svg.empty("polyline", "points", coordinates.toString(), "fill", "none", "stroke", colour,
        "stroke-width", "2");
  }

  private static void point(XmlWriter svg, double[] p, String colour, String title) {
    svg.start("circle", "cx", n(p[0]), "cy", n(y(p[1], 10)), "r", "3.5", "fill", colour)
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
