package io.glutewise.planner.rules;

import java.util.Optional;

/**
 * Pain should settle by the next morning (evidence.md, section 3). When back pain the next morning
 * is higher than before the session (the log's pain before, else the latest earlier next-morning
 * pain, else the trainee's current pain), a rise of one point holds the prescription and a rise of
 * two or more regresses it one step. It never progresses. Immutable and thread-safe.
 */
public final class NextMorningPainRule implements ProgressionRule {
  /** The rule's id. */
  public static final String ID = "next-morning-pain";

  /** A rise in next-morning pain of at least this many points regresses rather than holds. */
  public static final int REGRESS_AT_RISE = 2;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Pain the next morning higher than before holds (a rise of 1) or regresses (a rise of 2 "
        + "or more).";
  }

  @Override
  public Optional<Decision> decide(RuleInput input) {
    Attempt latest = input.latest();
    int rise = latest.nextMorningRise();
    if (rise == 0) {
      return Optional.empty();
    }
    String why = "pain the next morning rose from " + latest.painBefore() + " to "
        + latest.painNextMorning().orElseThrow();
    if (rise >= REGRESS_AT_RISE) {
      return Optional.of(Regression.oneStep(input)
          .map(step -> Decision.regressed(ID, step.next(), why + "; " + step.text()))
          .orElseGet(() -> Decision.held(ID, latest.prescribed(), why + "; nothing here is lighter, so it stays as it is")));
    }
    return Optional.of(Decision.held(ID, latest.prescribed(), why));
  }
}
