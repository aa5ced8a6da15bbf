package io.glutewise.planner.rules;

/** The standard chain of progression rules, in the order documented in the package. */
public final class ProgressionRules {
  private static final RuleChain STANDARD = RuleChain.of(
      new MissedSessionRule(),
      new PainDuringRule(),
      new NextMorningPainRule(),
      new DeloadWeekRule(),
      new OffPrescriptionRule(),
      new LadderStepRule(),
      new TwoForTwoRule(),
      new DoubleProgressionRule(),
      new HoldTimeRule());

  private ProgressionRules() {}

  /**
   * The standard chain: missed session, pain during, next-morning pain, deload week,
   * off-prescription, ladder step, 2-for-2, double progression, hold time. Every attempt gets a
   * decision from it.
   */
  public static RuleChain standard() {
    return STANDARD;
  }
}
