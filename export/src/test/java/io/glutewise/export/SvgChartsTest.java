package io.glutewise.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.log.SessionLog;
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
    assertThat(SvgCharts.painTrend(List.of(), 5)).contains("No sessions logged yet");
    Xhtml.parse(SvgCharts.painTrend(List.of(), 5));
  }

  @Test
  void painTrendHasAPointPerRecordedScoreAndLeavesMissedSessionsOut() {
    List<SessionLog> logs = ExportFixtures.logs();

    Document svg = Xhtml.parse(SvgCharts.painTrend(logs, 4));
    List<String> points = titlesOf(svg, "circle");

    // three sessions were done; each has pain during and pain the next morning
    assertThat(points).hasSize(6);
    assertThat(points).anyMatch(t -> t.startsWith("w01-s2") && t.endsWith("highest pain during 5/10"));
    assertThat(points).noneMatch(t -> t.startsWith("w02-s1"));
    assertThat(svg.getDocumentElement().getTextContent()).contains("your limit (4/10)");
  }

  @Test
  void logOrderDoesNotMatter() {
    List<SessionLog> reversed = new java.util.ArrayList<>(ExportFixtures.logs());
    java.util.Collections.reverse(reversed);

    assertThat(SvgCharts.painTrend(reversed, 4))
        .isEqualTo(SvgCharts.painTrend(ExportFixtures.logs(), 4));
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
