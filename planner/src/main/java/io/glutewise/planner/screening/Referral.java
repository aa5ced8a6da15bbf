package io.glutewise.planner.screening;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.InvalidValueException;
import io.glutewise.core.trainee.RedFlag;
import java.util.List;
import org.immutables.value.Value;

/**
 * The answer to a screening with at least one red flag: which flags were reported and a message, in
 * plain words, asking the trainee to see a clinician before starting. A referral never comes with a
 * program. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReferral.class)
@JsonDeserialize(as = ImmutableReferral.class)
public abstract class Referral {
  /** The red flags reported, in the order of {@link RedFlag}; never empty. */
  public abstract List<RedFlag> flags();

  /** The message for the trainee: what was reported and whom to see, in plain words. */
  public abstract String message();

  /** A referral for the given flags with the given message. */
  public static Referral of(List<RedFlag> flags, String message) {
    return builder().flags(flags).message(message).build();
  }

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Referral}. */
  public static final class Builder extends ImmutableReferral.Builder {}

  @Value.Check
  protected void check() {
    if (flags().isEmpty()) {
      throw new InvalidValueException("flags", "[]", "must name at least one red flag");
    }
    if (message().isBlank()) {
      throw new InvalidValueException("message", "\"\"", "must not be blank");
    }
  }
}
