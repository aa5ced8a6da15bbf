package io.glutewise.planner.adapt;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.Checks;
import io.glutewise.core.Slugs;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What happened to one prescription of an adapted session, and why: for example {@code held: pain
 * the next morning rose from 2 to 4}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableChange.class)
@JsonDeserialize(as = ImmutableChange.class)
public abstract class Change {
  /** The exercise now prescribed. */
  public abstract String exerciseId();

  /** The exercise the plan had in this place, when the adapted one differs from it. */
  public abstract Optional<String> plannedExerciseId();

  /**
   * The exercise prescribed the last time this place came round, when it differs from the one now
   * prescribed: a ladder neighbour of it (never more than one ladder step at a time), unless the slot
   * took another exercise (a replacement, a flare-up plan, a new phase's exercise of another ladder).
   */
  public abstract Optional<String> previousExerciseId();

  /** What was done. */
  public abstract ChangeKind kind();

  /** Why, in a sentence a person can read, starting with the kind: {@code "held: ..."}. */
  public abstract String reason();

  /** The rule that decided, such as {@code pain-during}; absent when no rule was involved. */
  public abstract Optional<String> rule();

  /** A change with no rule and no other exercise involved. */
  public static Change of(String exerciseId, ChangeKind kind, String reason) {
    return builder().exerciseId(exerciseId).kind(kind).reason(reason).build();
  }

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Change}. */
  public static final class Builder extends ImmutableChange.Builder {}

  @Value.Check
  protected void check() {
    Slugs.require("exerciseId", exerciseId());
    Checks.notBlank("reason", reason());
  }
}
