package io.glutewise.core.trainee;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/**
 * A sign that back pain may have a serious cause and needs a clinician before any exercise
 * program. Any one of them turns a plan into a referral.
 *
 * <p>Sources: NHS pathways following NICE, and the seeds' own when-to-see-a-doctor lists (see
 * evidence.md, section 4). Serialized as its stable id.
 */
public enum RedFlag {
  /** New trouble passing urine, or loss of bladder or bowel control. */
  BLADDER_BOWEL("bladder-bowel", "a change in bladder or bowel control"),
  /** Numbness around the genitals, buttocks or inner thighs. */
  SADDLE_NUMBNESS("saddle-numbness", "numbness in the saddle area"),
  /** Pain running down the leg with numbness or tingling. */
  LEG_NUMBNESS("leg-numbness", "pain down the leg with numbness or tingling"),
  /** Weakness in the legs that is getting worse, or severe loss of strength. */
  WEAKNESS("weakness", "progressive weakness or loss of strength in the legs"),
  /** Fever, or feeling generally unwell, together with the back pain. */
  FEVER("fever", "fever or feeling generally unwell"),
  /** Weight loss without a reason. */
  WEIGHT_LOSS("weight-loss", "unexplained weight loss"),
  /** A past or present cancer. */
  CANCER_HISTORY("cancer-history", "a history of cancer"),
  /**
   * A significant fall, accident or blow. A minor one matters too when there is osteoporosis or
   * long-term steroid use: that is {@link #STEROIDS_OSTEOPOROSIS}.
   */
  TRAUMA("trauma", "a recent serious fall, accident or blow to the back"),
  /** Pain that keeps getting worse over weeks. */
  WORSENING("worsening", "pain that keeps getting worse over weeks"),
  /** Pain that severely limits everyday movement. */
  SEVERE_LIMITATION("severe-limitation", "pain that severely limits movement"),
  /** Pain at night that does not ease with rest or a change of position. */
  NIGHT_PAIN("night-pain", "pain at night that rest does not ease"),
  /** Back pain that is new, in someone under 20 or over 50. */
  AGE_ONSET("age-onset", "new back pain before the age of 20 or after 50"),
  /**
   * A fall or minor trauma with osteoporosis or long-term steroid use. Osteoporosis or steroid use
   * alone is no red flag: osteoporosis is a {@link Limitation} that plans around loaded spinal
   * flexion and twisting (evidence.md sections 4 and 8). The id is kept for compatibility.
   */
  STEROIDS_OSTEOPOROSIS("steroids-osteoporosis",
      "a fall or minor trauma with osteoporosis or long-term steroid use"),
  /** Drug use by injection or a weakened immune system, which raise the risk of infection. */
  IMMUNOSUPPRESSION("immunosuppression", "a weakened immune system or injected drug use");

  private static final Map<String, RedFlag> BY_ID = Slugs.index(RedFlag.class, RedFlag::id);

  private final String id;
  private final String plainWords;

  RedFlag(String id, String plainWords) {
    this.id = id;
    this.plainWords = plainWords;
  }

  /** The stable id, such as {@code "saddle-numbness"}. */
  @JsonValue
  public String id() {
    return id;
  }

  /** The flag in plain words, to complete the phrase "you reported ...". */
  public String plainWords() {
    return plainWords;
  }

  /**
   * The flag for an id.
   *
   * @throws io.glutewise.core.InvalidValueException listing the known ids when unknown
   */
  @JsonCreator
  public static RedFlag fromId(String id) {
    return Slugs.parse(BY_ID, "red flag", id);
  }
}
