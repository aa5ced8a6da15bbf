package io.glutewise.core.dose;

import static io.glutewise.core.generators.Theories.theory;

import io.glutewise.core.generators.DoseGenerators;
import org.junit.jupiter.api.Test;

class LoadProperties {

  @Test
  void parseReadsBackWhatToStringWrites() {
    theory().forAll(DoseGenerators.loads()).check(load -> Load.parse(load.toString()).equals(load));
  }

  @Test
  void everyLoadIsAtLeastItself() {
    theory().forAll(DoseGenerators.loads()).check(load -> load.atLeast(load));
  }

  @Test
  void anyTwoLoadsCompareOneWayOrTheOther() {
    theory()
        .forAll(DoseGenerators.loads(), DoseGenerators.loads())
        .check((a, b) -> a.atLeast(b) || b.atLeast(a));
  }

  @Test
  void everyWeightIsHeavierThanEveryBandAndBandsThanBodyweight() {
    theory()
        .forAll(DoseGenerators.weightLoads(), DoseGenerators.bandLoads())
        .check(
            (weight, band) ->
                weight.atLeast(band)
                    && !band.atLeast(weight)
                    && band.atLeast(Load.bodyweight())
                    && !Load.bodyweight().atLeast(band));
  }

  @Test
  void weightsCompareByTheirMassWhateverTheUnit() {
    theory()
        .forAll(DoseGenerators.weightLoads(), DoseGenerators.weightLoads())
        .check(
            (a, b) ->
                a.kilogramsOrZero() > b.kilogramsOrZero() + 1e-6
                    ? a.atLeast(b) && !b.atLeast(a)
                    : true);
  }
}
