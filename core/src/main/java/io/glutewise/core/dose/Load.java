package io.glutewise.core.dose;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.Checks;
import io.glutewise.core.InvalidValueException;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A resistance: bodyweight, a band of some strength, or a weight in kilograms or pounds.
 *
 * <p>A weight always has a positive amount; a band always has a strength; bodyweight has neither.
 * Immutable and thread-safe.
 */
// hashed as it is made: the planner keys every prescription it builds by its load, and loads are few
@Value.Immutable(prehash = true)
@JsonSerialize(as = ImmutableLoad.class)
@JsonDeserialize(as = ImmutableLoad.class)
public abstract class Load {
  private static final double POUNDS_PER_KILOGRAM = 2.20462;

  /** What kind of resistance this is. */
  public abstract LoadKind kind();

  /** The weight, for kilograms and pounds only. */
  public abstract Optional<Double> amount();

  /** The band's strength, for bands only. */
  public abstract Optional<BandStrength> band();

  /** Bodyweight only. */
  public static Load bodyweight() {
    return ImmutableLoad.builder().kind(LoadKind.BODYWEIGHT).build();
  }

  /** A band of the given strength. */
  public static Load band(BandStrength strength) {
    return ImmutableLoad.builder().kind(LoadKind.BAND).band(strength).build();
  }

  /** A weight in kilograms; must be above zero and at most 500. */
  public static Load kilograms(double amount) {
    return ImmutableLoad.builder().kind(LoadKind.KILOGRAMS).amount(amount).build();
  }

  /** A weight in pounds; must be above zero and at most 1100. */
  public static Load pounds(double amount) {
    return ImmutableLoad.builder().kind(LoadKind.POUNDS).amount(amount).build();
  }

  /** Whether an external weight is involved. */
  @JsonIgnore // derived, and Jackson would otherwise write it as a property it cannot read back
  public boolean isWeight() {
    return kind() == LoadKind.KILOGRAMS || kind() == LoadKind.POUNDS;
  }

  /** The weight in kilograms, or zero when this is not a weight. */
  public double kilogramsOrZero() {
    if (!isWeight()) {
      return 0;
    }
    double value = amount().orElseThrow();
    return kind() == LoadKind.KILOGRAMS ? value : value / POUNDS_PER_KILOGRAM;
  }

  /**
   * A rank for comparing resistances of different kinds: bodyweight, then bands by strength, then
   * weights by kilograms. Used to tell whether a trainee lifted what was prescribed.
   */
  public double rank() {
    switch (kind()) {
      case BODYWEIGHT:
        return 0;
      case BAND:
        return 1 + band().orElseThrow().ordinal();
      default:
        return 10 + kilogramsOrZero();
    }
  }

  /**
   * Whether this is a heavier resistance of the same kind as the other (a heavier dumbbell, a
   * stronger band): a load step, as opposed to a change of kind.
   */
  public boolean heavierOfTheSameKind(Load other) {
    return kind() == other.kind() && rank() > other.rank();
  }

  /** Whether this resistance is at least as heavy as the other. */
  public boolean atLeast(Load other) {
    return rank() >= other.rank() - 1e-9;
  }

  @Value.Check
  protected void check() {
    // the fields name the offending property itself, so that a JSON path can point at it
    boolean weight = isWeight();
    boolean band = kind() == LoadKind.BAND;
    if (!weight && amount().isPresent()) {
      throw new InvalidValueException(
          "amount", amount().orElseThrow(), "must be left out for a load of kind " + kind().id());
    }
    if (!band && band().isPresent()) {
      throw new InvalidValueException(
          "band", band().orElseThrow().id(), "must be left out for a load of kind " + kind().id());
    }
    if (band && band().isEmpty()) {
      throw new InvalidValueException("band", "absent", "is required for a load of kind band");
    }
    if (weight) {
      if (amount().isEmpty()) {
        throw new InvalidValueException(
            "amount", "absent", "is required for a load of kind " + kind().id());
      }
      double max = kind() == LoadKind.KILOGRAMS ? 500 : 1100;
      Checks.inRange("amount", amount().orElseThrow(), 0.1, max);
    }
  }

  /** Reads back what {@link #toString()} writes: {@code bodyweight}, {@code band:light}, {@code 20kg}. */
  public static Load parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("bodyweight") || t.equals("bw")) {
      return bodyweight();
    }
    if (t.startsWith("band:")) {
      return band(BandStrength.fromId(t.substring(5)));
    }
    try {
      if (t.endsWith("kg")) {
        return kilograms(Double.parseDouble(t.substring(0, t.length() - 2)));
      }
      if (t.endsWith("lb")) {
        return pounds(Double.parseDouble(t.substring(0, t.length() - 2)));
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new InvalidValueException(
        "load", "\"" + text + "\"", "must be bodyweight, band:<strength>, <n>kg or <n>lb");
  }

  @Override
  public String toString() {
    switch (kind()) {
      case BODYWEIGHT:
        return "bodyweight";
      case BAND:
        return "band:" + band().map(BandStrength::id).orElse("?");
      default:
        double value = amount().orElse(0.0);
        String number =
            value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        return number + kind().id();
    }
  }
}
