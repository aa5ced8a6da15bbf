package io.glutewise.catalog.guidance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.dose.TargetRange;
import org.immutables.value.Value;

/** A point on the seeds' timeline of what to expect, such as weeks 2-3: less discomfort. */
@Value.Immutable
@JsonSerialize(as = ImmutableMilestone.class)
@JsonDeserialize(as = ImmutableMilestone.class)
public abstract class Milestone {
  /** The weeks of training this refers to. */
  public abstract TargetRange weeks();

  /** What people commonly notice by then, in modest words. */
  public abstract String expectation();

  /** Where it comes from. */
  public abstract String source();

  /** A fresh builder; {@code build()} checks every field. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Milestone}, so callers never name the generated class. */
  public static final class Builder extends ImmutableMilestone.Builder {}
}
