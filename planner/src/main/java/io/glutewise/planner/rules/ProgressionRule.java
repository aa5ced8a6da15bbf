package io.glutewise.planner.rules;

import java.util.Optional;

/**
 * A named rule that may decide what comes next for one place in a program, from the history of
 * attempts at it. Rules compose with {@link #orElse(ProgressionRule)}: the first that decides
 * wins. Implementations are immutable and thread-safe.
 */
public interface ProgressionRule {
  /** A stable slug naming the rule, such as {@code double-progression}; recorded in decisions. */
  String id();

  /** What the rule does, in one or two sentences. */
  String description();

  /**
   * Decides what comes next, or stays silent so that the next rule may decide.
   *
   * @param input the history of attempts at this place, the newest last, and the trainee
   * @return a decision, or empty when this rule does not apply
   */
  Optional<Decision> decide(RuleInput input);

  /** This rule, and when it stays silent, the other. */
  default ProgressionRule orElse(ProgressionRule other) {
    return RuleChain.of(this, other);
  }
}
