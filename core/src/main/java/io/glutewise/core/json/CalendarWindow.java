package io.glutewise.core.json;

import java.time.LocalDate;

/**
 * The dates glutewise accepts anywhere a person or a client gives one: from 1900-01-01 to
 * 2200-12-31. A training date outside that window is a typing slip, and far-off years break the
 * calendar formats (iCalendar has four-digit years) and the date arithmetic of a 26-week plan.
 */
public final class CalendarWindow {
  /** The first date accepted. */
  public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);

  /** The last date accepted. */
  public static final LocalDate LAST = LocalDate.of(2200, 12, 31);

  /** The window in words, for messages: {@code from 1900-01-01 to 2200-12-31}. */
  public static final String IN_WORDS = "from " + FIRST + " to " + LAST;

  private CalendarWindow() {}

  /** Whether a date lies inside the window, both ends included. */
  public static boolean contains(LocalDate date) {
    return !date.isBefore(FIRST) && !date.isAfter(LAST);
  }
}
