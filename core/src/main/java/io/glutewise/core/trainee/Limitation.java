package io.glutewise.core.trainee;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.glutewise.core.Slugs;
import io.glutewise.core.exercise.Demands;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.ExternalLoad;
import io.glutewise.core.exercise.JointBend;
import io.glutewise.core.exercise.BalanceDemand;
import java.util.Map;
import java.util.Objects;

/**
 * A physical limitation that rules exercises out. Each limitation decides from an exercise's
 * position, demands and equipment whether it conflicts ({@link #excludes(Exercise)}), so the rule
 * is written once here and no exercise is tagged by hand. Serialized as its slug id.
 *
 * <p>Sources: osteoporosis and pregnancy follow evidence.md section 8 (no loaded spinal flexion or
 * twisting; no long spells on the back, moderate loads); the others keep weight off the painful
 * joint, as the seeds' cautions do.
 */
public enum Limitation {
  /** Knee pain: no deep knee bending under load, and no weighted knee bending at all. */
  KNEE_PAIN("deep or weighted knee bending") {
    @Override
    boolean conflicts(Exercise e, Demands d) {
      return d.kneeFlexion() == JointBend.DEEP
          || (d.kneeFlexion() == JointBend.PARTIAL && e.externalLoad().isWeighted());
    }
  },

  /** Wrist pain: no weight on the hands. */
  WRIST_PAIN("weight on the hands") {
    @Override
    boolean conflicts(Exercise e, Demands d) {
      return d.weightOnHands();
    }
  },

  /** Shoulder pain: no weight on the arms or over the shoulders. */
  SHOULDER_PAIN("weight on the arms or shoulders") {
    @Override
    boolean conflicts(Exercise e, Demands d) {
      return d.weightOnArms();
    }
  },

  /** Hip pain: no deep hip bending under load. */
  HIP_PAIN("deep hip bending under load") {
    @Override
    boolean conflicts(Exercise e, Demands d) {
      return d.hipFlexion() == JointBend.DEEP;
    }
  },

  /** Kneeling is uncomfortable or impossible. */
  NO_KNEELING("weight on the knees") {
    @Override
    boolean conflicts(Exercise e, Demands d) {
      return d.weightOnKnees();
    }
  },

  /** Getting down to the floor and back up is not possible. */
  NO_FLOOR_WORK("getting down to the floor") {
    @Override
    boolean conflicts(Exercise e, Demands d) {
      return d.floorWork();
    }
  },

  /** Balance is poor: no unsupported single-leg standing work; supported variants are fine. */
  POOR_BALANCE("standing on one leg or stepping with nothing to hold") {
    @Override
    boolean conflicts(Exercise e, Demands d) {
      return d.balance() == BalanceDemand.UNSUPPORTED;
    }
  },

  /** Pregnant: no long spells lying on the back, and no heavy loads. */
  PREGNANCY("lying on the back, or a heavy barbell load") {
    @Override
    boolean conflicts(Exercise e, Demands d) {
      return d.longSupine() || e.externalLoad() == ExternalLoad.HEAVY;
    }
  },

  /** Low bone density: no bending forward or twisting of the spine under load. */
  OSTEOPOROSIS("the spine bending forward or twisting under load") {
    @Override
    boolean conflicts(Exercise e, Demands d) {
      return d.spinalFlexionOrTwist();
    }
  };

  private static final Map<String, Limitation> BY_ID = Slugs.index(Limitation.class, Limitation::id);

  private final String conflict;

  Limitation(String conflict) {
    this.conflict = conflict;
  }

  /** Whether the exercise's position, demands or load conflict with this limitation. */
  abstract boolean conflicts(Exercise exercise, Demands demands);

  /**
   * Whether this limitation rules the exercise out. The one rule for every caller: the catalog, the
   * planner and the tests all ask here.
   */
  public boolean excludes(Exercise exercise) {
    Objects.requireNonNull(exercise, "exercise");
    return conflicts(exercise, exercise.demands());
  }

  /** What this limitation rules out, in plain words, such as "weight on the hands". */
  public String conflict() {
    return conflict;
  }

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
