package io.glutewise.planner.stats;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.glutewise.catalog.Catalog;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.ActivationRole;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.MuscleActivation;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.Week;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Volume statistics of a program: working sets per muscle and in total for each week, and the
 * estimated minutes of each session.
 *
 * <p>Working sets are the sets of the main block; the warm-up and the cool-down are too light to
 * count. A set counts 1 for each primary mover, 0.5 for each secondary muscle and 0 for
 * stabilisers. Immutable and thread-safe.
 */
public final class ProgramStatistics {
  /** The weight of a set for a muscle in each role. */
  private static final Map<ActivationRole, Double> ROLE_WEIGHT =
      ImmutableMap.of(ActivationRole.PRIMARY, 1.0, ActivationRole.SECONDARY, 0.5, ActivationRole.STABILISER, 0.0);

  private final SortedMap<Integer, Map<Muscle, Double>> weeklySetsPerMuscle;
  private final SortedMap<Integer, Integer> weeklySets;
  private final Map<String, Integer> estimatedMinutesBySession;

  private ProgramStatistics(
      SortedMap<Integer, Map<Muscle, Double>> weeklySetsPerMuscle,
      SortedMap<Integer, Integer> weeklySets,
      Map<String, Integer> estimatedMinutesBySession) {
    this.weeklySetsPerMuscle = weeklySetsPerMuscle;
    this.weeklySets = weeklySets;
    this.estimatedMinutesBySession = estimatedMinutesBySession;
  }

  /**
   * Computes the statistics of a program.
   *
   * @throws io.glutewise.catalog.UnknownExerciseException when the program names an exercise the
   *     catalog does not know
   */
  public static ProgramStatistics of(Program program, Catalog catalog) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(catalog, "catalog");
    ImmutableSortedMap.Builder<Integer, Map<Muscle, Double>> perMuscle = ImmutableSortedMap.naturalOrder();
    ImmutableSortedMap.Builder<Integer, Integer> totals = ImmutableSortedMap.naturalOrder();
    Map<String, Integer> minutes = new LinkedHashMap<>();
    for (Week week : program.weeks()) {
      Map<Muscle, Double> muscles = new EnumMap<>(Muscle.class);
      int sets = 0;
      for (Session session : week.sessions()) {
        for (Prescription prescription : session.main()) {
          int n = prescription.dose().sets();
          sets += n;
          Exercise exercise = catalog.get(prescription.exerciseId());
          for (MuscleActivation activation : exercise.muscles()) {
            double weight = ROLE_WEIGHT.get(activation.role());
            if (weight > 0) {
              muscles.merge(activation.muscle(), n * weight, Double::sum);
            }
          }
        }
        minutes.put(session.id(), SessionDuration.estimateMinutes(session, catalog));
      }
      perMuscle.put(week.number(), ImmutableMap.copyOf(muscles));
      totals.put(week.number(), sets);
    }
    return new ProgramStatistics(perMuscle.build(), totals.build(), ImmutableMap.copyOf(minutes));
  }

  /**
   * Working sets per muscle for each week number: 1 per set for a primary mover, 0.5 for a
   * secondary muscle. Muscles a week does not work are left out. Unmodifiable.
   */
  public SortedMap<Integer, Map<Muscle, Double>> weeklySetsPerMuscle() {
    return weeklySetsPerMuscle;
  }

  /** Total working sets of the main blocks for each week number. Unmodifiable. */
  public SortedMap<Integer, Integer> weeklySets() {
    return weeklySets;
  }

  /** The estimated minutes of each session, by session id, in program order. Unmodifiable. */
  public Map<String, Integer> estimatedMinutesBySession() {
    return estimatedMinutesBySession;
  }

  /** Working sets per week for one muscle, 0 for weeks that do not work it. */
  public SortedMap<Integer, Double> weeklySets(Muscle muscle) {
    SortedMap<Integer, Double> sets = new TreeMap<>();
    weeklySetsPerMuscle.forEach((week, muscles) -> sets.put(week, muscles.getOrDefault(muscle, 0.0)));
    return java.util.Collections.unmodifiableSortedMap(sets);
  }
}
