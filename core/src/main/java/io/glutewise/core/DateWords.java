package io.glutewise.core;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Dates as people read them on a plan, a log or a reminder, always in English so that what
 * glutewise writes does not change with the machine's locale: {@code Mon 6 Jan 2025}, {@code Mon 6
 * Jan}, {@code Monday 6 January}.
 */
public final class DateWords {
  // written out rather than asked of a DateTimeFormatter: a plan prints hundreds of dates, and the
  // formatter's first look-up of English day and month names costs a cold command line about 30 ms
  private static final String[] DAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };
  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"
  };

  private DateWords() {}

  /** The date with its day of the week and year: {@code Mon 6 Jan 2025}. */
  public static String of(LocalDate date) {
    return dayAndMonth(date) + " " + date.getYear();
  }

  /** The date with its day of the week, without the year: {@code Mon 6 Jan}. */
  public static String dayAndMonth(LocalDate date) {
    return shortName(date.getDayOfWeek()) + " " + date.getDayOfMonth() + " "
        + MONTHS[date.getMonthValue() - 1].substring(0, 3);
  }

  /** The date in full words, without the year: {@code Monday 6 January}. */
  public static String inFull(LocalDate date) {
    return name(date.getDayOfWeek()) + " " + date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1];
  }

  /** The day's name: {@code Monday}. */
  public static String name(DayOfWeek day) {
    return DAYS[day.ordinal()];
  }

  private static String shortName(DayOfWeek day) {
    return DAYS[day.ordinal()].substring(0, 3);
  }
}
