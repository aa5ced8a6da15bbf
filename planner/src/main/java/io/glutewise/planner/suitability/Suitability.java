package io.glutewise.planner.suitability;

import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.LowerBackLoad;
import io.glutewise.core.trainee.Limitation;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.PlanningRules;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one answer to "can this trainee do this exercise now": every piece of equipment it needs is
 * at hand, none of the trainee's limitations rules it out ({@link Limitation#excludes(Exercise)}),
 * it loads the lower back no more than the current pain allows
 * ({@link PlanningRules#maxLowerBackLoad(TraineeProfile)}), and its difficulty is within what the
 * level allows ({@link PlanningRules#maxDifficulty(io.glutewise.core.trainee.ExperienceLevel)}).
 *
 * <p>The program builder, the catalog query ({@code query().matching(suitability)}), the ladders'
 * next rung, the adaptive step and the tests all ask here, so they cannot disagree. The difficulty
 * bound can be set apart ({@link #withMaxDifficulty(int)}) for callers that plan a different climb;
 * the other three conditions are never relaxed. Immutable and thread-safe.
 */
public final class Suitability implements Predicate<Exercise> {
  private final TraineeProfile profile;
  private final int maxDifficulty;
  private final LowerBackLoad maxLowerBackLoad;

  private Suitability(TraineeProfile profile, int maxDifficulty) {
    this.profile = profile;
    this.maxDifficulty = maxDifficulty;
    this.maxLowerBackLoad = PlanningRules.maxLowerBackLoad(profile);
  }

  /** The rule for a trainee, with the difficulty bound the planning rules give their level. */
  public static Suitability of(TraineeProfile profile) {
    Objects.requireNonNull(profile, "profile");
    return new Suitability(profile, PlanningRules.maxDifficulty(profile.level()));
  }

  /** The same rule with another difficulty bound; equipment, limitations and back load still hold. */
  public Suitability withMaxDifficulty(int bound) {
    return new Suitability(profile, bound);
  }

  /** The trainee the rule is for. */
  public TraineeProfile profile() {
    return profile;
  }

  /** The hardest difficulty step the rule allows. */
  public int maxDifficulty() {
    return maxDifficulty;
  }

  /** The most the rule lets an exercise load the lower back. */
  public LowerBackLoad maxLowerBackLoad() {
    return maxLowerBackLoad;
  }

  /** Whether the trainee can do the exercise now. */
  @Override
  public boolean test(Exercise exercise) {
    return hasEquipmentFor(exercise)
        && ruledOutBy(exercise).isEmpty()
        && exercise.lowerBackLoad().compareTo(maxLowerBackLoad) <= 0
        && exercise.difficulty() <= maxDifficulty;
  }

  /** Whether the trainee has every piece of equipment the exercise needs. */
  public boolean hasEquipmentFor(Exercise exercise) {
    // a loop, not a stream: asked for every exercise of the catalog for every plan
    for (Equipment needed : exercise.equipment()) {
      if (!profile.has(needed)) {
        return false;
      }
    }
    return true;
  }

  /** The trainee's limitations that rule the exercise out; empty when none does. */
  public Set<Limitation> ruledOutBy(Exercise exercise) {
    Set<Limitation> found = EnumSet.noneOf(Limitation.class);
    for (Limitation limitation : profile.limitations()) {
      if (limitation.excludes(exercise)) {
        found.add(limitation);
      }
    }
    return found;
  }

  /**
   * Why the trainee cannot do the exercise now, one plain reason per failed condition; empty when
   * they can.
   */
  public List<String> reasonsAgainst(Exercise exercise) {
    List<String> reasons = new ArrayList<>();
    exercise.equipment().stream().filter(item -> !profile.has(item))
        .forEach(item -> reasons.add("needs " + item.id() + ", which is not at hand"));
    for (Limitation limitation : ruledOutBy(exercise)) {
      reasons.add("asks for " + limitation.conflict() + ", ruled out by " + limitation.id());
    }
    if (exercise.lowerBackLoad().compareTo(maxLowerBackLoad) > 0) {
      reasons.add("loads the lower back " + exercise.lowerBackLoad().id() + ", more than "
          + maxLowerBackLoad.id() + " allowed at pain " + profile.currentPain() + "/10");
    }
    if (exercise.difficulty() > maxDifficulty) {
      reasons.add("difficulty " + exercise.difficulty() + " is above " + maxDifficulty
          + " for a " + profile.level().id());
    }
    return List.copyOf(reasons);
  }

  @Override
  public String toString() {
    return "suitability for a " + profile.level().id() + " (difficulty at most " + maxDifficulty
        + ", lower-back load at most " + maxLowerBackLoad.id() + ")";
  }
}
