package io.glutewise.planner.rules;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.InvalidValueException;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.LadderStep;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.suitability.Suitability;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a rule looks at: the trainee, the catalog, and the attempts at one place in a program, the
 * newest last. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RuleInput {
  /** The trainee the program was built for. */
  public abstract TraineeProfile profile();

  /** The catalog the program was built from. */
  @Value.Auxiliary
  public abstract Catalog catalog();

  /** The attempts at this place, oldest first; never empty. */
  public abstract List<Attempt> history();

  /**
   * Exercises that may not be moved to here, because the program already uses them elsewhere; a
   * session never holds one exercise twice.
   */
  public abstract Set<String> unavailable();

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RuleInput}. */
  public static final class Builder extends ImmutableRuleInput.Builder {}

  /** The newest attempt, the one just logged. */
  public Attempt latest() {
    return history().get(history().size() - 1);
  }

  /** What was prescribed at the newest attempt. */
  public Prescription current() {
    return latest().prescribed();
  }

  /** The attempts in which this place was done, newest first; missed ones are skipped, not counted. */
  public List<Attempt> doneNewestFirst() {
    List<Attempt> done = new ArrayList<>();
    for (int i = history().size() - 1; i >= 0; i--) {
      if (history().get(i).wasDone()) {
        done.add(history().get(i));
      }
    }
    return done;
  }

  /**
   * Whether the trainee may be moved to the exercise: the catalog knows it, it is not in use
   * elsewhere, and the one suitability rule ({@link Suitability}) allows it.
   */
  public boolean isAllowed(String exerciseId) {
    if (unavailable().contains(exerciseId)) {
      return false;
    }
    Optional<Exercise> exercise = catalog().find(exerciseId);
    return exercise.isPresent() && Suitability.of(profile()).test(exercise.get());
  }

  /** The allowed exercises one rung harder than the current one, with their steps, in catalog order. */
  public List<LadderStep> allowedHarder() {
    String from = current().exerciseId();
    return catalog().ladders().harder(from).stream()
        .filter(this::isAllowed)
        .map(to -> catalog().ladders().step(from, to).orElseThrow())
        .toList();
  }

  /** The allowed exercises one rung easier than the current one, in catalog order. */
  public List<String> allowedEasier() {
    return catalog().ladders().easier(current().exerciseId()).stream().filter(this::isAllowed).toList();
  }

  /** The dose an exercise would get in this place, at the bottom of its range. */
  public Dose baseDose(String exerciseId) {
    return DoseSteps.baseDose(catalog().get(exerciseId), latest().planned());
  }

  /** The bottom of the range for the current exercise in this place. */
  public int bottom() {
    return baseDose(current().exerciseId()).target().min();
  }

  /** The display name of an exercise, or its id when the catalog does not know it. */
  public String nameOf(String exerciseId) {
    return catalog().find(exerciseId).map(e -> e.name().toLowerCase(java.util.Locale.ROOT)).orElse(exerciseId);
  }

  @Value.Check
  protected void check() {
    if (history().isEmpty()) {
      throw new InvalidValueException("history", "[]", "must hold at least the attempt just logged");
    }
  }
}
