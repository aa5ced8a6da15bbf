package io.glutewise.export;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

/**
 * PDF printed from the HTML page by openhtmltopdf, with the SVG charts drawn by Batik. The page's
 * print CSS decides the layout (A4, page numbers, no breaks inside a session).
 *
 * <p>Nothing is fetched while rendering: external resources and SVG scripts are refused (the page
 * has none). The renderer's progress messages are turned down to warnings (openhtmltopdf's own
 * loggers only), and an error it reports fails the export. PDF bytes are not deterministic (the renderer stamps the time), so
 * compare PDFs by content, not bytes. Stateless and thread-safe.
 */
final class PdfExport {
  static {
    // the renderer logs timings and progress at INFO to stderr, which is noise in a CLI or server;
    // this quiets openhtmltopdf's own loggers only, and leaves warnings on
    for (String logger : XRLog.listRegisteredLoggers()) {
      XRLog.setLevel(logger, Level.WARNING);
    }
  }

  private PdfExport() {}

  /** The PDF of an XHTML page as {@link HtmlExport} writes it. */
  static byte[] fromXhtml(String xhtml) {
    List<Diagnostic> errors = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.withHtmlContent(xhtml, null);
      builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
      builder.useExternalResourceAccessControl(
          (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      builder.useExternalResourceAccessControl(
          (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
      builder.withDiagnosticConsumer(
          diagnostic -> {
            if (diagnostic.getLevel().intValue() >= Level.SEVERE.intValue()) {
              errors.add(diagnostic);
            }
          });
      builder.withProducer("glutewise");
      builder.toStream(out);
      builder.run();
    } catch (IOException | RuntimeException e) {
      throw new ExportFailedException(ExportFormat.PDF, "the page could not be laid out: "
          + e.getMessage(), e);
    }
    if (!errors.isEmpty()) {
      Diagnostic first = errors.get(0);
      throw new ExportFailedException(ExportFormat.PDF, first.getFormattedMessage(),
          first.getError());
    }
    return out.toByteArray();
  }
}
