package io.glutewise.planner.internal;

import io.glutewise.core.trainee.RedFlag;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.core.trainee.WeakGluteSign;
import io.glutewise.planner.screening.Referral;
import io.glutewise.planner.screening.ScreeningResult;
import io.glutewise.planner.screening.WeakGluteBand;
import io.glutewise.planner.screening.WeakGluteScore;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Screens a profile: red flags to a referral, the weak-glute checklist to a score. */
public final class Screener {
  private Screener() {}

  /** Screens the profile. */
  public static ScreeningResult screen(TraineeProfile profile) {
    // a flag a clinician's clearance names no longer stops the program; any other still does
    List<RedFlag> flags = Arrays.stream(RedFlag.values())
        .filter(profile.redFlags()::contains)
        .filter(f -> profile.clearance().map(c -> !c.covers(f)).orElse(true))
        .toList();
    List<RedFlag> cleared = Arrays.stream(RedFlag.values())
        .filter(profile.redFlags()::contains)
        .filter(f -> !flags.contains(f))
        .toList();
    ScreeningResult.Builder result = ScreeningResult.builder().redFlags(flags).clearedFlags(cleared)
        .weakGlutes(score(profile));
    if (!flags.isEmpty()) {
      result.referral(Referral.of(flags, referralMessage(flags)));
    }
    return result.build();
  }

  /** Scores the weak-glute checklist. */
  public static WeakGluteScore score(TraineeProfile profile) {
    List<WeakGluteSign> signs =
        Arrays.stream(WeakGluteSign.values()).filter(profile.weakGluteSigns()::contains).toList();
    return WeakGluteScore.builder()
        .score(signs.size())
        .outOf(WeakGluteSign.values().length)
        .signs(signs)
        .emphasis(emphasis(WeakGluteBand.of(signs.size()), signs.size(), WeakGluteSign.values().length))
        .build();
  }

  private static String emphasis(WeakGluteBand band, int score, int outOf) {
    String count = score + " of the " + outOf + " signs of underused glutes apply. ";
    switch (band) {
      case MANY:
        return count + "The program therefore spends longer on activation first: gentle bridges, "
            + "squeezes and side-lying work that teach the glutes to switch on, before any load is added.";
      case SOME:
        return count + "The program follows the usual order (activation, strength-endurance, "
            + "strength, consolidation); take the squeeze at the top of each bridge seriously, it is "
            + "where the glutes learn to do the work.";
      default:
        return count + "The program follows the usual order: a short activation phase, then "
            + "strength-endurance, strength and consolidation.";
    }
  }

  private static String referralMessage(List<RedFlag> flags) {
    boolean urgent = flags.contains(RedFlag.BLADDER_BOWEL) || flags.contains(RedFlag.SADDLE_NUMBNESS);
    String reported = flags.stream().map(RedFlag::plainWords).collect(Collectors.joining("; "));
    return "You reported " + reported + ". "
        + "Back pain with " + (flags.size() == 1 ? "this sign" : "these signs")
        + " should be checked by a doctor or physiotherapist before you start an exercise "
        + "program, so glutewise will not build one. "
        + (urgent
            ? "Changes in bladder or bowel control or numbness in the saddle area need medical help "
                + "today: contact an urgent care service or emergency department now."
            : "Please book an appointment soon and mention what you reported here.")
        + " Once a clinician has cleared you to exercise, record their clearance in your profile"
        + " (who, when and for which signs) and plan again.";
  }
}
