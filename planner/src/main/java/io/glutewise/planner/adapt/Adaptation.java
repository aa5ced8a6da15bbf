package io.glutewise.planner.adapt;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The answer of the adaptive step: the next sessions, adapted to the logs so far.
 *
 * <p>The next sessions are those after the latest logged session up to the end of its week; when
 * that week is done, the whole following week; with no logs, the first week. Empty when the program
 * is over. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAdaptation.class)
@JsonDeserialize(as = ImmutableAdaptation.class)
public abstract class Adaptation {
  /** The next sessions, in date order. */
  public abstract List<AdaptedSession> sessions();

  /**
   * Messages for the trainee about the whole answer, most important first: "see a clinician" when
   * pain keeps worsening through a flare-up, how to train during a flare-up, what changed after a
   * break. Empty when there is nothing to say beyond the changes.
   */
  public abstract List<String> messages();

  /** Whether the program has no sessions left. */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isFinished() {
    return sessions().isEmpty();
  }

  /** An adaptation of the given sessions. */
  public static Adaptation of(List<AdaptedSession> sessions) {
    return ImmutableAdaptation.builder().sessions(sessions).build();
  }

  /** An adaptation of the given sessions, with messages, most important first. */
  public static Adaptation of(List<AdaptedSession> sessions, List<String> messages) {
    return ImmutableAdaptation.builder().sessions(sessions).messages(messages).build();
  }
}
