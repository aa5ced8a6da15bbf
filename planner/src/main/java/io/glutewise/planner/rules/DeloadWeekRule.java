package io.glutewise.planner.rules;

import java.util.Optional;

/**
 * A deload week keeps the exercises and lowers the volume; what is done in it does not move
 * anything on. Progress resumes after it. Immutable and thread-safe.
 */
public final class DeloadWeekRule implements ProgressionRule {
  /** The rule's id. */
  public static final String ID = "deload-week";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Sessions of a deload week hold the prescription; progress resumes after the deload.";
  }

  @Override
  public Optional<Decision> decide(RuleInput input) {
    Attempt latest = input.latest();
    if (!latest.deloadWeek()) {
      return Optional.empty();
    }
    return Optional.of(Decision.held(ID, latest.prescribed(),
        "the session of " + latest.date() + " was in a deload week, which is for recovery; progress resumes after it"));
  }
}
