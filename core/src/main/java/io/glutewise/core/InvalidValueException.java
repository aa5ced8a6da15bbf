package io.glutewise.core;

import java.util.Objects;

/**
 * A value was rejected when it was built: a negative set count, a range whose minimum exceeds its
 * maximum, a pain score outside 0-10 and so on.
 *
 * <p>Carries the name of the field and the offending value so that a front end can point at them.
 */
public final class InvalidValueException extends GlutewiseException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;

  /**
   * Creates the exception.
   *
   * @param field the property that holds the bad value, relative to the value being built, such
   *     as {@code "sets"}, {@code "repetitions.max"} or {@code "sessions[2].week"}; the JSON reader
   *     appends it to the path of that value. Enum lookups name the vocabulary instead ({@code
   *     "muscle"}), since their path is already exact. Never null
   * @param value the offending value as text; never null
   * @param rule what the value should have been, such as {@code "must be between 1 and 10"}
   */
  public InvalidValueException(String field, Object value, String rule) {
    super(field + " " + rule + ", was " + value);
    this.field = Objects.requireNonNull(field, "field");
    this.value = String.valueOf(value);
  }

  /** The property that holds the bad value, relative to the value being built; never null. */
  public String field() {
    return field;
  }

  /** The offending value as text, never null. */
  public String value() {
    return value;
  }
}
