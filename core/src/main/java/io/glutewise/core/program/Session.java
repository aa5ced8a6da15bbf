package io.glutewise.core.program;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.google.common.collect.ImmutableList;
import io.glutewise.core.Checks;
import io.glutewise.core.InvalidValueException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * One training session on a given date: a warm-up, a main block and a cool-down, each a list of
 * prescriptions, with an estimate of how long it takes.
 *
 * <p>Its id, {@code w03-s2}, names the week and the session within the week; logs refer to it.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSession.class)
@JsonDeserialize(as = ImmutableSession.class)
public abstract class Session {
  /** The week this session belongs to, from 1. */
  public abstract int week();

  /** The session's number within its week, from 1. */
  public abstract int index();

  /** The date the session is planned for. */
  public abstract LocalDate date();

  /** Exercises that wake the glutes up. */
  public abstract List<Prescription> warmUp();

  /** The main block; never empty. */
  public abstract List<Prescription> main();

  /** Stretches to finish. */
  public abstract List<Prescription> coolDown();

  /** The estimated duration in whole minutes. */
  public abstract int estimatedMinutes();

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The session's id, such as {@code w03-s2}. */
  @JsonIgnore
  public String id() {
    return idOf(week(), index());
  }

  /** The id of the session with the given week and index. */
  public static String idOf(int week, int index) {
    // as String.format("w%02d-s%d") would write it, without its format parser (a plan asks hundreds of times)
    return (week >= 0 && week < 10 ? "w0" : "w") + week + "-s" + index;
  }

  /** The day of the week the session falls on. */
  @JsonIgnore
  public DayOfWeek dayOfWeek() {
    return date().getDayOfWeek();
  }

  /** The prescriptions of one part. */
  public List<Prescription> part(SessionPart part) {
    switch (part) {
      case WARM_UP:
        return warmUp();
      case MAIN:
        return main();
      default:
        return coolDown();
    }
  }

  /** Every prescription, warm-up first, then main, then cool-down. */
  @JsonIgnore
  public List<Prescription> all() {
    return ImmutableList.<Prescription>builder()
        .addAll(warmUp())
        .addAll(main())
        .addAll(coolDown())
        .build();
  }

  /** Builds a {@link Session}. */
  public static final class Builder extends ImmutableSession.Builder {}

  @Value.Check
  protected void check() {
    Checks.inRange("week", week(), 1, 52);
    Checks.inRange("index", index(), 1, 7);
    Checks.inRange("estimatedMinutes", estimatedMinutes(), 0, 600);
    if (main().isEmpty()) {
      throw new InvalidValueException("main", "[]", "must not be empty in session " + id());
    }
  }
}
