package io.glutewise.export;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.InvalidValueException;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.program.Program;
import io.glutewise.planner.stats.PlanSummary;
import io.glutewise.planner.PlanResult;
import io.glutewise.planner.Planner;
import io.glutewise.export.internal.ProgramView;
import io.glutewise.planner.screening.Referral;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes a program (with its logs, if any) or a referral in every export format: plain text,
 * Markdown, JSON, iCalendar, HTML and PDF. The entry point both front ends use.
 *
 * <pre>{@code
 * ProgramExport export = ProgramExport.of(planner); // or .of(catalog, notice)
 * String page = export.html(program, logs);
 * byte[] file = export.export(ExportFormat.fromId("pdf"), program, logs);
 * }</pre>
 *
 * <p>Exercise names, steps and cues come from the catalog; an exercise it does not know is shown
 * by its id. Every output carries the clinician notice given here. Text formats are UTF-8. The
 * same inputs give the same output, byte for byte, in every format but PDF.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProgramExport {
  private final Catalog catalog;
  private final String clinicianNotice;
  private final ExportOptions options;
  private final boolean checksPrograms;

  private ProgramExport(Catalog catalog, String clinicianNotice, ExportOptions options,
      boolean checksPrograms) {
    this.checksPrograms = checksPrograms;
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.clinicianNotice = Objects.requireNonNull(clinicianNotice, "clinicianNotice");
    this.options = Objects.requireNonNull(options, "options");
    if (clinicianNotice.isBlank()) {
      throw new InvalidValueException("clinicianNotice", "\"\"", "must not be blank: every"
          + " export carries it");
    }
  }

  /**
   * An exporter with the default options (all-day calendar events) that renders any program it is
   * given, as it is: for programs the caller built itself. Programs that come back from outside
   * (a file, a request) go through {@link #of(Planner)}, which checks them first.
   *
   * @param catalog where exercise names and instructions come from
   * @param clinicianNotice the short notice of when to see a clinician, such as {@link
   *     Planner#clinicianNotice()} or the catalog's {@code guidance().clinicianNotice()}
   * @throws InvalidValueException when the notice is blank
   */
  public static ProgramExport of(Catalog catalog, String clinicianNotice) {
    return new ProgramExport(catalog, clinicianNotice, ExportOptions.defaults(), false);
  }

  /**
   * An exporter with the planner's catalog and clinician notice, and the default options, that
   * exports only programs the planner could have built from their {@code builtFrom} (no red flag
   * there, every prescription suitable, unique ids, dates in order), so that a tampered program is
   * a clear {@link io.glutewise.planner.adapt.InvalidProgramException} instead of a document.
   *
   * @param planner the planner whose catalog and notice to use
   */
  public static ProgramExport of(Planner planner) {
    return new ProgramExport(planner.catalog(), planner.clinicianNotice(), ExportOptions.defaults(), true);
  }

  /** A copy with other options. */
  public ProgramExport withOptions(ExportOptions options) {
    return new ProgramExport(catalog, clinicianNotice, options, checksPrograms);
  }

  /** The catalog exercise names and instructions come from. */
  public Catalog catalog() {
    return catalog;
  }

  /** The notice every output carries. */
  public String clinicianNotice() {
    return clinicianNotice;
  }

  /** The options. */
  public ExportOptions options() {
    return options;
  }

  /**
   * The program in a format.
   *
   * @param format the format
   * @param program the program
   * @param logs the session logs so far, in any order; may be empty
   * @return UTF-8 text, or PDF bytes for {@link ExportFormat#PDF}
   * @throws ExportFailedException when the calendar fails validation or the PDF cannot be laid out
   */
  public byte[] export(ExportFormat format, Program program, List<SessionLog> logs) {
    Objects.requireNonNull(format, "format");
    if (format == ExportFormat.PDF) {
      return pdf(program, logs);
    }
    String text = switch (format) {
      case TEXT -> text(program, logs);
      case MARKDOWN -> markdown(program, logs);
      case JSON -> json(program, logs);
      case ICS -> ics(program);
      case HTML -> html(program, logs);
      case PDF -> throw new AssertionError("handled above");
    };
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The program in a format, without logs; see {@link #export(ExportFormat, Program, List)}. */
  public byte[] export(ExportFormat format, Program program) {
    return export(format, program, List.of());
  }

  /** Plain text, no line wider than 80 columns. */
  public String text(Program program, List<SessionLog> logs) {
    return TextExport.program(view(program, logs));
  }

  /** Markdown (CommonMark with GitHub-style tables). */
  public String markdown(Program program, List<SessionLog> logs) {
    return MarkdownExport.program(view(program, logs));
  }

  /** JSON: a {@link ProgramEnvelope} with the notice, the program and the logs by date. */
  public String json(Program program, List<SessionLog> logs) {
    return JsonExport.program(view(program, logs));
  }

  /**
   * The plan's week-by-week summary (phase, hard sets per glute group, changes, minutes) as
   * Markdown: one table, then the plan's notes.
   */
  public String summaryMarkdown(Program program) {
    return SummaryMarkdown.of(program, PlanSummary.of(program, catalog), clinicianNotice);
  }

  /** The plan's week-by-week summary as JSON: a {@link SummaryEnvelope}. */
  public String summaryJson(Program program) {
    return GlutewiseJson.write(SummaryEnvelope.of(clinicianNotice, program.builtFrom(),
        PlanSummary.of(program, catalog), program.notes())) + "\n";
  }

  /**
   * iCalendar (RFC 5545): one event per session, all day or at the options' time; see {@link
   * ExportOptions}. Logs play no part in a calendar.
   *
   * @throws ExportFailedException when ical4j's validation rejects the calendar
   */
  public String ics(Program program) {
    return IcsExport.calendar(view(program, List.of()), options);
  }

  /** One self-contained printable XHTML page with inline CSS and SVG charts. */
  public String html(Program program, List<SessionLog> logs) {
    return HtmlExport.program(view(program, logs));
  }

  /**
   * PDF printed from {@link #html(Program, List)}.
   *
   * @throws ExportFailedException when the page cannot be laid out
   */
  public byte[] pdf(Program program, List<SessionLog> logs) {
    return PdfExport.fromXhtml(html(program, logs));
  }

  /**
   * A referral in a format: no program, the red flags in plain words, the message and the notice.
   *
   * @param format any format but {@link ExportFormat#ICS}
   * @param referral the referral
   * @return UTF-8 text, or PDF bytes for {@link ExportFormat#PDF}
   * @throws ExportFailedException for {@link ExportFormat#ICS}: a referral has no sessions
   */
  public byte[] exportReferral(ExportFormat format, Referral referral) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(referral, "referral");
    String text = switch (format) {
      case TEXT -> TextExport.referral(referral, clinicianNotice);
      case MARKDOWN -> MarkdownExport.referral(referral, clinicianNotice);
      case JSON -> JsonExport.referral(ReferralEnvelope.of(clinicianNotice, referral));
      case HTML, PDF -> HtmlExport.referral(referral, clinicianNotice);
      case ICS -> throw new ExportFailedException(ExportFormat.ICS, "a referral has no sessions to"
          + " put in a calendar; choose text, markdown, json, html or pdf", null);
    };
    return format == ExportFormat.PDF
        ? PdfExport.fromXhtml(text)
        : text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A plan's result in a format: its program (with the logs), or its referral.
   *
   * @param format the format; a referral cannot be a calendar
   * @param result what {@code Planner.plan} returned
   * @param logs the session logs so far; ignored for a referral
   * @throws ExportFailedException for a referral as {@link ExportFormat#ICS}, a calendar that
   *     fails validation, or a PDF that cannot be laid out
   */
  public byte[] export(ExportFormat format, PlanResult result, List<SessionLog> logs) {
    Objects.requireNonNull(result, "result");
    return result.program().isPresent()
        ? export(format, result.program().get(), logs)
        : exportReferral(format, result.referral().orElseThrow());
  }

  private ProgramView view(Program program, List<SessionLog> logs) {
    // a program that comes back is one the planner could have built, or a clear error (422 over HTTP)
    if (checksPrograms) {
      io.glutewise.planner.adapt.ProgramCheck.verify(Objects.requireNonNull(program, "program"), catalog);
    }
    return new ProgramView(
        Objects.requireNonNull(program, "program"),
        List.copyOf(Objects.requireNonNull(logs, "logs")),
        catalog,
        clinicianNotice);
  }
}
