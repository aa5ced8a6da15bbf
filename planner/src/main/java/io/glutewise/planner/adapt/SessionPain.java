package io.glutewise.planner.adapt;

import io.glutewise.core.log.SessionLog;
import io.glutewise.core.trainee.TraineeProfile;
import java.util.Objects;
import java.util.Optional;

/**
 * What "a session hurt" means, stated once for the planner and every front end.
 *
 * <p>The pain-monitoring model (evidence.md section 3: Silbernagel et al. 2007; pain during up to
 * 5/10 acceptable, pain settled by the next morning) gives two signs: pain during any exercise
 * above the trainee's gate, or back pain the next morning higher than before the session. The gate
 * is the trainee's pain limit (5/10 by default). For a trainee whose everyday pain is already at or
 * above that limit, the model's question becomes whether training made the pain worse, so the gate
 * is their everyday pain: pain may not rise above its usual level during the session or the next
 * morning (our reading of the same model; a fixed limit below a person's everyday pain would step
 * back every session, forever).
 *
 * <p>"Before the session" is the log's pain before, else the latest earlier next-morning pain, else
 * the trainee's everyday pain. Thread-safe.
 */
public final class SessionPain {
  private SessionPain() {}

  /**
   * The pain gate: pain during up to it is acceptable. The trainee's limit; or their everyday pain,
   * when that is at or above the limit.
   */
  public static int gate(TraineeProfile profile) {
    Objects.requireNonNull(profile, "profile");
    return Math.max(profile.painLimit(), profile.currentPain());
  }

  /** Whether the gate is the trainee's everyday pain rather than their limit. */
  public static boolean isBaselineGate(TraineeProfile profile) {
    return profile.currentPain() >= profile.painLimit();
  }

  /** The pain to compare the next morning with: the log's pain before, else the earlier value given. */
  public static int before(SessionLog log, int earlier) {
    return log.painBefore().orElse(earlier);
  }

  /**
   * Why the session hurt, in words, or empty when it did not: pain during above the gate, or pain
   * the next morning above the pain before.
   *
   * @param profile the trainee the program was built for
   * @param log the session's log
   * @param before the pain before the session, from {@link #before}
   */
  public static Optional<String> hurt(TraineeProfile profile, SessionLog log, int before) {
    int gate = gate(profile);
    int during = log.painDuring();
    if (during > gate) {
      return Optional.of("pain reached " + during + "/10 during the session of " + log.date() + ", above "
          + (isBaselineGate(profile) ? "your usual " + gate + "/10" : "your limit of " + gate + "/10"));
    }
    Optional<Integer> morning = log.painNextMorning().filter(p -> p > before);
    return morning.map(p -> "pain the next morning rose from " + before + " to " + p + " after the session of "
        + log.date());
  }

  /** Whether the session hurt: {@link #hurt} is present. */
  public static boolean hurts(TraineeProfile profile, SessionLog log, int before) {
    return hurt(profile, log, before).isPresent();
  }
}
