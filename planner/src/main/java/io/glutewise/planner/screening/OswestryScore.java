package io.glutewise.planner.screening;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.Checks;
import org.immutables.value.Value;

/**
 * An Oswestry Disability Index result: the percentage (sum of section scores divided by five times
 * the sections answered, times 100), how many of the ten sections were answered, and the band.
 * Computed by {@link OutcomeMeasures#oswestry(java.util.Map)}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOswestryScore.class)
@JsonDeserialize(as = ImmutableOswestryScore.class)
public abstract class OswestryScore {
  /** The disability percentage, 0 to 100. */
  public abstract double percent();

  /** How many of the ten sections were answered, {@value OutcomeMeasures#OSWESTRY_MIN_ANSWERED} to 10. */
  public abstract int answered();

  /** The band the percentage falls in; always {@code OswestryBand.of(percent())}. */
  @Value.Default
  public OswestryBand band() {
    return OswestryBand.of(percent());
  }

  /** A score of the given percentage from the given number of answered sections. */
  public static OswestryScore of(double percent, int answered) {
    return ImmutableOswestryScore.builder().percent(percent).answered(answered).build();
  }

  @Value.Check
  protected void check() {
    Checks.inRange("percent", percent(), 0, 100);
    if (band() != OswestryBand.of(percent())) {
      throw new io.glutewise.core.InvalidValueException("band", band().id(), "must be " + OswestryBand.of(percent()).id()
          + " for " + percent() + " percent");
    }
    Checks.inRange("answered", answered(), OutcomeMeasures.OSWESTRY_MIN_ANSWERED, OutcomeMeasures.OSWESTRY_SECTIONS);
  }
}
