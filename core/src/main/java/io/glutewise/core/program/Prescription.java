package io.glutewise.core.program;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.Slugs;
import io.glutewise.core.dose.Dose;
import java.util.Optional;
import org.immutables.value.Value;

/** An exercise, by id, with its prescribed dose and an optional note. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutablePrescription.class)
@JsonDeserialize(as = ImmutablePrescription.class)
public abstract class Prescription {
  /** The exercise's slug id. */
  public abstract String exerciseId();

  /** The prescribed dose. */
  public abstract Dose dose();

  /** A note for the trainee, such as why this exercise was chosen or changed. */
  public abstract Optional<String> note();

  /**
   * The slot this prescription fills, as a slug: the job it does in the session, such as {@code
   * hip-extension}, {@code abduction}, {@code warm-up} or {@code cool-down}. The adaptive step
   * follows a slot from session to session, whatever exercise fills it; absent in programs written
   * before slots were recorded.
   */
  public abstract Optional<String> slot();

  /** An exercise with a dose and no note. */
  public static Prescription of(String exerciseId, Dose dose) {
    return ImmutablePrescription.builder().exerciseId(exerciseId).dose(dose).build();
  }

  /** A copy with another dose. */
  public Prescription withDose(Dose dose) {
    return ImmutablePrescription.copyOf(this).withDose(dose);
  }

  /** A copy with the slot it fills. */
  public Prescription withSlot(String slot) {
    return ImmutablePrescription.copyOf(this).withSlot(slot);
  }

  /** A copy with another exercise, keeping the dose and the slot. */
  public Prescription withExercise(String exerciseId) {
    return ImmutablePrescription.copyOf(this).withExerciseId(exerciseId);
  }

  /** A copy with a note. */
  public Prescription withNote(String note) {
    return ImmutablePrescription.copyOf(this).withNote(note);
  }

  @Value.Check
  protected void check() {
    Slugs.require("exerciseId", exerciseId());
    slot().ifPresent(slot -> Slugs.require("slot", slot));
  }
}
