package io.glutewise.web.problem;

import java.util.regex.Pattern;

/**
 * Scrubs a message before it goes into a response: class and package names become simple words,
 * parser locations and exception names go, and a message that still looks like internals is
 * replaced by a plain one. A response never tells a client how the server is built.
 */
public final class SafeText {
  private static final Pattern QUALIFIED_NAME =
      Pattern.compile("`?\\b(?:[a-z_][a-z0-9_]*\\.)+(?:Immutable)?([A-Z][A-Za-z0-9_]*)(?:\\$[A-Za-z0-9_]+)*`?");
  private static final Pattern EXCEPTION_IN_PARENS = Pattern.compile("\\(\\s*[A-Za-z0-9_]*(Exception|Error)\\s*\\)\\s*");
  private static final Pattern SOURCE_LOCATION = Pattern.compile("\\s*\\(?\\s*\\bat \\[Source:[^\\]]*\\]\\)?");
  private static final Pattern IMMUTABLE_NAME = Pattern.compile("\\bImmutable([A-Z][A-Za-z0-9]*)");
  private static final Pattern INTERNAL_MARKERS =
      Pattern.compile("Exception|Error\\b|\\bat [a-z]+\\.|com\\.fasterxml|io\\.glutewise|java\\.|jakarta\\.|org\\.eclipse|kotlin\\.");

  private SafeText() {}

  /**
   * The message made safe for a client.
   *
   * @param message the message, possibly null
   * @param fallback what to say when nothing safe is left
   * @return one line of text without class names, locations or stack frames
   */
  public static String of(String message, String fallback) {
    if (message == null || message.isBlank()) {
      return fallback;
    }
    // cut first: the patterns below backtrack, and a value can be 200 kB long
    String text = io.glutewise.core.json.Echo.message(message.split("\\R", 2)[0], 300);
    text = SOURCE_LOCATION.matcher(text).replaceAll("");
    text = EXCEPTION_IN_PARENS.matcher(text).replaceAll("");
    text = QUALIFIED_NAME.matcher(text).replaceAll("$1");
    text = IMMUTABLE_NAME.matcher(text).replaceAll("$1");
    text = io.glutewise.core.json.Echo.message(text.replace("`", "").strip());
    if (text.isEmpty() || INTERNAL_MARKERS.matcher(text).find()) {
      return fallback;
    }
    return text;
  }
}
