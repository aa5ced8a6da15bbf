package io.glutewise.export;

import io.glutewise.core.InvalidValueException;

/** The check every JSON envelope makes of its {@code format} and {@code formatVersion} fields. */
final class EnvelopeFormat {
  private EnvelopeFormat() {}

  /**
   * Refuses an envelope of another format or version, naming the field.
   *
   * @throws InvalidValueException when either differs from what the envelope's class writes
   */
  static void check(String format, String expectedFormat, int version, int expectedVersion) {
    if (!expectedFormat.equals(format)) {
      throw new InvalidValueException("format", "\"" + format + "\"", "must be " + expectedFormat);
    }
    if (version != expectedVersion) {
      throw new InvalidValueException("formatVersion", version, "must be " + expectedVersion);
    }
  }
}
