package io.glutewise.export.internal;

import java.util.regex.Pattern;

/**
 * Escapes text for Markdown, so that names, notes and messages show as typed instead of turning
 * into emphasis, links, code, table cells or raw HTML. Only the characters that can start markup
 * are escaped, so the raw Markdown stays easy to read.
 */
public final class MarkdownText {
  // inline markup anywhere, and table cell separators
  private static final String INLINE = "\\`*_[]<>|~&";
  // block markup at the start of a line: headings, lists, quotes, thematic breaks, ordered lists
  private static final Pattern BLOCK_START = Pattern.compile("^([#+=>-]|\\d+[.)])");

  private MarkdownText() {}

  /** The text escaped for a paragraph, list item or table cell; line breaks become spaces. */
  public static String escape(String text) {
    String flat =
        text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ').strip();
    StringBuilder out = new StringBuilder(flat.length() + 8);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      if (INLINE.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    String escaped = out.toString();
    if (BLOCK_START.matcher(escaped).find()) {
      int digits = 0;
      while (digits < escaped.length() && Character.isDigit(escaped.charAt(digits))) {
        digits++;
      }
      return escaped.substring(0, digits) + "\\" + escaped.substring(digits);
    }
    return escaped;
  }
}
