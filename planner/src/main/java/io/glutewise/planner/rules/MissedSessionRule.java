package io.glutewise.planner.rules;

import io.glutewise.core.log.SessionStatus;
import java.util.Optional;

/**
 * A missed session, or an exercise left out of a session, advances nothing: the prescription is
 * held as it was. Immutable and thread-safe.
 */
public final class MissedSessionRule implements ProgressionRule {
  /** The rule's id. */
  public static final String ID = "missed-session";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "A missed session or an exercise left out advances nothing; the prescription is held.";
  }

  @Override
  public Optional<Decision> decide(RuleInput input) {
    Attempt latest = input.latest();
    if (latest.wasDone()) {
      return Optional.empty();
    }
    String why = latest.status() == SessionStatus.MISSED
        ? "the session of " + latest.date() + " was missed, so nothing moves on"
        : input.nameOf(latest.prescribed().exerciseId()) + " was left out on " + latest.date()
            + ", so it stays as it was";
    return Optional.of(Decision.held(ID, latest.prescribed(), why));
  }
}
