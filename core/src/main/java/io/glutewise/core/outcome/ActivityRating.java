package io.glutewise.core.outcome;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.Checks;
import io.glutewise.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * One activity of the Patient-Specific Functional Scale: something the trainee finds hard because
 * of their back, named in their own words, rated from 0 (cannot do it) to 10 (as well as before the
 * problem). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableActivityRating.class)
@JsonDeserialize(as = ImmutableActivityRating.class)
public abstract class ActivityRating {
  /** The activity, as the trainee named it, such as {@code sitting through a film}. */
  public abstract String activity();

  /** How well it can be done, 0 (unable) to 10 (as before). */
  public abstract int rating();

  /** An activity with its rating. */
  public static ActivityRating of(String activity, int rating) {
    return ImmutableActivityRating.builder().activity(activity.trim()).rating(rating).build();
  }

  @Value.Check
  protected void check() {
    if (activity().isBlank() || activity().length() > 80) {
      throw new InvalidValueException("activity", "\"" + activity() + "\"", "must be named in 1 to 80 characters");
    }
    Checks.inRange("rating", rating(), 0, 10);
  }
}
