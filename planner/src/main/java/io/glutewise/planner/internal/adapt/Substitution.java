package io.glutewise.planner.internal.adapt;

import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.ActivationRole;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.MovementPattern;
import io.glutewise.planner.internal.AdaptSuitability;
import io.glutewise.planner.rules.ClimbAllowance;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A replacement for an exercise that keeps hurting: one that suits the trainee (equipment,
 * limitations, the lower-back load their pain allows, the climb allowance), works every primary
 * muscle of the one it replaces as a primary muscle too, loads the lower back no more, is a stretch
 * or a squeeze only when the original is one, and is not already in the session or replaced before.
 * Among those, one no harder first, then the same movement pattern, then the least lower-back load,
 * then the closest difficulty, then the id. Exercises that hurt in the slot before are never chosen.
 */
final class Substitution {
  /** The rule id recorded on replacements. */
  static final String RULE = "substitution";

  /** Sessions in which an exercise hurt above the gate that bring a replacement. */
  static final int HURT_SESSIONS = 2;

  private Substitution() {}

  static Optional<Exercise> find(ProgramContext context, int painNow, Exercise hurting, Set<String> excluded) {
    List<Muscle> primaries = hurting.musclesIn(ActivationRole.PRIMARY);
    return context.catalog.exercises().stream()
        .filter(e -> !e.id().equals(hurting.id()) && !excluded.contains(e.id()))
        // a stretch or a squeeze does not do a training slot's job, nor the other way round
        .filter(e -> light(e) == light(hurting))
        .filter(e -> e.musclesIn(ActivationRole.PRIMARY).containsAll(primaries))
        .filter(e -> e.lowerBackLoad().compareTo(hurting.lowerBackLoad()) <= 0)
        .filter(e -> AdaptSuitability.suits(context.profile, e))
        .filter(e -> ClimbAllowance.allows(context.profile, painNow, e))
        .min(Comparator.<Exercise>comparingInt(e -> e.difficulty() <= hurting.difficulty() ? 0 : 1)
            .thenComparingInt(e -> e.pattern() == hurting.pattern() ? 0 : 1)
            .thenComparing(Exercise::lowerBackLoad)
            .thenComparingInt(e -> Math.abs(hurting.difficulty() - e.difficulty()))
            .thenComparing(Exercise::id));
  }

  private static boolean light(Exercise exercise) {
    return exercise.pattern() == MovementPattern.STRETCH || exercise.pattern() == MovementPattern.ACTIVATION;
  }

  /** Whether a substitute keeps what matters: the primary muscles, at most the back load. */
  static boolean keepsTheJob(Exercise original, Exercise substitute) {
    return substitute.musclesIn(ActivationRole.PRIMARY).containsAll(original.musclesIn(ActivationRole.PRIMARY))
        && substitute.lowerBackLoad().compareTo(original.lowerBackLoad()) <= 0;
  }
}
