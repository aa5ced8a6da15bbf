package io.glutewise.core.outcome;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.Checks;
import io.glutewise.core.InvalidValueException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An outcome check-in: usual back pain on the 0-10 scale and up to three activities of the
 * Patient-Specific Functional Scale (Stratford et al. 1995; docs/evidence.md, section 9), whose
 * score is the mean of the ratings. The first check-in is the baseline the later ones are compared
 * with. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCheckIn.class)
@JsonDeserialize(as = ImmutableCheckIn.class)
public abstract class CheckIn {
  /** The most activities the scale asks about. */
  public static final int MAX_ACTIVITIES = 3;

  /** The day of the check-in. */
  public abstract LocalDate date();

  /** Usual back pain over the last few days, 0 to 10. */
  public abstract int pain();

  /** Up to three activities with their ratings, each named once. */
  public abstract List<ActivityRating> activities();

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The Patient-Specific Functional Scale score: the mean rating; empty with no activities. */
  @JsonIgnore
  public OptionalDouble functionalScore() {
    return activities().stream().mapToInt(ActivityRating::rating).average();
  }

  /** Builds a {@link CheckIn}. */
  public static final class Builder extends ImmutableCheckIn.Builder {}

  @Value.Check
  protected void check() {
    Checks.pain("pain", pain());
    if (activities().size() > MAX_ACTIVITIES) {
      throw new InvalidValueException("activities", activities().size() + " activities",
          "must be at most " + MAX_ACTIVITIES);
    }
    Set<String> names = new HashSet<>();
    for (ActivityRating rating : activities()) {
      if (!names.add(rating.activity().toLowerCase(Locale.ROOT))) {
        throw new InvalidValueException("activities", "\"" + rating.activity() + "\"", "must name each activity once");
      }
    }
  }
}
