package io.glutewise.benchmarks;

import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.Planner;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * The 12-week, 3-day plan of {@link PlanBenchmark} as a ratio to its floor, the two measured in
 * turns within one JVM: 150 rounds of 40 plans and then 800 floor passes. JMH runs one benchmark
 * after the other, and on a shared machine whose speed moves in phases of a few seconds a plan
 * figure and its floor can then come from different phases; taken in turns, each round's ratio
 * compares like with like. (The bytes allocated per plan, which do not depend on the machine at
 * all, come from JMH: {@code PlanBenchmark -prof gc}.)
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.glutewise.benchmarks.InterleavedPlanRatio}
 */
public final class InterleavedPlanRatio {
  private static final int ROUNDS = 150;
  private static final int PLANS_PER_ROUND = 40;
  private static final int FLOORS_PER_ROUND = 800;
  private static final long WARM_UP_NANOS = 12_000_000_000L;

  private InterleavedPlanRatio() {}

  /**
   * Runs the measurement and prints one line of figures.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PlanBenchmark bench = new PlanBenchmark();
    bench.setUp();
    long sink = 0;
    long end = System.nanoTime() + WARM_UP_NANOS;
    while (System.nanoTime() < end) {
      sink += System.identityHashCode(bench.twelveWeeksThreeDaysBeginner()) + bench.floorOnePassOverTheCatalog();
    }
    double[] plan = new double[ROUNDS];
    double[] floor = new double[ROUNDS];
    double[] ratio = new double[ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      long start = System.nanoTime();
      for (int i = 0; i < PLANS_PER_ROUND; i++) {
        sink += System.identityHashCode(bench.twelveWeeksThreeDaysBeginner());
      }
      plan[round] = (System.nanoTime() - start) / 1e3 / PLANS_PER_ROUND;
      start = System.nanoTime();
      for (int i = 0; i < FLOORS_PER_ROUND; i++) {
        sink += bench.floorOnePassOverTheCatalog();
      }
      floor[round] = (System.nanoTime() - start) / 1e3 / FLOORS_PER_ROUND;
      ratio[round] = plan[round] / floor[round];
    }
    Arrays.sort(plan);
    Arrays.sort(floor);
    Arrays.sort(ratio);
    // the sink takes part in the output so that the JIT cannot leave the measured work out
    System.out.printf(Locale.ROOT,
        "12-week 3-day plan: median %.1f us (least %.1f); floor: median %.2f us (least %.2f); "
            + "ratio in the same round: median %.1f (least %.1f)%s%n",
        plan[ROUNDS / 2], plan[0], floor[ROUNDS / 2], floor[0], ratio[ROUNDS / 2], ratio[0],
        sink == 42 ? " " : "");
  }
}
