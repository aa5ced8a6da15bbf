package io.glutewise.catalog.guidance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.dose.TargetRange;
import io.glutewise.core.program.Prescription;
import java.util.List;
import org.immutables.value.Value;

/**
 * A named routine from the source material, such as the seeds' beginner routine: a warm-up, a main
 * block and a cool-down, done a number of times a week. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRoutineTemplate.class)
@JsonDeserialize(as = ImmutableRoutineTemplate.class)
public abstract class RoutineTemplate {
  /** The stable slug id, such as {@code seed-beginner-routine}. */
  public abstract String id();

  /** The name people use. */
  public abstract String name();

  /** Where it comes from. */
  public abstract String source();

  /** How many times a week to do it, such as 2-3. */
  public abstract TargetRange timesPerWeek();

  /** The warm-up. */
  public abstract List<Prescription> warmUp();

  /** The main block. */
  public abstract List<Prescription> main();

  /** The cool-down. */
  public abstract List<Prescription> coolDown();

  /** A fresh builder; {@code build()} checks every field. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RoutineTemplate}, so callers never name the generated class. */
  public static final class Builder extends ImmutableRoutineTemplate.Builder {}
}
