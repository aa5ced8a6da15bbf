package io.glutewise.cli.text;

import java.util.ArrayList;
import java.util.List;

/** Wraps text at word boundaries to a width, for output that reads well in an 80-column terminal. */
public final class Paragraphs {
  /** The width glutewise lays its text out to. */
  public static final int WIDTH = 80;

  private Paragraphs() {}

  /**
   * Wraps one paragraph.
   *
   * @param text the text; runs of spaces collapse
   * @param width the longest line allowed, at least 10
   * @param first what starts the first line, such as {@code "  1. "}
   * @param rest what starts the following lines, usually spaces as wide as {@code first}
   * @return the lines, never empty; a word longer than the width gets a line of its own
   */
  public static List<String> wrap(String text, int width, String first, String rest) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(first);
    int prefix = first.length();
    for (String word : text.trim().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > prefix && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line = new StringBuilder(rest);
        prefix = rest.length();
      }
      if (line.length() > prefix) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  /** Wraps one paragraph with the same indent on every line. */
  public static List<String> wrap(String text, String indent) {
    return wrap(text, WIDTH, indent, indent);
  }
}
