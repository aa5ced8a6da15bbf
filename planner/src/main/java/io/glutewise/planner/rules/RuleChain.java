package io.glutewise.planner.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Rules asked in order; the first that decides wins. Immutable and thread-safe. */
public final class RuleChain implements ProgressionRule {
  private final List<ProgressionRule> rules;

  private RuleChain(List<ProgressionRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** A chain of the given rules, in order; nested chains are flattened. */
  public static RuleChain of(ProgressionRule... rules) {
    List<ProgressionRule> flat = new java.util.ArrayList<>();
    for (ProgressionRule rule : rules) {
      Objects.requireNonNull(rule, "rule");
      if (rule instanceof RuleChain) {
        flat.addAll(((RuleChain) rule).rules);
      } else {
        flat.add(rule);
      }
    }
    return new RuleChain(flat);
  }

  /** The rules, in the order they are asked. */
  public List<ProgressionRule> rules() {
    return rules;
  }

  @Override
  public String id() {
    return rules.stream().map(ProgressionRule::id).collect(Collectors.joining("+"));
  }

  @Override
  public String description() {
    return "the first of these that decides: " + id();
  }

  @Override
  public Optional<Decision> decide(RuleInput input) {
    for (ProgressionRule rule : rules) {
      Optional<Decision> decision = rule.decide(input);
      if (decision.isPresent()) {
        return decision;
      }
    }
    return Optional.empty();
  }
}
