package io.glutewise.export.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as people read them on a plan, always in English so that exports do not change with the
 * machine's locale: {@code Mon 6 Jan 2025}.
 */
public final class DateWords {
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  private DateWords() {}

  /** The date with its day of the week: {@code Mon 6 Jan 2025}. */
  public static String of(LocalDate date) {
    return SHORT.format(date);
  }
}
