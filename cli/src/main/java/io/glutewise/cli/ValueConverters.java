package io.glutewise.cli;

import io.glutewise.core.json.CalendarWindow;
import io.glutewise.core.json.Echo;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The one place the command line turns typed text into dates, times, numbers and file names, and
 * words every refusal itself: {@code '2025-02-30' is not a date (YYYY-MM-DD, from 1900-01-01 to
 * 2200-12-31)} rather than the Java exception behind it. picocli prefixes the option's name.
 */
final class ValueConverters {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TIME_SHAPE = Pattern.compile("(\\d{1,2}):(\\d{2})");
  private static final Pattern WHOLE = Pattern.compile("[-+]?\\d+");

  private ValueConverters() {}

  /** Registers the converters on a command line and every command under it. */
  static void register(CommandLine commandLine) {
    commandLine.registerConverter(LocalDate.class, ValueConverters::date);
    commandLine.registerConverter(LocalTime.class, ValueConverters::time);
    ITypeConverter<Integer> whole = ValueConverters::wholeNumber;
    commandLine.registerConverter(Integer.class, whole);
    commandLine.registerConverter(int.class, whole);
    ITypeConverter<Long> longNumber = ValueConverters::longNumber;
    commandLine.registerConverter(Long.class, longNumber);
    commandLine.registerConverter(long.class, longNumber);
    commandLine.registerConverter(Path.class, ValueConverters::path);
  }

  /** A calendar date, YYYY-MM-DD, inside {@link CalendarWindow}. */
  static LocalDate date(String text) {
    String value = text.strip();
    if (!DATE_SHAPE.matcher(value).matches()) {
      throw refused(text, "is not a date: write it as YYYY-MM-DD, such as 2025-03-03");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value, DATE);
    } catch (DateTimeException e) {
      throw refused(text, "is not a day of the calendar (check the month and the day)");
    }
    if (!CalendarWindow.contains(date)) {
      throw refused(text, "is outside the dates glutewise accepts, " + CalendarWindow.IN_WORDS);
    }
    return date;
  }

  /** A time of day, HH:MM on the 24-hour clock. */
  static LocalTime time(String text) {
    java.util.regex.Matcher shape = TIME_SHAPE.matcher(text.strip());
    if (!shape.matches()) {
      throw refused(text, "is not a time: write it as HH:MM on the 24-hour clock, such as 07:30");
    }
    int hour = Integer.parseInt(shape.group(1));
    int minute = Integer.parseInt(shape.group(2));
    if (hour > 23 || minute > 59) {
      throw refused(text, "is not a time of day: hours go from 00 to 23 and minutes from 00 to 59");
    }
    return LocalTime.of(hour, minute);
  }

  /** A whole number that fits an int (the command checks the option's own range after). */
  static Integer wholeNumber(String text) {
    return (int) number(text, Integer.MIN_VALUE, Integer.MAX_VALUE, "is far too large a number");
  }

  /** A whole number that fits a long, such as a seed. */
  static Long longNumber(String text) {
    return number(text, Long.MIN_VALUE, Long.MAX_VALUE, "is too large a number (at most 19 digits)");
  }

  private static long number(String text, long min, long max, String tooLarge) {
    String value = text.strip();
    if (!WHOLE.matcher(value).matches()) {
      throw refused(text, "is not a whole number");
    }
    try {
      long number = Long.parseLong(value);
      if (number < min || number > max) {
        throw refused(text, tooLarge);
      }
      return number;
    } catch (NumberFormatException e) {
      throw refused(text, tooLarge);
    }
  }

  /** A file name: not empty, and one the file system can hold. */
  static Path path(String text) {
    if (text.isEmpty()) {
      throw new TypeConversionException("the file name is empty");
    }
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw refused(text, "cannot be a file name (it holds a character such as NUL)");
    }
  }

  private static TypeConversionException refused(String text, String problem) {
    return new TypeConversionException("'" + Echo.of(text) + "' " + problem);
  }
}
