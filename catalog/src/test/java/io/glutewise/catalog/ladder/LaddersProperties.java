package io.glutewise.catalog.ladder;

import static io.glutewise.catalog.generators.CatalogGenerators.documents;
import static io.glutewise.core.generators.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.catalog.Catalog;
import io.glutewise.catalog.CatalogDocument;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.LadderStep;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ladder queries agree with each other and with the steps, on generated catalogs. */
class LaddersProperties {
  private static Ladders laddersOf(CatalogDocument document) {
    return Catalog.of(document).ladders();
  }

  private static List<String> ids(CatalogDocument document) {
    return document.exercises().stream().map(Exercise::id).toList();
  }

  @Test
  void harderAndEasierAreEachOthersInverseAndFollowTheSteps() {
    theory().forAll(documents()).checkAssert(document -> {
      Ladders ladders = laddersOf(document);
      for (String x : ids(document)) {
        for (String e : ladders.easier(x)) {
          assertThat(ladders.harder(e)).contains(x);
        }
        for (String h : ladders.harder(x)) {
          assertThat(ladders.easier(h)).contains(x);
        }
        assertThat(ladders.harder(x)).containsExactlyInAnyOrderElementsOf(
            document.ladders().stream().filter(s -> s.from().equals(x)).map(LadderStep::to).toList());
      }
    });
  }

  @Test
  void stepIsPresentExactlyForAOneStepClimbAndCarriesTheStep() {
    theory().forAll(documents()).checkAssert(document -> {
      Ladders ladders = laddersOf(document);
      for (String x : ids(document)) {
        for (String y : ids(document)) {
          Optional<LadderStep> step = ladders.step(x, y);
          assertThat(step.isPresent()).as("step %s -> %s", x, y).isEqualTo(ladders.harder(x).contains(y));
          step.ifPresent(s -> {
            assertThat(s.from()).isEqualTo(x);
            assertThat(s.to()).isEqualTo(y);
            assertThat(document.ladders()).contains(s);
          });
        }
      }
      assertThat(ladders.steps()).containsExactlyInAnyOrderElementsOf(document.ladders());
    });
  }

  @Test
  void allHarderIsTheTransitiveClosureOfHarderAndNeverHoldsTheExerciseItself() {
    theory().forAll(documents()).checkAssert(document -> {
      Ladders ladders = laddersOf(document);
      for (String x : ids(document)) {
        Set<String> oneStepThenAll = new HashSet<>();
        for (String h : ladders.harder(x)) {
          oneStepThenAll.add(h);
          oneStepThenAll.addAll(ladders.allHarder(h));
        }
        assertThat(ladders.allHarder(x)).as("allHarder(%s)", x).isEqualTo(oneStepThenAll);
        assertThat(ladders.allHarder(x)).doesNotContain(x);
        assertThat(ladders.allEasier(x)).doesNotContain(x);
      }
    });
  }

  @Test
  void allEasierIsAllHarderSeenFromTheOtherEnd() {
    theory().forAll(documents()).checkAssert(document -> {
      Ladders ladders = laddersOf(document);
      for (String x : ids(document)) {
        for (String y : ids(document)) {
          assertThat(ladders.allEasier(y).contains(x)).as("%s below %s", x, y)
              .isEqualTo(ladders.allHarder(x).contains(y));
        }
      }
    });
  }

  @Test
  void aPathExistsExactlyWhenTheOtherIsHarderAndClimbsOneStepAtATimeWithoutShortcut() {
    theory().forAll(documents()).checkAssert(document -> {
      Ladders ladders = laddersOf(document);
      for (String a : ids(document)) {
        for (String b : ids(document)) {
          Optional<List<String>> path = ladders.path(a, b);
          assertThat(path.isPresent()).as("path %s -> %s", a, b)
              .isEqualTo(a.equals(b) || ladders.allHarder(a).contains(b));
          path.ifPresent(p -> {
            assertThat(p.get(0)).isEqualTo(a);
            assertThat(p.get(p.size() - 1)).isEqualTo(b);
            assertThat(p).doesNotHaveDuplicates();
            for (int i = 0; i + 1 < p.size(); i++) {
              assertThat(ladders.step(p.get(i), p.get(i + 1))).as("step %s -> %s", p.get(i), p.get(i + 1)).isPresent();
            }
            // a shortest climb: no step skips from one rung to a later one
            for (int i = 0; i < p.size(); i++) {
              for (int j = i + 2; j < p.size(); j++) {
                assertThat(ladders.step(p.get(i), p.get(j))).isEmpty();
              }
            }
          });
        }
      }
    });
  }
}
