package io.glutewise.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.log.SessionLog;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Structural checks only: PDF bytes carry a timestamp, so there is no golden file. */
class PdfExportTest {
  private final ProgramExport export = ExportFixtures.exporter();

  @Test
  void isAPdfWithPagesHoldingTheNoticeAndEverySession() throws IOException {
    byte[] pdf = export.pdf(ExportFixtures.program(), ExportFixtures.logs());

    assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(1);
      String text = TextExportTest.flatten(new PDFTextStripper().getText(document));
      assertThat(text).contains("When to see a clinician", ExportFixtures.notice());
      ExportFixtures.program().sessions().forEach(s -> assertThat(text).contains(s.id()));
      for (SessionLog log : ExportFixtures.logs()) {
        assertThat(text).contains(log.sessionId());
      }
    }
  }

  @Test
  void drawsBothCharts() throws IOException {
    byte[] pdf = export.pdf(ExportFixtures.program(), ExportFixtures.logs());

    // chart text is drawn as shapes, so look for the charts' colours, which nothing else uses:
    // the gluteus medius bars and the next-morning pain line
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(pixelsOfColour(document, 0xd95f02)).as("gluteus medius bars").isGreaterThan(200);
      assertThat(pixelsOfColour(document, 0x1f5fa8)).as("next-morning pain line").isGreaterThan(50);
    }
    try (PDDocument withoutLogs =
        Loader.loadPDF(export.pdf(ExportFixtures.program(), List.of()))) {
      assertThat(pixelsOfColour(withoutLogs, 0x1f5fa8)).as("no pain chart without logs").isZero();
    }
  }

  private static int pixelsOfColour(PDDocument document, int rgb) throws IOException {
    PDFRenderer renderer = new PDFRenderer(document);
    int count = 0;
    for (int page = 0; page < document.getNumberOfPages(); page++) {
      BufferedImage image = renderer.renderImageWithDPI(page, 50);
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          if (close(image.getRGB(x, y), rgb)) {
            count++;
          }
        }
      }
    }
    return count;
  }

  private static boolean close(int argb, int rgb) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs(((argb >> shift) & 0xff) - ((rgb >> shift) & 0xff)) > 12) {
        return false;
      }
    }
    return true;
  }

  @Test
  void theFormatEntryPointGivesAPdfToo() throws IOException {
    byte[] pdf = export.export(ExportFormat.PDF, ExportFixtures.program(), List.of());

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isPositive();
    }
  }

  @Test
  void referralIsAOnePagePdfWithTheNotice() throws IOException {
    byte[] pdf = export.exportReferral(ExportFormat.PDF, ExportFixtures.referral());

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
      String text = TextExportTest.flatten(new PDFTextStripper().getText(document));
      assertThat(text).contains("See a clinician before you start", ExportFixtures.notice(),
          "numbness in the saddle area");
    }
  }
}
