package io.glutewise.core.trainee;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import java.util.Map;

/** A physical limitation that rules exercises out. Serialized as its slug id. */
public enum Limitation {
  /** Knee pain: no deep knee bending or loaded lunges. */
  KNEE_PAIN,

  /** Wrist pain: no weight on the hands. */
  WRIST_PAIN,

  /** Shoulder pain: no weight on the arms or over the shoulders. */
  SHOULDER_PAIN,

  /** Hip pain: no deep hip flexion under load. */
  HIP_PAIN,

  /** Kneeling is uncomfortable or impossible. */
  NO_KNEELING,

  /** Getting down to the floor and back up is not possible. */
  NO_FLOOR_WORK,

  /** Balance is poor: no unsupported single-leg standing work. */
  POOR_BALANCE,

  /** Pregnant: no lying flat on the back after the first trimester, no heavy loads. */
  PREGNANCY,

  /** Low bone density: no loaded spinal flexion or heavy loads. */
  OSTEOPOROSIS;

  private static final Map<String, Limitation> BY_ID = Slugs.index(Limitation.class, Limitation::id);

  /** The stable slug id, such as {@code "knee-pain"}. */
  @JsonValue
  public String id() {
    return Slugs.of(this);
  }

  /**
   * The constant for a slug id.
   *
   * @throws io.glutewise.core.InvalidValueException listing the known ids when unknown
   */
  @JsonCreator
  public static Limitation fromId(String id) {
    return Slugs.parse(BY_ID, "limitation", id);
  }
}
