package io.glutewise.web.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.LadderStep;
import java.util.List;
import org.immutables.value.Value;

/**
 * The answer of {@code GET /api/exercises/{id}}: the exercise with its place on the progression
 * ladders, one step down and one step up, each step with the criterion that earns it. Immutable
 * and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExerciseDetail.class)
@JsonDeserialize(as = ImmutableExerciseDetail.class)
public abstract class ExerciseDetail {
  /** The exercise. */
  public abstract Exercise exercise();

  /** The steps down: from each easier exercise to this one. */
  public abstract List<LadderStep> easier();

  /** The steps up: from this exercise to each harder one. */
  public abstract List<LadderStep> harder();

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExerciseDetail}. */
  public static final class Builder extends ImmutableExerciseDetail.Builder {}
}
