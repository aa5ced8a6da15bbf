package io.glutewise.catalog.guidance;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A daily habit that supports the training, such as standing up every hour. */
@Value.Immutable
@JsonSerialize(as = ImmutableHabit.class)
@JsonDeserialize(as = ImmutableHabit.class)
public abstract class Habit {
  /** The stable slug id, such as {@code stand-every-hour}. */
  public abstract String id();

  /** A short title. */
  public abstract String title();

  /** The advice in our own words. */
  public abstract String advice();

  /** Where it comes from. */
  public abstract String source();

  /** A fresh builder; {@code build()} checks every field. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Habit}, so callers never name the generated class. */
  public static final class Builder extends ImmutableHabit.Builder {}
}
