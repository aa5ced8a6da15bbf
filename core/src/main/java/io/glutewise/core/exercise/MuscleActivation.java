package io.glutewise.core.exercise;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.anatomy.Muscle;
import java.util.List;
import org.immutables.value.Value;

/**
 * A muscle an exercise works, its role, and the published EMG figures for it (empty where none was
 * published: never invented). Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableMuscleActivation.class)
@JsonDeserialize(as = ImmutableMuscleActivation.class)
public abstract class MuscleActivation {
  /** The muscle. */
  public abstract Muscle muscle();

  /** Its role in the exercise. */
  public abstract ActivationRole role();

  /** Published EMG figures, each with measure and source; may be empty. */
  public abstract List<EmgFigure> emg();

  /** A muscle in a role, without EMG figures. */
  public static MuscleActivation of(Muscle muscle, ActivationRole role) {
    return ImmutableMuscleActivation.builder().muscle(muscle).role(role).build();
  }

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MuscleActivation}. */
  public static final class Builder extends ImmutableMuscleActivation.Builder {}
}
