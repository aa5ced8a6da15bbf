package io.glutewise.planner.internal;

/** Text the planner falls back on when a catalog carries no guidance. */
public final class Notices {
  /** The short when-to-see-a-clinician notice, in our own words. */
  public static final String CLINICIAN_NOTICE =
      "glutewise gives general exercise information, not a diagnosis. Stop and see a doctor or "
          + "physiotherapist if pain spreads down a leg, if you feel numbness or tingling, lose "
          + "strength, notice changes in bladder or bowel control, or if the pain keeps getting worse "
          + "over weeks or badly limits how you move. Exercises should not make your symptoms "
          + "clearly worse; if they do, or new symptoms appear, stop and get advice.";

  private Notices() {}
}
