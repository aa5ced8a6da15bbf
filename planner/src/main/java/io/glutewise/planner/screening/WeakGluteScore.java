package io.glutewise.planner.screening;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.InvalidValueException;
import io.glutewise.core.trainee.WeakGluteSign;
import java.util.List;
import org.immutables.value.Value;

/**
 * The weak-glute checklist, scored: how many of the signs apply, out of how many, which ones, and
 * what that means for the program in plain words. A score explains an emphasis; it is never a
 * diagnosis. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWeakGluteScore.class)
@JsonDeserialize(as = ImmutableWeakGluteScore.class)
public abstract class WeakGluteScore {
  /** How many signs apply, from 0 to {@link #outOf()}. */
  public abstract int score();

  /** How many signs the checklist has. */
  public abstract int outOf();

  /** The signs that apply, in checklist order. */
  public abstract List<WeakGluteSign> signs();

  /** Why the program looks the way it does, in plain words. */
  public abstract String emphasis();

  /** The band the score falls in; always {@code WeakGluteBand.of(score())}. */
  @Value.Default
  public WeakGluteBand band() {
    return WeakGluteBand.of(score());
  }

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WeakGluteScore}. */
  public static final class Builder extends ImmutableWeakGluteScore.Builder {}

  @Value.Check
  protected void check() {
    if (score() != signs().size()) {
      throw new InvalidValueException("score", score(), "must equal the number of signs " + signs().size());
    }
    if (band() != WeakGluteBand.of(score())) {
      throw new InvalidValueException("band", band().id(), "must be " + WeakGluteBand.of(score()).id() + " for a score of " + score());
    }
    if (score() < 0 || score() > outOf()) {
      throw new InvalidValueException("score", score(), "must be between 0 and " + outOf());
    }
  }
}
