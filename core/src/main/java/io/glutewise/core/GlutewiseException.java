package io.glutewise.core;

/**
 * The root of every exception glutewise throws on purpose.
 *
 * <p>Unchecked, so that callers catch it where they can act on it (a front end turning it into a
 * message) and nowhere else. Subclasses carry the offending values as fields.
 */
public class GlutewiseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message a person can act on.
   *
   * @param message what went wrong and, where known, where; never null
   */
  public GlutewiseException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the cause it wraps.
   *
   * @param message what went wrong; never null
   * @param cause the underlying failure; may be null
   */
  public GlutewiseException(String message, Throwable cause) {
    super(message, cause);
  }
}
