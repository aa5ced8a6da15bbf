package io.glutewise.planner.rules;

import java.util.Optional;

/**
 * The pain-monitoring gate during exercise (evidence.md, section 3): pain up to the trainee's limit
 * (5/10 by default) is acceptable. Above it, the exercise that hurt regresses one step (a lighter
 * load, an easier rung, one set fewer, or the range back to its bottom) and every other exercise
 * of that session is held: nothing moves on after a session that hurt beyond the limit.
 * Immutable and thread-safe.
 */
public final class PainDuringRule implements ProgressionRule {
  /** The rule's id. */
  public static final String ID = "pain-during";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Pain during an exercise above the trainee's limit regresses it one step and holds the "
        + "rest of that session.";
  }

  @Override
  public Optional<Decision> decide(RuleInput input) {
    Attempt latest = input.latest();
    int limit = input.painGate();
    String name = input.nameOf(latest.prescribed().exerciseId());
    if (latest.painDuring() > limit) {
      String why = "pain reached " + latest.painDuring() + "/10 during " + name
          + ", above your limit of " + limit + "/10; ";
      return Optional.of(Regression.oneStep(input)
          .map(step -> Decision.regressed(ID, step.next(), why + step.text()))
          .orElseGet(() -> Decision.held(ID, latest.prescribed(), why
              + "there is nothing lighter on its ladder, so it stays as it is this once; if it hurts "
              + "like this again it is replaced by a gentler exercise for the same job")));
    }
    if (latest.sessionPainDuring() > limit) {
      return Optional.of(Decision.held(ID, latest.prescribed(),
          "pain reached " + latest.sessionPainDuring() + "/10 during another exercise of the session of "
              + latest.date() + ", above your limit of " + limit
              + "/10, and nothing moves on after a session that hurt that much"));
    }
    return Optional.empty();
  }
}
