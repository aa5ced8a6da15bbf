package io.glutewise.planner.adapt;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.program.Session;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A planned session as adapted to the logs so far: the same id, date and parts as planned, with
 * each main-block prescription progressed, held, regressed or deloaded, and one {@link Change} per
 * main-block prescription saying what and why. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAdaptedSession.class)
@JsonDeserialize(as = ImmutableAdaptedSession.class)
public abstract class AdaptedSession {
  /** The adapted session; its id is the planned session's id. */
  public abstract Session session();

  /** One change per main-block prescription, in the order of the main block. */
  public abstract List<Change> changes();

  /**
   * The slots of the main block left out of this session, each with its reason (to fit the minutes,
   * during a flare-up, or because it loads the back more than the pain now allows); they carry on
   * where they were next time.
   */
  public abstract List<Change> leftOut();

  /** Changes to the warm-up and cool-down, where there are any (a step down or an item left out). */
  public abstract List<Change> otherParts();

  /** The change for an exercise of the main block, if it is there. */
  public Optional<Change> change(String exerciseId) {
    return changes().stream().filter(c -> c.exerciseId().equals(exerciseId)).findFirst();
  }

  /** An adapted session with its changes. */
  public static AdaptedSession of(Session session, List<Change> changes) {
    return ImmutableAdaptedSession.builder().session(session).changes(changes).build();
  }

  /** An adapted session with its changes, the slots left out and the warm-up and cool-down changes. */
  public static AdaptedSession of(Session session, List<Change> changes, List<Change> leftOut, List<Change> otherParts) {
    return ImmutableAdaptedSession.builder().session(session).changes(changes).leftOut(leftOut)
        .otherParts(otherParts).build();
  }
}
