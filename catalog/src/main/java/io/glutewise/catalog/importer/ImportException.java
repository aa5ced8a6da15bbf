package io.glutewise.catalog.importer;

import io.glutewise.core.GlutewiseException;
import java.util.Objects;

/**
 * A file that cannot be imported at all: unreadable, not well-formed JSON, or not a list of
 * records. Problems of single records are {@link ImportProblem}s instead, and do not stop an
 * import.
 */
public final class ImportException extends GlutewiseException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;

  /**
   * Creates the exception.
   *
   * @param source the file or other source; never null
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param problem what is wrong; never null
   * @param cause the underlying failure; may be null
   */
  public ImportException(String source, int line, int column, String problem, Throwable cause) {
    super(Objects.requireNonNull(source, "source") + (line > 0 ? ":" + line + ":" + column : "") + ": "
        + Objects.requireNonNull(problem, "problem"), cause);
    this.source = source;
    this.line = line;
    this.column = column;
  }

  /** The file or other source. */
  public String source() {
    return source;
  }

  /** The 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column, or 0 when unknown. */
  public int column() {
    return column;
  }
}
