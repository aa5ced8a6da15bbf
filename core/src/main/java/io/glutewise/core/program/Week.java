package io.glutewise.core.program;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.Checks;
import io.glutewise.core.InvalidValueException;
import java.util.List;
import org.immutables.value.Value;

/** A training week: its number, whether it is a lighter deload week, and its sessions. */
@Value.Immutable
@JsonSerialize(as = ImmutableWeek.class)
@JsonDeserialize(as = ImmutableWeek.class)
public abstract class Week {
  /** The week's number in the program, from 1. */
  public abstract int number();

  /** Whether this is a deload week: less volume, the same exercises. */
  @Value.Default
  public boolean deload() {
    return false;
  }

  /** The sessions, in date order. */
  public abstract List<Session> sessions();

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Week}. */
  public static final class Builder extends ImmutableWeek.Builder {}

  @Value.Check
  protected void check() {
    Checks.inRange("number", number(), 1, 52);
    for (int i = 0; i < sessions().size(); i++) {
      int week = sessions().get(i).week();
      if (week != number()) {
        throw new InvalidValueException(
            "sessions[" + i + "].week", week, "must equal the week's number " + number());
      }
    }
  }
}
