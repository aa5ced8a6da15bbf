package io.glutewise.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.log.SessionLog;
import io.glutewise.planner.progress.ProgressReport;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgChartsTest {
  @Test
  void drawsOneSegmentPerMuscleAndWeekWithSets() {
    SortedMap<Integer, Map<Muscle, Double>> sets = new TreeMap<>();
    sets.put(1, Map.of(Muscle.GLUTEUS_MAXIMUS, 6.0, Muscle.GLUTEUS_MEDIUS, 3.0));
    sets.put(2, Map.of(Muscle.GLUTEUS_MAXIMUS, 7.5, Muscle.HAMSTRINGS, 1.5));
    sets.put(3, Map.of());

    Document svg = Xhtml.parse(SvgCharts.weeklySetsPerMuscle(sets));

    assertThat(svg.getDocumentElement().getNamespaceURI()).isEqualTo(Xhtml.SVG_NS);
    List<String> tooltips = titlesOf(svg, "rect");
    assertThat(tooltips).containsExactlyInAnyOrder(
        "Week 1, gluteus maximus: 6 sets", "Week 1, gluteus medius: 3 sets",
        "Week 2, gluteus maximus: 7.5 sets", "Week 2, hamstrings: 1.5 sets");
    // the legend names the three muscles that have sets, and only those
    assertThat(svg.getDocumentElement().getTextContent())
        .contains("gluteus maximus", "gluteus medius", "hamstrings")
        .doesNotContain("calves");
  }

  @Test
  void barsAreAsTallAsTheirSets() {
    SortedMap<Integer, Map<Muscle, Double>> sets = new TreeMap<>();
    sets.put(1, Map.of(Muscle.GLUTEUS_MAXIMUS, 4.0));
    sets.put(2, Map.of(Muscle.GLUTEUS_MAXIMUS, 8.0));

    Document svg = Xhtml.parse(SvgCharts.weeklySetsPerMuscle(sets));
    NodeList rects = svg.getElementsByTagNameNS(Xhtml.SVG_NS, "rect");
    double first = height(rects, "Week 1, gluteus maximus: 4 sets");
    double second = height(rects, "Week 2, gluteus maximus: 8 sets");

    assertThat(second).isCloseTo(2 * first, org.assertj.core.data.Offset.offset(0.02));
  }

  @Test
  void nothingToDrawSaysSo() {
    assertThat(SvgCharts.weeklySetsPerMuscle(new TreeMap<>())).contains("No working sets");
    assertThat(SvgCharts.painPerSession(List.of(), 5)).contains("No sessions logged yet");
    assertThat(SvgCharts.hardSetsPerWeek(new TreeMap<>())).contains("No sessions logged yet");
    Xhtml.parse(SvgCharts.painPerSession(List.of(), 5));
    Xhtml.parse(SvgCharts.hardSetsPerWeek(new TreeMap<>()));
  }

  @Test
  void painChartHasOnePointPerLoggedSessionAndLeavesMissedSessionsOut() {
    ProgressReport report = report(ExportFixtures.logs());

    Document svg = Xhtml.parse(SvgCharts.painPerSession(report.sessions(), 4));

    // three of the four logged sessions were done (w02-s1 was missed); each has all three scores
    assertThat(circles(svg, "pain-during")).hasSize(3);
    assertThat(circles(svg, "pain-before")).hasSize(3);
    assertThat(circles(svg, "pain-morning")).hasSize(3);
    List<String> points = titlesOf(svg, "circle");
    assertThat(points).anyMatch(t -> t.startsWith("w01-s2") && t.endsWith("highest pain during 5/10"));
    assertThat(points).anyMatch(t -> t.startsWith("w01-s1") && t.endsWith("pain before 3/10"));
    assertThat(points).noneMatch(t -> t.startsWith("w02-s1"));
    assertThat(svg.getDocumentElement().getTextContent())
        .contains("your limit (4/10)", "pain 0-10", "logged sessions");
  }

  @Test
  void painChartLeavesOutScoresThatWereNotRecorded() {
    SessionLog withoutMorning = SessionLog.builder().from(ExportFixtures.logs().get(0))
        .painNextMorning(java.util.Optional.empty()).painBefore(java.util.Optional.empty()).build();

    Document svg = Xhtml.parse(SvgCharts.painPerSession(report(List.of(withoutMorning)).sessions(), 4));

    assertThat(circles(svg, "pain-during")).hasSize(1);
    assertThat(circles(svg, "pain-before")).isEmpty();
    assertThat(circles(svg, "pain-morning")).isEmpty();
    assertThat(description(svg)).contains("w01-s1", "before not recorded", "next morning not recorded");
  }

  @Test
  void chartsCarryATitleAndADescriptionThatSpellsOutTheFigures() {
    ProgressReport report = report(ExportFixtures.logs());

    Document pain = Xhtml.parse(SvgCharts.painPerSession(report.sessions(), 4));
    Document sets = Xhtml.parse(SvgCharts.hardSetsPerWeek(report.hardSets()));

    for (Document svg : List.of(pain, sets)) {
      assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
      Element first = firstChildElement(svg.getDocumentElement());
      assertThat(first.getLocalName()).isEqualTo("title");
      assertThat(first.getTextContent()).isNotBlank();
      assertThat(description(svg)).isNotBlank();
    }
    assertThat(description(pain)).contains("w01-s2", "before 3, during 5, next morning 4");
    ProgressReport.GluteSets week1 = report.hardSets().get(1);
    assertThat(description(sets)).contains("Week 1: gluteus maximus " + week1.maximus()
        + ", gluteus medius and minimus " + week1.mediusMinimus());
  }

  @Test
  void hardSetChartHasTwoBarsPerWeekAsTallAsTheirSets() {
    SortedMap<Integer, ProgressReport.GluteSets> weeks = new TreeMap<>();
    weeks.put(1, new ProgressReport.GluteSets(4, 2));
    weeks.put(2, new ProgressReport.GluteSets(8, 0));

    Document svg = Xhtml.parse(SvgCharts.hardSetsPerWeek(weeks));
    NodeList rects = svg.getElementsByTagNameNS(Xhtml.SVG_NS, "rect");

    assertThat(titlesOf(svg, "rect")).hasSize(4);
    double four = height(rects, "Week 1, gluteus maximus: 4 hard sets");
    assertThat(height(rects, "Week 2, gluteus maximus: 8 hard sets"))
        .isCloseTo(2 * four, org.assertj.core.data.Offset.offset(0.02));
    assertThat(height(rects, "Week 1, gluteus medius and minimus: 2 hard sets"))
        .isCloseTo(four / 2, org.assertj.core.data.Offset.offset(0.02));
    assertThat(svg.getDocumentElement().getTextContent()).contains("hard sets", "week");
  }

  @Test
  void logOrderDoesNotMatter() {
    List<SessionLog> reversed = new java.util.ArrayList<>(ExportFixtures.logs());
    java.util.Collections.reverse(reversed);

    assertThat(SvgCharts.painPerSession(report(reversed).sessions(), 4))
        .isEqualTo(SvgCharts.painPerSession(report(ExportFixtures.logs()).sessions(), 4));
  }

  private static ProgressReport report(List<SessionLog> logs) {
    return ProgressReport.withoutMoves(ExportFixtures.catalog(), ExportFixtures.program(), logs,
        ExportFixtures.START.plusWeeks(1).plusDays(3));
  }

  private static List<Element> circles(Document svg, String series) {
    NodeList nodes = svg.getElementsByTagNameNS(Xhtml.SVG_NS, "circle");
    List<Element> found = new java.util.ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element circle = (Element) nodes.item(i);
      if (circle.getAttribute("class").equals(series)) {
        found.add(circle);
      }
    }
    return found;
  }

  private static String description(Document svg) {
    return svg.getElementsByTagNameNS(Xhtml.SVG_NS, "desc").item(0).getTextContent();
  }

  private static Element firstChildElement(Element parent) {
    for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element) {
        return element;
      }
    }
    throw new AssertionError("no child element");
  }

  private static List<String> titlesOf(Document svg, String element) {
    NodeList nodes = svg.getElementsByTagNameNS(Xhtml.SVG_NS, element);
    List<String> titles = new java.util.ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      NodeList title = ((Element) nodes.item(i)).getElementsByTagNameNS(Xhtml.SVG_NS, "title");
      if (title.getLength() > 0) {
        titles.add(title.item(0).getTextContent());
      }
    }
    return titles;
  }

  private static double height(NodeList rects, String title) {
    for (int i = 0; i < rects.getLength(); i++) {
      Element rect = (Element) rects.item(i);
      if (rect.getTextContent().strip().equals(title)) {
        return Double.parseDouble(rect.getAttribute("height"));
      }
    }
    throw new AssertionError("no bar titled " + title);
  }
}
