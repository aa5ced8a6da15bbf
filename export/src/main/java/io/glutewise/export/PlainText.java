package io.glutewise.export;

import io.glutewise.core.dose.Dose;
import io.glutewise.core.dose.DoseWords;
import io.glutewise.export.internal.TextLines;
import io.glutewise.export.internal.TextWrapper;
import java.util.List;

/**
 * The one wording of a dose and the one text wrapper glutewise prints with, shared by the text
 * export and the front ends, so a dose reads the same on a plan and in {@code glutewise next}.
 * Stateless and thread-safe.
 */
public final class PlainText {
  /** The terminal width plain text is laid out to. */
  public static final int WIDTH = TextLines.WIDTH;

  private PlainText() {}

  /** A prescribed dose in words: {@code 3 x 10-12 reps each side, 2 s hold each rep, rest 60 s}. */
  public static String dose(Dose dose) {
    return DoseWords.of(dose);
  }

  /**
   * Wraps text at spaces to a width in columns, keeping its line breaks.
   *
   * @param text the text
   * @param width the widest line, more than either indent
   * @param firstIndent put before the first line
   * @param restIndent put before every following line
   * @return the lines, at least one; a word wider than the room gets a line of its own
   * @throws IllegalArgumentException when the indents leave no room
   */
  public static List<String> wrap(String text, int width, String firstIndent, String restIndent) {
    return TextWrapper.wrap(text, width, firstIndent, restIndent);
  }
}
