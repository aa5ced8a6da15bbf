package io.glutewise.export;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.planner.screening.Referral;
import org.immutables.value.Value;

/**
 * The JSON export of a referral: no program, the referral (the red flags that caused it and the
 * message) and the clinician notice. Read one back with {@code GlutewiseJson.read(json,
 * ReferralEnvelope.class, source)}.
 *
 * <pre>{@code
 * {
 *   "format" : "glutewise-referral",  // always this value
 *   "formatVersion" : 1,
 *   "notice" : "...",                 // the short notice of when to see a clinician
 *   "referral" : {                    // the planner's Referral
 *     "flags" : [ "saddle-numbness" ],  // red flag ids, never empty
 *     "message" : "..."                 // what to do, in plain words
 *   }
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReferralEnvelope.class)
@JsonDeserialize(as = ImmutableReferralEnvelope.class)
public abstract class ReferralEnvelope {
  /** The value of {@link #format()}. */
  public static final String FORMAT = "glutewise-referral";

  /** The current {@link #formatVersion()}. */
  public static final int FORMAT_VERSION = 1;

  /** Always {@value #FORMAT}. */
  @Value.Default
  public String format() {
    return FORMAT;
  }

  /** The version of this envelope's shape; {@value #FORMAT_VERSION}. */
  @Value.Default
  public int formatVersion() {
    return FORMAT_VERSION;
  }

  /** The short notice of when to see a clinician. */
  public abstract String notice();

  /** The referral: the red flags reported and the message. */
  public abstract Referral referral();

  /** An envelope for a referral. */
  public static ReferralEnvelope of(String notice, Referral referral) {
    return ImmutableReferralEnvelope.builder().notice(notice).referral(referral).build();
  }

  @Value.Check
  protected void check() {
    EnvelopeFormat.check(format(), FORMAT, formatVersion(), FORMAT_VERSION);
  }
}
