package io.glutewise.export;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Choices for the exports that the program does not decide. Today these shape the calendar only:
 * with no session time, each session is an all-day event on its date; with a time, a timed event
 * that lasts the session's estimated minutes, in the given zone (or in floating local time, the
 * same clock time wherever the calendar is, when no zone is given). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExportOptions.class)
@JsonDeserialize(as = ImmutableExportOptions.class)
public abstract class ExportOptions {
  /** The time of day sessions start; absent for all-day events. */
  public abstract Optional<LocalTime> sessionTime();

  /** The time zone of {@link #sessionTime()}; absent for floating local time. */
  public abstract Optional<ZoneId> timeZone();

  /**
   * How long before each timed session the calendar reminds, such as 30 minutes; absent for no
   * reminder. Needs {@link #sessionTime()}: an all-day event has no start to remind before.
   */
  public abstract Optional<java.time.Duration> reminderBefore();

  /**
   * Whether the calendar also gets short desk-break events on weekdays, for trainees who sit six
   * hours or more a day (docs/evidence.md, section 11).
   */
  @Value.Default
  public boolean deskBreaks() {
    return false;
  }

  /** All-day calendar events. */
  public static ExportOptions defaults() {
    return builder().build();
  }

  /** Timed calendar events at the given time, in floating local time. */
  public static ExportOptions at(LocalTime sessionTime) {
    return builder().sessionTime(sessionTime).build();
  }

  /** Timed calendar events at the given time in the given zone. */
  public static ExportOptions at(LocalTime sessionTime, ZoneId timeZone) {
    return builder().sessionTime(sessionTime).timeZone(timeZone).build();
  }

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ExportOptions}. */
  public static final class Builder extends ImmutableExportOptions.Builder {}

  @Value.Check
  protected void check() {
    if (timeZone().isPresent() && sessionTime().isEmpty()) {
      throw new io.glutewise.core.InvalidValueException(
          "timeZone", timeZone().get(), "needs a sessionTime: all-day events have no zone");
    }
    reminderBefore().ifPresent(r -> {
      if (sessionTime().isEmpty()) {
        throw new io.glutewise.core.InvalidValueException(
            "reminderBefore", r, "needs a sessionTime: an all-day event has no start to remind before");
      }
      if (r.isNegative() || r.isZero() || r.compareTo(java.time.Duration.ofDays(2)) > 0) {
        throw new io.glutewise.core.InvalidValueException(
            "reminderBefore", r, "must be more than zero and at most two days");
      }
    });
  }
}
