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
 * muscle of the one it replaces as a primary muscle too, loads the lower back no more, does the same
 * job (a movement of the same {@link #family}), is no harder (a replacement for pain is never a
 * step up), and is not already in the session or replaced before. Among those, the same movement
 * pattern first, then the least lower-back load, then the closest difficulty, then the id. Exercises
 * that hurt in the slot before are never chosen.
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
        // the slot's role: a movement of the same family (a bridge for a hinge, never a plank for a bridge)
        .filter(e -> family(e.pattern()) == family(hurting.pattern()))
        .filter(e -> e.musclesIn(ActivationRole.PRIMARY).containsAll(primaries))
        .filter(e -> e.lowerBackLoad().compareTo(hurting.lowerBackLoad()) <= 0)
        // a replacement for pain never climbs: a harder exercise would bypass the pain gate
        .filter(e -> e.difficulty() <= hurting.difficulty())
        .filter(e -> AdaptSuitability.suits(context.profile, e))
        .filter(e -> ClimbAllowance.allows(context.profile, painNow, e))
        .min(Comparator.<Exercise>comparingInt(e -> e.pattern() == hurting.pattern() ? 0 : 1)
            .thenComparing(Exercise::lowerBackLoad)
            .thenComparingInt(e -> Math.abs(hurting.difficulty() - e.difficulty()))
            .thenComparing(Exercise::id));
  }

  /**
   * The last resort for an opening movement that loads the lower back more than the pain now allows
   * and has no substitute of its own family: any suitable exercise, no harder, that works every primary
   * muscle of it as a primary muscle and loads the back no more than allowed (a split squat for a
   * romanian deadlift). Safety comes before the family: the pain now rules out the movement itself.
   */
  static Optional<Exercise> findWithinBackLoad(ProgramContext context, int painNow, Exercise hurting,
      Set<String> excluded, io.glutewise.core.exercise.LowerBackLoad allowed) {
    List<Muscle> primaries = hurting.musclesIn(ActivationRole.PRIMARY);
    return context.catalog.exercises().stream()
        .filter(e -> !e.id().equals(hurting.id()) && !excluded.contains(e.id()))
        // a stretch never stands in for strengthening work (nor the other way round)
        .filter(e -> (e.pattern() == MovementPattern.STRETCH) == (hurting.pattern() == MovementPattern.STRETCH))
        .filter(e -> e.musclesIn(ActivationRole.PRIMARY).containsAll(primaries))
        .filter(e -> e.lowerBackLoad().compareTo(allowed) <= 0)
        .filter(e -> e.difficulty() <= hurting.difficulty())
        .filter(e -> AdaptSuitability.suits(context.profile, e))
        .filter(e -> ClimbAllowance.allows(context.profile, painNow, e))
        .min(Comparator.<Exercise>comparingInt(e -> family(e.pattern()) == family(hurting.pattern()) ? 0 : 1)
            .thenComparing(Exercise::lowerBackLoad)
            .thenComparingInt(e -> Math.abs(hurting.difficulty() - e.difficulty()))
            .thenComparing(Exercise::id));
  }

  /**
   * When nothing that does the job suits the pain now: any suitable exercise, no harder, loading the
   * back no more than allowed, that works at least one primary muscle of the one it stands in for
   * (most shared first). Not a substitute that keeps the job, and said so: a gentle stand-in that
   * keeps the session going (NICE NG59: keep exercising in a flare-up, evidence.md section 11).
   */
  static Optional<Exercise> standInWithinBackLoad(ProgramContext context, int painNow, Exercise hurting,
      Set<String> excluded, io.glutewise.core.exercise.LowerBackLoad allowed) {
    List<Muscle> primaries = hurting.musclesIn(ActivationRole.PRIMARY);
    return context.catalog.exercises().stream()
        .filter(e -> !e.id().equals(hurting.id()) && !excluded.contains(e.id()))
        .filter(e -> e.lowerBackLoad().compareTo(allowed) <= 0)
        .filter(e -> e.difficulty() <= hurting.difficulty())
        .filter(e -> (e.pattern() == MovementPattern.STRETCH) == (hurting.pattern() == MovementPattern.STRETCH))
        .filter(e -> shared(e, primaries) > 0)
        .filter(e -> AdaptSuitability.suits(context.profile, e))
        .filter(e -> ClimbAllowance.allows(context.profile, painNow, e))
        .min(Comparator.<Exercise>comparingInt(e -> -shared(e, primaries))
            .thenComparing(Exercise::lowerBackLoad)
            .thenComparingInt(Exercise::difficulty)
            .thenComparing(Exercise::id));
  }

  private static int shared(Exercise e, List<Muscle> primaries) {
    return (int) e.musclesIn(ActivationRole.PRIMARY).stream().filter(primaries::contains).count();
  }

  /**
   * The job a movement pattern does in a session: hip extension (bridges, hinges, quadruped work),
   * single-leg and squat work, abduction, each core direction, stretching, waking the glutes.
   */
  static int family(MovementPattern pattern) {
    switch (pattern) {
      case BRIDGE:
      case HINGE:
      case QUADRUPED:
        return 0;
      case SQUAT:
      case LUNGE:
        return 1;
      case ABDUCTION:
        return 2;
      default:
        return 3 + pattern.ordinal();
    }
  }

  /** Whether a substitute keeps what matters: the primary muscles, at most the back load and the difficulty. */
  static boolean keepsTheJob(Exercise original, Exercise substitute) {
    return substitute.musclesIn(ActivationRole.PRIMARY).containsAll(original.musclesIn(ActivationRole.PRIMARY))
        && substitute.lowerBackLoad().compareTo(original.lowerBackLoad()) <= 0
        && substitute.difficulty() <= original.difficulty()
        && family(substitute.pattern()) == family(original.pattern());
  }
}
