package io.glutewise.core.trainee;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A record that a clinician has seen the trainee about named red flags and cleared them to
 * exercise: who, when, and exactly which flags. A red flag the clearance does not name still gives
 * a referral. glutewise takes the record on trust; it is the trainee's statement, not a check.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClinicianClearance.class)
@JsonDeserialize(as = ImmutableClinicianClearance.class)
public abstract class ClinicianClearance {
  /** The red flags the clinician saw the trainee about; never empty. */
  public abstract Set<RedFlag> flags();

  /** Who gave the clearance, such as {@code Dr A. Jones, GP}. */
  public abstract String clinician();

  /** The day of the consultation. */
  public abstract LocalDate date();

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the clearance covers a red flag. */
  public boolean covers(RedFlag flag) {
    return flags().contains(flag);
  }

  /** Builds a {@link ClinicianClearance}. */
  public static final class Builder extends ImmutableClinicianClearance.Builder {}

  @Value.Check
  protected void check() {
    if (flags().isEmpty()) {
      throw new InvalidValueException("flags", "[]", "must name the red flags the clinician saw you about");
    }
    if (clinician().isBlank() || clinician().length() > 120) {
      throw new InvalidValueException("clinician", "\"" + clinician() + "\"", "must name the clinician in 1 to 120 characters");
    }
  }
}
