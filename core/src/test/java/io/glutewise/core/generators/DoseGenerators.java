package io.glutewise.core.generators;

import static io.glutewise.core.generators.CoreGenerators.optionals;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.glutewise.core.dose.BandStrength;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.dose.Load;
import io.glutewise.core.dose.LoadKind;
import io.glutewise.core.dose.PerformedSet;
import io.glutewise.core.dose.TargetRange;
import io.glutewise.core.exercise.DoseKind;
import io.glutewise.core.exercise.Laterality;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for doses: target ranges, loads, prescribed doses and performed sets. Every value is
 * valid, that is it builds without an {@link io.glutewise.core.InvalidValueException}.
 */
public final class DoseGenerators {
  /** The largest kilograms {@link Load} accepts. */
  public static final double MAX_KILOGRAMS = 500;

  /** The largest pounds {@link Load} accepts. */
  public static final double MAX_POUNDS = 1100;

  private DoseGenerators() {}

  /** Any band strength. */
  public static Gen<BandStrength> bandStrengths() {
    return Generate.enumValues(BandStrength.class);
  }

  /** Any load kind. */
  public static Gen<LoadKind> loadKinds() {
    return Generate.enumValues(LoadKind.class);
  }

  /** Any valid range: a minimum from 1 to 3600 and a maximum from there to 3600. */
  public static Gen<TargetRange> targetRanges() {
    return in -> {
      int min = integers().between(1, 3600).generate(in);
      int max = integers().between(min, 3600).generate(in);
      return TargetRange.of(min, max);
    };
  }

  /** Repetition ranges people prescribe: a minimum from 1 to 30, at most 20 wide, up to 50. */
  public static Gen<TargetRange> repetitionRanges() {
    return in -> {
      int min = integers().between(1, 30).generate(in);
      int max = integers().between(min, min + 20).generate(in);
      return TargetRange.of(min, max);
    };
  }

  /** Hold or duration ranges in seconds: a minimum from 1 to 300, at most 120 wide. */
  public static Gen<TargetRange> secondRanges() {
    return in -> {
      int min = integers().between(1, 300).generate(in);
      int max = integers().between(min, min + 120).generate(in);
      return TargetRange.of(min, max);
    };
  }

  /**
   * Weights from 0.1 to {@code max}: half of them whole or half units as on plates and dumbbells,
   * half arbitrary decimals, which must survive JSON and {@link Load#parse} exactly.
   */
  public static Gen<Double> weightAmounts(double max) {
    Gen<Double> plates = integers().between(1, (int) (max * 2)).map(halves -> halves / 2.0);
    return plates.mix(doubles().between(0.1, max));
  }

  /** Band loads of any strength. */
  public static Gen<Load> bandLoads() {
    return bandStrengths().map(Load::band);
  }

  /** Kilogram and pound loads over their whole valid range. */
  public static Gen<Load> weightLoads() {
    return weightAmounts(MAX_KILOGRAMS)
        .map(Load::kilograms)
        .mix(weightAmounts(MAX_POUNDS).map(Load::pounds));
  }

  /** Any valid load: bodyweight, a band, kilograms or pounds. */
  public static Gen<Load> loads() {
    return Generate.oneOf(Generate.constant(Load.bodyweight()), bandLoads(), weightLoads());
  }

  /** Any valid dose, counted or timed, per side or not, with any load and effort target. */
  public static Gen<Dose> doses() {
    Gen<Boolean> coin = booleans().all();
    return in -> doseGen(coin.generate(in), coin.generate(in)).generate(in);
  }

  /** Valid doses in repetitions. */
  public static Gen<Dose> repetitionDoses() {
    return booleans().all().flatMap(perSide -> doseGen(false, perSide));
  }

  /** Valid doses in seconds. */
  public static Gen<Dose> timedDoses() {
    return booleans().all().flatMap(perSide -> doseGen(true, perSide));
  }

  /**
   * Valid doses that fit an exercise of the given dose kind and laterality: in seconds unless the
   * kind is repetitions, per side exactly when the exercise is unilateral.
   */
  public static Gen<Dose> dosesFor(DoseKind kind, Laterality laterality) {
    return doseGen(kind != DoseKind.REPETITIONS, laterality == Laterality.UNILATERAL);
  }

  private static Gen<Dose> doseGen(boolean timed, boolean perSide) {
    return in -> {
      Dose.Builder dose = Dose.builder();
      dose.sets(integers().between(1, 10).generate(in));
      if (timed) {
        dose.seconds(secondRanges().generate(in));
      } else {
        dose.repetitions(repetitionRanges().generate(in));
      }
      return dose.perSide(perSide)
          .restSeconds(integers().between(0, 600).generate(in))
          .pauseAtTopSeconds(integers().between(0, 10).generate(in))
          .load(loads().generate(in))
          .repsInReserve(optionals(integers().between(0, 10)).generate(in))
          .build();
    };
  }

  /** Any valid performed set: 0 to 1000 repetitions or 0 to 7200 seconds, any load and effort. */
  public static Gen<PerformedSet> performedSets() {
    return in -> {
      PerformedSet.Builder set = PerformedSet.builder();
      if (booleans().all().generate(in)) {
        set.seconds(integers().between(0, 7200).generate(in));
      } else {
        set.repetitions(integers().between(0, 1000).generate(in));
      }
      return set.load(loads().generate(in))
          .repsInReserve(optionals(integers().between(0, 10)).generate(in))
          .build();
    };
  }

  /**
   * Sets as a trainee might perform the dose: repetitions or seconds as the dose asks, from zero
   * to a little past the top of its range, mostly with the prescribed load.
   */
  public static Gen<PerformedSet> performedSetsFor(Dose dose) {
    return in -> {
      int amount = integers().between(0, dose.target().max() + 5).generate(in);
      Load load = Generate.constant(dose.load()).mix(loads(), 20).generate(in);
      Optional<Integer> reserve = optionals(integers().between(0, 10)).generate(in);
      PerformedSet.Builder set = PerformedSet.builder().load(load).repsInReserve(reserve);
      return dose.isTimed() ? set.seconds(amount).build() : set.repetitions(amount).build();
    };
  }
}
