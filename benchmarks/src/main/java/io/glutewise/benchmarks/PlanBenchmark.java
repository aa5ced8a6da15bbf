package io.glutewise.benchmarks;

import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.PlanResult;
import io.glutewise.planner.Planner;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of planning: screening and building a 12-week, 3-day program for a default beginner
 * (the common case), and a 26-week, 6-day program for an advanced trainee with every piece of
 * equipment and 120 minutes a session (the largest one).
 *
 * <p>The floor is one pass over the standard catalog that looks at every exercise's equipment:
 * any plan must at least do that, so the plan's cost reads as a ratio to it, measured in the same
 * run on the same machine.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar PlanBenchmark -wi 2 -i 3 -f 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlanBenchmark {
  private Planner planner;
  private TraineeProfile beginner;
  private PlanOptions twelveWeeks;
  private TraineeProfile advanced;
  private PlanOptions twentySixWeeks;

  /** Loads the standard catalog once, outside the measurement. */
  @Setup
  public void setUp() {
    planner = Planner.standard();
    beginner = TraineeProfile.defaults();
    twelveWeeks = PlanOptions.startingOn(LocalDate.of(2025, 1, 6));
    advanced = TraineeProfile.builder()
        .level(ExperienceLevel.ADVANCED)
        .equipment(EnumSet.allOf(Equipment.class))
        .daysPerWeek(6)
        .minutesPerSession(120)
        .build();
    twentySixWeeks = PlanOptions.builder().from(twelveWeeks).weeks(26).build();
  }

  /** The floor: count the catalog's exercises the default beginner has the equipment for. */
  @Benchmark
  public long floorOnePassOverTheCatalog() {
    return planner.catalog().exercises().stream()
        .filter(e -> e.equipment().stream().allMatch(beginner::has))
        .count();
  }

  /** A 12-week, 3-day program for a default beginner. */
  @Benchmark
  public PlanResult twelveWeeksThreeDaysBeginner() {
    return planner.plan(beginner, twelveWeeks);
  }

  /** A 26-week, 6-day program for an advanced trainee with all the equipment. */
  @Benchmark
  public PlanResult twentySixWeeksSixDaysAdvanced() {
    return planner.plan(advanced, twentySixWeeks);
  }
}
