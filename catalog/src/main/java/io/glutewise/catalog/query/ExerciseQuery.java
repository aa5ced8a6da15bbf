package io.glutewise.catalog.query;

import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.ActivationRole;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.Laterality;
import io.glutewise.core.exercise.LowerBackLoad;
import io.glutewise.core.exercise.MovementPattern;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.trainee.Limitation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A filter over a catalog's exercises; each call narrows it and returns a new query, so a query
 * can be shared and extended. Results keep the catalog's order. Immutable and thread-safe.
 */
public final class ExerciseQuery {
  private final List<Exercise> exercises;
  private final Predicate<Exercise> filter;

  private ExerciseQuery(List<Exercise> exercises, Predicate<Exercise> filter) {
    this.exercises = exercises;
    this.filter = filter;
  }

  /** A query over the given exercises that matches all of them. */
  public static ExerciseQuery over(List<Exercise> exercises) {
    return new ExerciseQuery(List.copyOf(exercises), e -> true);
  }

  private ExerciseQuery and(Predicate<Exercise> more) {
    return new ExerciseQuery(exercises, filter.and(more));
  }

  /** Exercises of the given movement pattern. */
  public ExerciseQuery pattern(MovementPattern pattern) {
    Objects.requireNonNull(pattern, "pattern");
    return and(e -> e.pattern() == pattern);
  }

  /** Exercises that work the muscle in any role. */
  public ExerciseQuery muscle(Muscle muscle) {
    Objects.requireNonNull(muscle, "muscle");
    return and(e -> e.roleOf(muscle).isPresent());
  }

  /** Exercises that work the muscle in the given role. */
  public ExerciseQuery muscle(Muscle muscle, ActivationRole role) {
    Objects.requireNonNull(muscle, "muscle");
    Objects.requireNonNull(role, "role");
    return and(e -> e.roleOf(muscle).filter(r -> r == role).isPresent());
  }

  /** Exercises whose every required piece of equipment is among those available. */
  public ExerciseQuery availableWith(Collection<Equipment> available) {
    Set<Equipment> have = available.isEmpty() ? EnumSet.noneOf(Equipment.class) : EnumSet.copyOf(available);
    return and(e -> have.containsAll(e.equipment()));
  }

  /** Exercises that need the given piece of equipment. */
  public ExerciseQuery needing(Equipment item) {
    Objects.requireNonNull(item, "item");
    return and(e -> item == Equipment.NONE ? e.equipment().isEmpty() : e.equipment().contains(item));
  }

  /** Exercises of exactly this difficulty step. */
  public ExerciseQuery difficulty(int step) {
    return and(e -> e.difficulty() == step);
  }

  /** Exercises at most this difficulty step. */
  public ExerciseQuery maxDifficulty(int step) {
    return and(e -> e.difficulty() <= step);
  }

  /**
   * Exercises suited to browsing at an experience level: difficulty steps 1-2 for beginners, 1-4 for
   * intermediates, all five for advanced trainees. (The planner starts a program lower than this
   * and lets the ladders earn the rest; see its planning rules.)
   */
  public ExerciseQuery suitedTo(ExperienceLevel level) {
    return maxDifficulty(highestSuitedDifficulty(level));
  }

  /** The hardest difficulty step {@link #suitedTo(ExperienceLevel)} shows for a level. */
  public static int highestSuitedDifficulty(ExperienceLevel level) {
    switch (level) {
      case BEGINNER:
        return 2;
      case INTERMEDIATE:
        return 4;
      default:
        return 5;
    }
  }

  /** Exercises that load the lower back at most this much. */
  public ExerciseQuery maxLowerBackLoad(LowerBackLoad load) {
    Objects.requireNonNull(load, "load");
    return and(e -> e.lowerBackLoad().compareTo(load) <= 0);
  }

  /** Exercises of the given laterality. */
  public ExerciseQuery laterality(Laterality laterality) {
    Objects.requireNonNull(laterality, "laterality");
    return and(e -> e.laterality() == laterality);
  }

  /** Exercises that none of the limitations rules out ({@link Limitation#excludes(Exercise)}). */
  public ExerciseQuery excluding(Collection<Limitation> limitations) {
    Set<Limitation> given = Set.copyOf(limitations);
    return and(e -> given.stream().noneMatch(limitation -> limitation.excludes(e)));
  }

  /**
   * Exercises a rule accepts. The planner's suitability rule ("can this trainee do this exercise
   * now") comes in here, since the catalog cannot depend on the planner; the other filters stay
   * plain filters for browsing.
   */
  public ExerciseQuery matching(Predicate<? super Exercise> rule) {
    Objects.requireNonNull(rule, "rule");
    return and(rule::test);
  }

  /** The matching exercises, in catalog order. */
  public List<Exercise> list() {
    List<Exercise> found = new ArrayList<>();
    for (Exercise exercise : exercises) {
      if (filter.test(exercise)) {
        found.add(exercise);
      }
    }
    return List.copyOf(found);
  }
}
