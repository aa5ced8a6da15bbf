package io.glutewise.cli.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table that fits a width: a header, a rule, and rows whose last column wraps onto
 * continuation lines when the row is too long.
 */
public final class TextTable {
  private static final String GAP = "  ";

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  private TextTable(List<String> headers) {
    this.headers = headers;
  }

  /** A table with the given column headers. */
  public static TextTable withHeaders(String... headers) {
    return new TextTable(List.of(headers));
  }

  /**
   * Adds a row.
   *
   * @param cells one cell per column
   * @return this table
   * @throws IllegalArgumentException when the number of cells differs from the headers
   */
  public TextTable row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "a row needs " + headers.size() + " cells, got " + cells.length);
    }
    rows.add(Arrays.asList(cells));
    return this;
  }

  /** The number of rows added. */
  public int size() {
    return rows.size();
  }

  /**
   * Lays the table out.
   *
   * @param width the longest line allowed
   * @return the lines, header and rule first
   */
  public List<String> render(int width) {
    int columns = headers.size();
    int[] widths = new int[columns];
    for (int c = 0; c < columns; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    int fixed = 0;
    for (int c = 0; c < columns - 1; c++) {
      fixed += widths[c] + GAP.length();
    }
    int last = Math.max(10, Math.min(widths[columns - 1], width - fixed));
    widths[columns - 1] = last;
    List<String> lines = new ArrayList<>();
    lines.add(line(headers, widths));
    StringBuilder rule = new StringBuilder();
    for (int c = 0; c < columns; c++) {
      rule.append("-".repeat(widths[c])).append(c < columns - 1 ? GAP : "");
    }
    lines.add(rule.toString());
    String indent = " ".repeat(fixed);
    for (List<String> row : rows) {
      List<String> wrapped = Paragraphs.wrap(row.get(columns - 1), last, "", "");
      List<String> cells = new ArrayList<>(row.subList(0, columns - 1));
      cells.add(wrapped.get(0));
      lines.add(line(cells, widths));
      for (String more : wrapped.subList(1, wrapped.size())) {
        lines.add(indent + more);
      }
    }
    return lines;
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder text = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      if (c < cells.size() - 1) {
        text.append(cell).append(" ".repeat(Math.max(0, widths[c] - cell.length()))).append(GAP);
      } else {
        text.append(cell);
      }
    }
    return text.toString().stripTrailing();
  }
}
