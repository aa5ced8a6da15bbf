package io.glutewise.cli.hostile;

import java.util.regex.Pattern;

/**
 * What must never reach a person: Java, Jackson or picocli names, stack frames, the decoder's
 * "Input length = 1". The hostile suites grep every message they see with it.
 */
public final class Internals {
  /** Any sign of how glutewise is built. */
  public static final Pattern PATTERN = Pattern.compile(
      "(?i)exception|java\\.|javax\\.|jakarta\\.|com\\.fasterxml|io\\.glutewise|org\\.eclipse|picocli|jackson"
          + "|streamread|jsonread|feature|constraints|\\tat |\\$json|\\$builder|immutable|input length ="
          + "|OutOfMemory|REDACTED");

  private Internals() {}

  /** Whether the text leaks internals. */
  public static boolean leak(String text) {
    return PATTERN.matcher(text).find();
  }
}
