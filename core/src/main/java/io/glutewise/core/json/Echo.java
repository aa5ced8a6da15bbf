package io.glutewise.core.json;

/**
 * Makes a value someone typed or sent safe to repeat in a message: control characters (a newline,
 * an escape sequence) are shown as {@code \n} or {@code \u001b} rather than acted on, and a long
 * value is cut to its start with its length, so that a 200 kB value is not echoed back whole.
 */
public final class Echo {
  /** The most characters of a value a message repeats. */
  public static final int MAX_CHARS = 60;

  private Echo() {}

  /** The value as a message may show it: escaped and at most about {@value #MAX_CHARS} characters. */
  public static String of(String value) {
    return cut(value, MAX_CHARS);
  }

  private static String cut(String value, int max) {
    if (value == null) {
      return "null";
    }
    StringBuilder shown = new StringBuilder();
    int count = value.codePointCount(0, value.length());
    int taken = 0;
    for (int i = 0; i < value.length() && taken < max; taken++) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      shown.append(escaped(c));
    }
    if (taken < count) {
      shown.append("... (").append(count).append(" characters)");
    }
    return shown.toString();
  }

  /**
   * A whole message made safe: control characters escaped, and every word (a run without spaces)
   * longer than {@value #MAX_CHARS} characters cut as {@link #of(String)} cuts a value.
   */
  public static String message(String text) {
    return message(text, MAX_CHARS);
  }

  /**
   * As {@link #message(String)}, cutting words longer than {@code longest} characters; callers
   * cut at a generous length before running patterns over a message, so that no pattern meets a
   * 200 kB word (where backtracking would take minutes).
   */
  public static String message(String text, int longest) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    int start = 0;
    while (start < text.length()) {
      int space = text.indexOf(' ', start);
      int end = space < 0 ? text.length() : space;
      String word = text.substring(start, end);
      out.append(word.length() > longest ? cut(word, longest) : escapeOnly(word));
      if (space >= 0) {
        out.append(' ');
      }
      start = end + 1;
    }
    return out.toString();
  }

  private static String escapeOnly(String word) {
    StringBuilder out = new StringBuilder();
    word.codePoints().forEach(c -> out.append(escaped(c)));
    return out.toString();
  }

  private static String escaped(int c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
          return String.format("\\u%04x", c);
        }
        return new String(Character.toChars(c));
    }
  }
}
