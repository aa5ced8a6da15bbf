package io.glutewise.export.internal;

import java.time.LocalDate;

/**
 * Dates as people read them on a plan, always in English so that exports do not change with the
 * machine's locale: {@code Mon 6 Jan 2025}.
 */
public final class DateWords {
  // written out rather than asked of a DateTimeFormatter: a plan prints hundreds of dates, and the
  // formatter's first look-up of English day and month names costs a cold command line about 30 ms
  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private DateWords() {}

  /** The date with its day of the week: {@code Mon 6 Jan 2025}. */
  public static String of(LocalDate date) {
    return DAYS[date.getDayOfWeek().ordinal()] + " " + date.getDayOfMonth() + " "
        + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
  }
}
