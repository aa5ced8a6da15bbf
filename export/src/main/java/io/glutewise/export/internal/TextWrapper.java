package io.glutewise.export.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text into lines no wider than a given number of columns, with an indent for the first
 * line and another for the rest. A column is one code point; tabs become spaces and line breaks in
 * the text start new lines, so nothing a person typed can push a line past the width. A word
 * longer than a whole line is cut.
 */
public final class TextWrapper {
  private TextWrapper() {}

  /**
   * Wraps the text.
   *
   * @param text the text; line breaks in it are kept
   * @param width the widest line, in columns; more than either indent
   * @param firstIndent put before the first line
   * @param restIndent put before every following line
   * @return the lines, at least one, none wider than {@code width} and none ending in a space
   */
  public static List<String> wrap(String text, int width, String firstIndent, String restIndent) {
    int room = width - Math.max(columns(firstIndent), columns(restIndent));
    if (room < 1) {
      throw new IllegalArgumentException("width " + width + " leaves no room after the indent");
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder(firstIndent);
    int lineColumns = columns(firstIndent);
    boolean lineHasWord = false;
    String[] paragraphs = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    for (int p = 0; p < paragraphs.length; p++) {
      if (p > 0) {
        lines.add(stripEnd(line));
        line = new StringBuilder(restIndent);
        lineColumns = columns(restIndent);
        lineHasWord = false;
      }
      for (String word : words(paragraphs[p])) {
        int wordColumns = columns(word);
        if (lineHasWord && lineColumns + 1 + wordColumns > width) {
          lines.add(stripEnd(line));
          line = new StringBuilder(restIndent);
          lineColumns = columns(restIndent);
          lineHasWord = false;
        }
        if (lineHasWord) {
          line.append(' ');
          lineColumns++;
        }
        // a word wider than the room left is cut into pieces that each fit a line
        while (lineColumns + wordColumns > width) {
          int fits = width - lineColumns;
          int cut = word.offsetByCodePoints(0, fits);
          line.append(word, 0, cut);
          lines.add(stripEnd(line));
          line = new StringBuilder(restIndent);
          lineColumns = columns(restIndent);
          word = word.substring(cut);
          wordColumns = columns(word);
        }
        line.append(word);
        lineColumns += wordColumns;
        lineHasWord = true;
      }
    }
    lines.add(stripEnd(line));
    return lines;
  }

  /** The number of columns a text takes: its code points. */
  public static int columns(String text) {
    return text.codePointCount(0, text.length());
  }

  /**
   * The words of a line: the runs of characters between spaces and tabs (not a regular
   * expression's split, which costs a cold command line milliseconds).
   */
  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= line.length(); i++) {
      boolean space = i == line.length() || line.charAt(i) == ' ' || line.charAt(i) == '\t';
      if (space && start >= 0) {
        words.add(line.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return words;
  }

  /**
   * Drops the spaces the wrapper itself may leave at the end of a line. Only plain spaces: other
   * white space (such as U+2003 or U+001F) is the person's text and is kept.
   */
  private static String stripEnd(StringBuilder line) {
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    return line.substring(0, end);
  }
}
