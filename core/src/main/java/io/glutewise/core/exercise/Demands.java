package io.glutewise.core.exercise;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * What an exercise asks of the joints and of balance, recorded once per exercise so that each
 * {@link io.glutewise.core.trainee.Limitation} can decide from them which exercises it rules out:
 * a new exercise gets the right exclusions without being tagged by hand. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDemands.class)
@JsonDeserialize(as = ImmutableDemands.class)
public abstract class Demands {
  /** How far the knees bend while they carry the body or a weight. */
  public abstract JointBend kneeFlexion();

  /** How far the hips bend while they carry the body or a weight. */
  public abstract JointBend hipFlexion();

  /** Whether body weight rests on the hands with the wrists bent back. */
  public abstract boolean weightOnHands();

  /** Whether body weight rests on the arms or shoulders (hands, forearms, a wall). */
  public abstract boolean weightOnArms();

  /** Whether body weight rests on one or both knees. */
  public abstract boolean weightOnKnees();

  /** How much the exercise asks of standing balance. */
  public abstract BalanceDemand balance();

  /**
   * Whether the spine bends forward or twists against a load, the trunk's own weight included:
   * curl-ups, sit-ups, toe touches, rotations. Resisting a twist, as in a band press, is not it.
   */
  public abstract boolean spinalFlexionOrTwist();

  /** Whether the trainee gets down to the floor and back up for the exercise. */
  public abstract boolean floorWork();

  /** Whether the trainee lies flat on the back for a whole set or longer. */
  public abstract boolean longSupine();

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Demands}; every attribute is required. */
  public static final class Builder extends ImmutableDemands.Builder {}
}
