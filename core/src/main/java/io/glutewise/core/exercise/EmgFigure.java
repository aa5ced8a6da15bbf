package io.glutewise.core.exercise;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.Checks;
import io.glutewise.core.InvalidValueException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A published surface-EMG figure for one muscle in one exercise, in percent of maximal voluntary
 * isometric contraction (%MVIC), with its measure and source.
 *
 * <p>A single value has {@code low == high}; a range has {@code low < high}. Values run from 0 to
 * 300, since peak figures above 100% are published. Figures of different measures or studies are
 * never averaged. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEmgFigure.class)
@JsonDeserialize(as = ImmutableEmgFigure.class)
public abstract class EmgFigure {
  /** The figure, or the bottom of the range, in %MVIC. */
  public abstract double low();

  /** The top of the range in %MVIC; equal to {@link #low()} for a single value. */
  @Value.Default
  public double high() {
    return low();
  }

  /** How the figure was measured. */
  public abstract EmgMeasure measure();

  /** The condition, where it matters: "10RM load", "upper fibres", "with a band". */
  public abstract Optional<String> condition();

  /** Where the figure was published: authors, year, journal and volume, or a PMC id. */
  public abstract String source();

  /** A single value. */
  public static EmgFigure of(double value, EmgMeasure measure, String source) {
    return ImmutableEmgFigure.builder().low(value).measure(measure).source(source).build();
  }

  /** A range of values. */
  public static EmgFigure range(double low, double high, EmgMeasure measure, String source) {
    return ImmutableEmgFigure.builder()
        .low(low)
        .high(high)
        .measure(measure)
        .source(source)
        .build();
  }

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether this is a range rather than a single value. */
  @JsonIgnore // derived, and Jackson would otherwise write it as a property it cannot read back
  public boolean isRange() {
    return high() > low();
  }

  /** Builds an {@link EmgFigure}; every invariant is checked on {@code build()}. */
  public static final class Builder extends ImmutableEmgFigure.Builder {}

  @Value.Check
  protected void check() {
    Checks.inRange("low", low(), 0, 300);
    Checks.inRange("high", high(), 0, 300);
    if (low() > high()) {
      throw new InvalidValueException("low", low(), "must not exceed high " + high());
    }
    Checks.notBlank("source", source());
  }

  @Override
  public String toString() {
    String value = isRange() ? format(low()) + "-" + format(high()) : format(low());
    return value + "% MVIC (" + measure().id() + condition().map(c -> ", " + c).orElse("") + "; "
        + source() + ")";
  }

  private static String format(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
