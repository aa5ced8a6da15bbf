package io.glutewise.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plain text built line by line, never wider than {@link #WIDTH} columns: underlined headings and
 * wrapped paragraphs with hanging indents. Lines end in a single line feed. Not thread-safe.
 */
public final class TextLines {
  /** The widest line: 80 columns, the width of a classic terminal. */
  public static final int WIDTH = 80;

  private final List<String> lines = new ArrayList<>();

  /** A title in capitals underlined with {@code =}, or a section heading underlined with {@code -}. */
  public TextLines heading(String title, char underline) {
    for (String line : TextWrapper.wrap(title.toUpperCase(Locale.ROOT), WIDTH, "", "")) {
      lines.add(line);
    }
    lines.add(String.valueOf(underline).repeat(Math.min(WIDTH, TextWrapper.columns(
        lines.get(lines.size() - 1)))));
    return this;
  }

  /** A paragraph wrapped to the width, every line with the same indent. */
  public TextLines paragraph(String text, String indent) {
    return paragraph(text, indent, indent);
  }

  /** A paragraph wrapped to the width, with one indent for the first line and one for the rest. */
  public TextLines paragraph(String text, String firstIndent, String restIndent) {
    lines.addAll(TextWrapper.wrap(text, WIDTH, firstIndent, restIndent));
    return this;
  }

  /** A line taken as it is; the caller keeps it within the width. */
  public TextLines line(String line) {
    if (TextWrapper.columns(line) > WIDTH) {
      throw new IllegalArgumentException("line wider than " + WIDTH + " columns: " + line);
    }
    lines.add(line.stripTrailing());
    return this;
  }

  /** An empty line, unless the text is empty or already ends with one. */
  public TextLines blank() {
    if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
      lines.add("");
    }
    return this;
  }

  /** The text, each line ended by a line feed. */
  @Override
  public String toString() {
    return String.join("\n", lines) + "\n";
  }
}
