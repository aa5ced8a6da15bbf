package io.glutewise.cli.text;

import io.glutewise.export.PlainText;
import java.util.List;

/**
 * Paragraphs for an 80-column terminal, wrapped by the export module's {@link PlainText}, the one
 * text wrapper glutewise has.
 */
public final class Paragraphs {
  /** The width glutewise lays its text out to. */
  public static final int WIDTH = PlainText.WIDTH;

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
    // one paragraph: the export's wrapper, after collapsing the white space a paragraph ignores
    return PlainText.wrap(text.strip().replaceAll("\\s+", " "), width, first, rest);
  }

  /** Wraps one paragraph with the same indent on every line. */
  public static List<String> wrap(String text, String indent) {
    return wrap(text, WIDTH, indent, indent);
  }
}
