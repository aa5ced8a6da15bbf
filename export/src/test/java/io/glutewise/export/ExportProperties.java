package io.glutewise.export;

import static io.glutewise.core.generators.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.program.Session;
import io.glutewise.export.internal.MarkdownText;
import java.util.List;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * What every export keeps for any program, logs and notice: the notice, every session, and the
 * rules of its format. Programs come from the core generators (up to eight weeks to stay quick),
 * exported against the standard catalog, which knows most of their exercises but not all.
 */
class ExportProperties {
  private static final Catalog CATALOG = Catalog.standard();

  @Test
  void textNeverExceeds80ColumnsAndCarriesTheNoticeAndEverySession() {
    theory()
        .forAll(ExportGenerators.programsWithLogs(8), ExportGenerators.notices())
        .checkAssert((input, notice) -> {
          String text = ProgramExport.of(CATALOG, notice).text(input.program(), input.logs());
          TextExportTest.assertFitsIn80Columns(text);
          assertThat(TextExportTest.flatten(text))
              .contains(TextExportTest.flatten(notice).strip());
          input.program().sessions().forEach(s -> assertThat(text).contains(s.id()));
        });
  }

  @Test
  void htmlIsWellFormedXhtmlWithTheNoticeAndEverySession() {
    theory()
        .forAll(ExportGenerators.programsWithLogs(8), ExportGenerators.notices())
        .checkAssert((input, notice) -> {
          Document page =
              Xhtml.parse(ProgramExport.of(CATALOG, notice).html(input.program(), input.logs()));
          String text = page.getDocumentElement().getTextContent();
          assertThat(text).contains(notice);
          for (Session session : input.program().sessions()) {
            assertThat(text).contains(session.id());
          }
          int charts = page.getElementsByTagNameNS(Xhtml.SVG_NS, "svg").getLength();
          // the weekly-volume chart where the catalog knows every exercise; with logs, the pain
          // and hard-set charts as well
          if (input.logs().isEmpty()) {
            assertThat(charts).isLessThanOrEqualTo(1);
          } else {
            assertThat(charts).isBetween(2, 3);
          }
        });
  }

  @Test
  void markdownCarriesTheEscapedNoticeAndEverySession() {
    theory()
        .forAll(ExportGenerators.programsWithLogs(8), ExportGenerators.notices())
        .checkAssert((input, notice) -> {
          String md = ProgramExport.of(CATALOG, notice).markdown(input.program(), input.logs());
          assertThat(md).contains(MarkdownText.escape(notice));
          input.program().sessions().forEach(s -> assertThat(md).contains(s.id()));
        });
  }

  @Test
  void calendarHasOneValidEventPerSessionOnItsDate() {
    theory()
        .forAll(ExportGenerators.programsWithLogs(8), ExportGenerators.notices())
        .checkAssert((input, notice) -> {
          List<VEvent> events =
              IcsExportTest.events(ProgramExport.of(CATALOG, notice).ics(input.program()));
          List<Session> sessions = input.program().sessions();
          assertThat(events).hasSameSizeAs(sessions);
          for (int i = 0; i < sessions.size(); i++) {
            assertThat(events.get(i).getDateTimeStart().getDate())
                .isEqualTo(sessions.get(i).date());
            assertThat(events.get(i).getDescription().getValue()).contains(notice.strip());
          }
        });
  }

  @Test
  void jsonReadsBackAsTheSameProgramLogsAndNotice() {
    theory()
        .forAll(ExportGenerators.programsWithLogs(8), ExportGenerators.notices())
        .checkAssert((input, notice) -> {
          ProgramEnvelope envelope = GlutewiseJson.read(
              ProgramExport.of(CATALOG, notice).json(input.program(), input.logs()),
              ProgramEnvelope.class, "export");
          assertThat(envelope.program()).isEqualTo(input.program());
          assertThat(envelope.logs()).containsExactlyInAnyOrderElementsOf(input.logs());
          assertThat(envelope.notice()).isEqualTo(notice);
        });
  }

  @Test
  void sameInputsGiveTheSameBytes() {
    theory()
        .forAll(ExportGenerators.programsWithLogs(4), ExportGenerators.notices())
        .checkAssert((input, notice) -> {
          // the calendar's determinism (UID, DTSTAMP) is pinned by its golden files and IcsExportTest;
          // it is left out here because ical4j's validation makes it the slowest by far
          for (ExportFormat format : List.of(ExportFormat.TEXT, ExportFormat.MARKDOWN,
              ExportFormat.JSON, ExportFormat.HTML)) {
            assertThat(ProgramExport.of(CATALOG, notice).export(format, input.program(),
                    input.logs()))
                .isEqualTo(ProgramExport.of(CATALOG, notice).export(format, input.program(),
                    List.copyOf(input.logs())));
          }
        });
  }
}
