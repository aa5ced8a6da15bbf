package io.glutewise.planner.export;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.InvalidValueException;
import io.glutewise.core.trainee.RedFlag;
import java.util.List;
import org.immutables.value.Value;

/**
 * The JSON export of a referral: no program, the red flags that caused it, the message, and the
 * clinician notice.
 *
 * <pre>{@code
 * {
 *   "format" : "glutewise-referral",  // always this value
 *   "formatVersion" : 1,
 *   "notice" : "...",                 // the short notice of when to see a clinician
 *   "flags" : [ "saddle-numbness" ],  // red flag ids, never empty
 *   "message" : "..."                 // what to do, in plain words
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

  /** The red flags that turned the plan into a referral; never empty. */
  public abstract List<RedFlag> flags();

  /** What to do, in plain words. */
  public abstract String message();

  /** An envelope for a referral. */
  public static ReferralEnvelope of(String notice, List<RedFlag> flags, String message) {
    return ImmutableReferralEnvelope.builder()
        .notice(notice)
        .flags(flags)
        .message(message)
        .build();
  }

  @Value.Check
  protected void check() {
    if (!FORMAT.equals(format())) {
      throw new InvalidValueException("format", "\"" + format() + "\"", "must be " + FORMAT);
    }
    if (formatVersion() != FORMAT_VERSION) {
      throw new InvalidValueException("formatVersion", formatVersion(), "must be " + FORMAT_VERSION);
    }
    if (flags().isEmpty()) {
      throw new InvalidValueException("flags", "[]", "must name at least one red flag");
    }
  }
}
