package io.glutewise.core.program;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.InvalidValueException;
import java.util.List;
import org.immutables.value.Value;

/** A phase (mesocycle) of a program: its kind, its aim in plain words, and its weeks. */
@Value.Immutable
@JsonSerialize(as = ImmutablePhase.class)
@JsonDeserialize(as = ImmutablePhase.class)
public abstract class Phase {
  /** The kind of phase. */
  public abstract PhaseKind kind();

  /** What this phase aims at, in plain words. */
  public abstract String aim();

  /** The weeks, in order; never empty. */
  public abstract List<Week> weeks();

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Phase}. */
  public static final class Builder extends ImmutablePhase.Builder {}

  @Value.Check
  protected void check() {
    if (weeks().isEmpty()) {
      throw new InvalidValueException("weeks", "[]", "must not be empty in phase " + kind().id());
    }
  }
}
