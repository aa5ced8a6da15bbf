package io.glutewise.export;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/**
 * The formats a program can be exported to, each with its slug id (used on the command line and in
 * URLs), file extension and media type. Serialized as its id.
 */
public enum ExportFormat {
  /** Plain text, no line wider than 80 columns. */
  TEXT("text", "txt", "text/plain; charset=utf-8", false),
  /** CommonMark with GitHub-style tables. */
  MARKDOWN("markdown", "md", "text/markdown; charset=utf-8", false),
  /** The library's own JSON: an envelope with the notice and the program or referral. */
  JSON("json", "json", "application/json", false),
  /** iCalendar (RFC 5545): one event per session. Programs only. */
  ICS("ics", "ics", "text/calendar; charset=utf-8", false),
  /** One self-contained, printable XHTML page with inline CSS and SVG charts. */
  HTML("html", "html", "text/html; charset=utf-8", false),
  /** PDF printed from the HTML page. */
  PDF("pdf", "pdf", "application/pdf", true);

  private static final Map<String, ExportFormat> BY_ID =
      Slugs.index(ExportFormat.class, ExportFormat::id);

  private final String id;
  private final String extension;
  private final String mediaType;
  private final boolean binary;

  ExportFormat(String id, String extension, String mediaType, boolean binary) {
    this.id = id;
    this.extension = extension;
    this.mediaType = mediaType;
    this.binary = binary;
  }

  /** The stable slug id: {@code text}, {@code markdown}, {@code json}, {@code ics}, {@code html}, {@code pdf}. */
  @JsonValue
  public String id() {
    return id;
  }

  /** The usual file extension, without the dot: {@code txt}, {@code md}, {@code ics}... */
  public String extension() {
    return extension;
  }

  /** The media type for an HTTP {@code Content-Type} header; text types name UTF-8. */
  public String mediaType() {
    return mediaType;
  }

  /** Whether the output is binary (PDF) rather than UTF-8 text. */
  public boolean isBinary() {
    return binary;
  }

  /** Whether a referral can be written in this format: every format but iCalendar. */
  public boolean supportsReferral() {
    return this != ICS;
  }

  /**
   * The format for a slug id.
   *
   * @throws io.glutewise.core.InvalidValueException listing the known ids when unknown
   */
  @JsonCreator
  public static ExportFormat fromId(String id) {
    return Slugs.parse(BY_ID, "export format", id);
  }
}
