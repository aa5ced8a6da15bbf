package io.glutewise.web.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.exercise.Exercise;
import java.util.List;
import org.immutables.value.Value;

/** The answer of {@code GET /api/exercises}: the matching exercises in catalog order. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableExerciseList.class)
@JsonDeserialize(as = ImmutableExerciseList.class)
public abstract class ExerciseList {
  /** The catalog's version. */
  public abstract String catalogVersion();

  /** How many exercises matched. */
  @Value.Derived
  public int count() {
    return exercises().size();
  }

  /** The matching exercises, in catalog order. */
  public abstract List<Exercise> exercises();

  /** A list from a catalog version and its matching exercises. */
  public static ExerciseList of(String catalogVersion, List<Exercise> exercises) {
    return ImmutableExerciseList.builder().catalogVersion(catalogVersion).exercises(exercises).build();
  }
}
