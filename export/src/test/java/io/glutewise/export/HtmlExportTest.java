package io.glutewise.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlExportTest {
  private final ProgramExport export = ExportFixtures.exporter();
  private final Program program = ExportFixtures.program();

  @Test
  void isWellFormedXhtmlWithNoticeChartAndEverySession() {
    Document page = Xhtml.parse(export.html(program, List.of()));

    assertThat(page.getDocumentElement().getNamespaceURI()).isEqualTo(Xhtml.XHTML_NS);
    assertThat(page.getDocumentElement().getTextContent())
        .contains(ExportFixtures.notice());
    assertThat(page.getElementsByTagNameNS(Xhtml.SVG_NS, "svg").getLength()).isEqualTo(1);
    for (Session session : program.sessions()) {
      assertThat(byId(page, session.id()))
          .as("an element with id %s", session.id())
          .isNotNull();
    }
  }

  @Test
  void addsThePainAndHardSetChartsAndEveryLogWhenLogsAreGiven() {
    List<SessionLog> logs = ExportFixtures.logs();
    Document page = Xhtml.parse(export.html(program, logs));

    NodeList charts = page.getElementsByTagNameNS(Xhtml.SVG_NS, "svg");
    assertThat(charts.getLength()).isEqualTo(3);
    String text = page.getDocumentElement().getTextContent();
    for (SessionLog log : logs) {
      assertThat(text).contains(log.sessionId());
    }
    // the notes hold markup characters: they must come back as text, not as elements
    assertThat(text).contains("stopped <early> & skipped \"bird dog\".");
    assertThat(page.getElementsByTagNameNS(Xhtml.XHTML_NS, "early").getLength()).isZero();
  }

  @Test
  void isSelfContained() {
    String html = export.html(program, ExportFixtures.logs());

    assertThat(html).doesNotContain("<script", "<link", "<img", "src=", "url(", "@import");
    assertThat(html).containsPattern("<style>");
    // links stay inside the page
    assertThat(html).doesNotContainPattern("href=\"(?!#)");
  }

  @Test
  void hasPrintRules() {
    String html = export.html(program, List.of());

    assertThat(html).contains("@page", "@media print", "page-break-inside: avoid");
  }

  @Test
  void linksEveryExerciseToItsInstructions() {
    Document page = Xhtml.parse(export.html(program, List.of()));

    NodeList links = page.getElementsByTagNameNS(Xhtml.XHTML_NS, "a");
    assertThat(links.getLength()).isPositive();
    for (int i = 0; i < links.getLength(); i++) {
      String target = ((Element) links.item(i)).getAttribute("href").substring(1);
      assertThat(byId(page, target)).as("target of link #%s", target).isNotNull();
    }
  }

  @Test
  void referralPageHasFlagsMessageAndNoticeButNoSchedule() {
    String html = new String(export.exportReferral(ExportFormat.HTML, ExportFixtures.referral()), StandardCharsets.UTF_8);
    Document page = Xhtml.parse(html);
    String text = page.getDocumentElement().getTextContent();

    assertThat(text).contains(ExportFixtures.referralMessage(), ExportFixtures.notice(),
        "numbness in the saddle area", "a change in bladder or bowel control");
    assertThat(byId(page, "schedule")).isNull();
  }

  /** The element with an id attribute; getElementById needs a DTD to know ids. */
  private static Element byId(Document page, String id) {
    NodeList all = page.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      if (id.equals(element.getAttribute("id"))) {
        return element;
      }
    }
    return null;
  }
}
