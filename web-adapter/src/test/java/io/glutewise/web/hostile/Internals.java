package io.glutewise.web.hostile;

import java.util.regex.Pattern;

/** What must never reach a client: Java, Jackson or Jetty names, stack frames, parser switches. */
final class Internals {
  private static final Pattern PATTERN = Pattern.compile(
      "(?i)exception|java\\.|javax\\.|jakarta\\.|com\\.fasterxml|io\\.glutewise|org\\.eclipse|jetty|javalin"
          + "|jackson|streamread|jsonread|feature|constraints|\\tat |\\$json|immutable|input length ="
          + "|REDACTED|\"INVALID");

  private Internals() {}

  static boolean leak(String text) {
    return PATTERN.matcher(text).find();
  }
}
