package io.glutewise.planner.screening;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.InvalidValueException;
import io.glutewise.core.trainee.RedFlag;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What screening found: the red flags reported (any one means a referral) and the weak-glute score.
 *
 * <p>{@link #referral()} is present exactly when {@link #redFlags()} is not empty. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableScreeningResult.class)
@JsonDeserialize(as = ImmutableScreeningResult.class)
public abstract class ScreeningResult {
  /** The red flags reported, in the order of {@link RedFlag}; empty when there are none. */
  public abstract List<RedFlag> redFlags();

  /** The red flags reported that a clinician's clearance covers: they do not stop a program. */
  public abstract List<RedFlag> clearedFlags();

  /** The referral, present exactly when a red flag was reported. */
  public abstract Optional<Referral> referral();

  /** The weak-glute checklist, scored. */
  public abstract WeakGluteScore weakGlutes();

  /** Whether the trainee should see a clinician instead of starting a program. */
  @JsonIgnore
  public boolean isReferral() {
    return referral().isPresent();
  }

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScreeningResult}. */
  public static final class Builder extends ImmutableScreeningResult.Builder {}

  @Value.Check
  protected void check() {
    if (redFlags().isEmpty() == referral().isPresent()) {
      throw new InvalidValueException(
          "referral", referral().isPresent() ? "present" : "absent",
          "must be present exactly when a red flag was reported (" + redFlags() + ")");
    }
    referral().ifPresent(r -> {
      if (!r.flags().equals(redFlags())) {
        throw new InvalidValueException("referral.flags", r.flags(), "must equal redFlags " + redFlags());
      }
    });
  }
}
