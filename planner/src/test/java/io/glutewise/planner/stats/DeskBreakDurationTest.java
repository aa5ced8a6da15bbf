package io.glutewise.planner.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.catalog.Catalog;
import io.glutewise.catalog.guidance.RoutineTemplate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalog's desk break for long sitting takes 3 to 5 minutes by the planner's own estimate. */
class DeskBreakDurationTest {
  @Test
  void theDeskBreakTakesThreeToFiveMinutes() {
    Catalog catalog = Catalog.standard();
    RoutineTemplate desk = catalog.template("desk-break").orElseThrow();
    int seconds = Stream.of(desk.warmUp(), desk.main(), desk.coolDown()).flatMap(List::stream)
        .mapToInt(p -> SessionDuration.estimateSeconds(p, catalog)).sum();
    assertThat(seconds).isBetween(3 * 60, 5 * 60);
  }
}
