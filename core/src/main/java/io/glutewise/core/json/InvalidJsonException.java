package io.glutewise.core.json;

import io.glutewise.core.GlutewiseException;
import java.util.Objects;

/**
 * JSON that could not be read into a glutewise type: malformed, of the wrong shape, or holding a
 * value the type rejects.
 *
 * <p>Carries where it came from (a file name, or "request body"), the JSON path of the problem
 * ({@code $.exercises[3].muscles[0].muscle}), the line and column where known, and the problem in
 * words.
 */
public final class InvalidJsonException extends GlutewiseException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final String path;
  private final int line;
  private final int column;
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param source where the JSON came from; never null
   * @param path the JSON path of the problem, {@code $} for the whole document; never null
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param problem the problem in words; never null
   * @param cause the underlying failure; may be null
   */
  public InvalidJsonException(
      String source, String path, int line, int column, String problem, Throwable cause) {
    super(source + (line > 0 ? ":" + line + ":" + column : "") + ": " + path + ": " + problem, cause);
    this.source = Objects.requireNonNull(source, "source");
    this.path = Objects.requireNonNull(path, "path");
    this.line = line;
    this.column = column;
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  /** Where the JSON came from. */
  public String source() {
    return source;
  }

  /** The JSON path of the problem, such as {@code $.sets}. */
  public String path() {
    return path;
  }

  /** The 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** The problem in words, without the location. */
  public String problem() {
    return problem;
  }
}
