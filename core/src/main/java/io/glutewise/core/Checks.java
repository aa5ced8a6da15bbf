package io.glutewise.core;

/**
 * Range checks shared by the value types, each throwing an {@link InvalidValueException} that
 * names the field and the value.
 */
public final class Checks {
  private Checks() {}

  /**
   * Requires {@code min <= value <= max}.
   *
   * @param field the field name used in the message
   * @param value the value to check
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return the value, for chaining
   * @throws InvalidValueException when the value is outside the range
   */
  public static int inRange(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidValueException(field, value, "must be between " + min + " and " + max);
    }
    return value;
  }

  /**
   * Requires {@code min <= value <= max} for a decimal value that is also finite.
   *
   * @param field the field name used in the message
   * @param value the value to check
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return the value, for chaining
   * @throws InvalidValueException when the value is outside the range or not a number
   */
  public static double inRange(String field, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new InvalidValueException(field, value, "must be between " + min + " and " + max);
    }
    return value;
  }

  /**
   * Requires a text that is not blank.
   *
   * @param field the field name used in the message
   * @param value the text to check
   * @return the text
   * @throws InvalidValueException when the text is blank
   */
  public static String notBlank(String field, String value) {
    if (value.isBlank()) {
      throw new InvalidValueException(field, "\"" + value + "\"", "must not be blank");
    }
    return value;
  }

  /** A pain score on the 0-10 numeric rating scale. */
  public static int pain(String field, int value) {
    return inRange(field, value, 0, 10);
  }
}
