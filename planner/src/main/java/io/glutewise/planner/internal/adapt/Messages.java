package io.glutewise.planner.internal.adapt;

import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.adapt.SessionPain;

/** The adaptive step's messages about the whole answer, in our own words. */
final class Messages {
  /**
   * First when pain keeps worsening through two weeks of flare-up plans: pain that worsens over weeks
   * is one of the red flags that need a clinician (evidence.md section 4).
   */
  static final String SEE_A_CLINICIAN = "See a clinician: your back pain has kept getting worse through two weeks of "
      + "gentler flare-up sessions. Pain that worsens over weeks needs a doctor or physiotherapist to look at it; "
      + "until then keep to easy everyday movement and stop any exercise that makes it worse.";

  private Messages() {}

  static String flareUp(TraineeProfile profile) {
    return "Flare-up plan: the next sessions use the gentlest variants with about half the sets and little load on "
        + "the lower back. Keeping gently active usually helps a flare-up settle sooner than rest does: move within "
        + "comfort, breathe steadily, and stop an exercise that makes the pain sharply worse. After two sessions at "
        + "or below your usual pain (" + Math.max(profile.currentPain(), FlareWatch.SAFE) + "/10 or less), the plan "
        + "goes back to where you were, one step lighter.";
  }

  static String comeback(int days) {
    return "Welcome back after " + SessionShaping.weeks(days) + " without training. "
        + (days > ReplayState.LONG_BREAK_DAYS
            ? "After a break this long, each exercise starts one step back and builds up again as before."
            : "Strength is mostly kept over a few weeks off, so the program carries on where it was, with fewer sets "
                + "for a week.");
  }

  static String baselineGate(TraineeProfile profile) {
    int usual = profile.currentPain();
    return "Your everyday pain (" + usual + "/10) is at or above your limit of " + profile.painLimit()
        + "/10, so the gate is your usual pain: sessions hold or step back when pain rises above " + usual
        + "/10 during a session or is higher the next morning than before it (gate " + SessionPain.gate(profile) + "/10).";
  }
}
