package io.glutewise.export;

import io.glutewise.core.GlutewiseException;
import java.util.Objects;

/**
 * An export could not be written: a referral asked for as a calendar, a calendar that failed its
 * RFC 5545 validation, or a PDF the renderer could not lay out. Carries the format.
 */
public final class ExportFailedException extends GlutewiseException {
  private static final long serialVersionUID = 1L;

  private final ExportFormat format;

  /**
   * Creates the exception.
   *
   * @param format the format being written; never null
   * @param message what went wrong, in words a person can act on
   * @param cause the underlying failure; may be null
   */
  public ExportFailedException(ExportFormat format, String message, Throwable cause) {
    super(Objects.requireNonNull(format, "format").id() + " export failed: " + message, cause);
    this.format = format;
  }

  /** The format being written. */
  public ExportFormat format() {
    return format;
  }
}
