package io.glutewise.core.exercise;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.Checks;
import io.glutewise.core.InvalidValueException;
import io.glutewise.core.Slugs;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.trainee.Limitation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An exercise: how to do it, what it works, what it needs, how hard it is on the lower back, how it
 * is dosed, the position it is done in and what it asks of the joints, from which follows when not
 * to do it.
 *
 * <p>The id is a stable slug that never changes. Structural rules are checked when built: a slug
 * id, a difficulty from 1 to 5, no muscle listed twice, a default dose that matches the dose kind.
 * Catalog-wide rules (a primary muscle, known ladder links) are the catalog validator's job.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExercise.class)
@JsonDeserialize(as = ImmutableExercise.class)
public abstract class Exercise {
  /** The stable slug id, such as {@code single-leg-glute-bridge}. */
  public abstract String id();

  /** The name people use. */
  public abstract String name();

  /** Other names the exercise goes by. */
  public abstract List<String> aliases();

  /** The movement pattern. */
  public abstract MovementPattern pattern();

  /** The muscles worked, with their roles and EMG figures. */
  public abstract List<MuscleActivation> muscles();

  /** The equipment required, all of it; empty when nothing is needed. */
  public abstract Set<Equipment> equipment();

  /** Both sides at once, or one side at a time. */
  public abstract Laterality laterality();

  /** How much the exercise loads the lower back. */
  public abstract LowerBackLoad lowerBackLoad();

  /** A difficulty step from 1 (anyone can start here) to 5 (experienced lifters). */
  public abstract int difficulty();

  /** How the exercise is dosed. */
  public abstract DoseKind doseKind();

  /** The default dose, from the seeds where they give one. */
  public abstract Dose defaultDose();

  /** How to do it, step by step, in our own words. */
  public abstract List<String> steps();

  /** Short coaching cues. */
  public abstract List<String> cues();

  /** What to watch out for. */
  public abstract List<String> cautions();

  /** The position the body works in for most of the exercise. */
  public abstract BodyPosition position();

  /** What the exercise asks of the joints and of balance; limitations are decided from these. */
  public abstract Demands demands();

  /**
   * The limitations that rule this exercise out, decided by {@link Limitation#excludes(Exercise)}
   * from the position, the demands and the equipment; never tagged by hand. Written to JSON for
   * readers, and ignored when JSON is read back.
   */
  @Value.Derived
  @Value.Auxiliary
  @JsonProperty(access = JsonProperty.Access.READ_ONLY)
  public Set<Limitation> contraindications() {
    Set<Limitation> ruledOut = EnumSet.noneOf(Limitation.class);
    for (Limitation limitation : Limitation.values()) {
      if (limitation.excludes(this)) {
        ruledOut.add(limitation);
      }
    }
    return Collections.unmodifiableSet(ruledOut);
  }

  /** The load the exercise adds to body weight, read from its equipment. */
  public ExternalLoad externalLoad() {
    return ExternalLoad.of(equipment());
  }

  /** Whether the trainee must get down to the floor for this exercise. */
  public boolean onTheFloor() {
    return demands().floorWork();
  }

  /** Where the exercise and its dose come from: a seed, a paper, a practice. */
  public abstract List<String> sources();

  /** A short description of the exercise's purpose. */
  public abstract Optional<String> summary();

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The muscles in the given role. */
  public List<Muscle> musclesIn(ActivationRole role) {
    // a loop, not a stream: planning asks this for every place of every stage it chooses
    List<Muscle> in = new ArrayList<>(muscles().size());
    for (MuscleActivation activation : muscles()) {
      if (activation.role() == role) {
        in.add(activation.muscle());
      }
    }
    return Collections.unmodifiableList(in);
  }

  /** The role of a muscle in this exercise, if it is worked at all. */
  public Optional<ActivationRole> roleOf(Muscle muscle) {
    return Optional.ofNullable(roleOrNull(muscle));
  }

  /** Whether the muscle is a primary mover here. */
  public boolean isPrimary(Muscle muscle) {
    return primaryMovers().contains(muscle);
  }

  /**
   * The primary movers as a set, worked out once per exercise: planning asks {@link #isPrimary} for
   * every candidate of every ranking and every item it drafts.
   */
  @JsonIgnore
  @Value.Lazy
  protected Set<Muscle> primaryMovers() {
    Set<Muscle> primary = EnumSet.noneOf(Muscle.class);
    for (MuscleActivation activation : muscles()) {
      if (activation.role() == ActivationRole.PRIMARY) {
        primary.add(activation.muscle());
      }
    }
    return Collections.unmodifiableSet(primary);
  }

  // an indexed loop, with no iterator: the list is short
  private ActivationRole roleOrNull(Muscle muscle) {
    List<MuscleActivation> muscles = muscles();
    for (int i = 0; i < muscles.size(); i++) {
      MuscleActivation activation = muscles.get(i);
      if (activation.muscle() == muscle) {
        return activation.role();
      }
    }
    return null;
  }

  /** Builds an {@link Exercise}; structural invariants are checked on {@code build()}. */
  public static final class Builder extends ImmutableExercise.Builder {}

  @Value.Check
  protected void check() {
    Slugs.require("id", id());
    Checks.notBlank("name", name());
    Checks.inRange("difficulty", difficulty(), 1, 5);
    Set<Muscle> seen = new HashSet<>();
    for (int i = 0; i < muscles().size(); i++) {
      Muscle muscle = muscles().get(i).muscle();
      if (!seen.add(muscle)) {
        throw new InvalidValueException(
            "muscles[" + i + "].muscle", muscle.id(), "must list each muscle once in " + id());
      }
    }
    if (equipment().contains(Equipment.NONE)) {
      throw new InvalidValueException(
          "equipment", "none", "must be left empty rather than list none, in " + id());
    }
    boolean timedKind = doseKind() != DoseKind.REPETITIONS;
    if (timedKind != defaultDose().isTimed()) {
      throw new InvalidValueException(
          "defaultDose", defaultDose(), "must be dosed in " + (timedKind ? "seconds" : "repetitions")
              + " for an exercise dosed by " + doseKind().id() + ", in " + id());
    }
    boolean unilateral = laterality() == Laterality.UNILATERAL;
    if (unilateral != defaultDose().perSide()) {
      throw new InvalidValueException(
          "defaultDose.perSide", defaultDose().perSide(),
          "must be " + unilateral + " for a " + laterality().id() + " exercise, in " + id());
    }
  }

  @Override
  public String toString() {
    return id();
  }
}
