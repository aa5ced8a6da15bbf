package io.glutewise.web.api;

import io.glutewise.core.program.Program;
import io.glutewise.planner.Planner;
import io.glutewise.export.ExportFormat;
import io.glutewise.export.ProgramExport;
import io.glutewise.web.http.JsonBodies;
import io.javalin.http.Context;

/**
 * The exports of a posted program, as files to save: an iCalendar with one event per session,
 * Markdown, and a self-contained printable HTML page. Each carries the clinician notice.
 */
final class ExportEndpoints {
  private final ProgramExport export;

  ExportEndpoints(Planner planner) {
    this.export = ProgramExport.of(planner);
  }

  /** {@code POST /api/exports/ics}. */
  void ics(Context ctx) {
    send(ctx, ExportFormat.ICS);
  }

  /** {@code POST /api/exports/markdown}. */
  void markdown(Context ctx) {
    send(ctx, ExportFormat.MARKDOWN);
  }

  /** {@code POST /api/exports/html}. */
  void html(Context ctx) {
    send(ctx, ExportFormat.HTML);
  }

  private void send(Context ctx, ExportFormat format) {
    ProgramRequest request = JsonBodies.read(ctx, ProgramRequest.class);
    byte[] file = export.export(format, request.program(), request.logs());
    ctx.contentType(format.mediaType());
    ctx.header("Content-Disposition",
        "attachment; filename=\"" + fileName(request.program(), format) + "\"");
    ctx.result(file);
  }

  /** A file name from the program's start date, such as {@code glutewise-plan-2025-01-06.ics}. */
  static String fileName(Program program, ExportFormat format) {
    return "glutewise-plan-" + program.builtFrom().options().startDate() + "." + format.extension();
  }
}
