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

  /** An exercise with a dose and no note. */
  public static Prescription of(String exerciseId, Dose dose) {
    return ImmutablePrescription.builder().exerciseId(exerciseId).dose(dose).build();
  }

  /** A copy with another dose. */
  public Prescription withDose(Dose dose) {
    return ImmutablePrescription.copyOf(this).withDose(dose);
  }

  /** A copy with a note. */
  public Prescription withNote(String note) {
    return ImmutablePrescription.copyOf(this).withNote(note);
  }

  @Value.Check
  protected void check() {
    Slugs.require("exerciseId", exerciseId());
  }
}
