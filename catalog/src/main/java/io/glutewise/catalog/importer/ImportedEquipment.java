package io.glutewise.catalog.importer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.InvalidValueException;
import io.glutewise.core.exercise.Equipment;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The equipment another catalog names for an exercise, and the glutewise equipment it is, where the
 * match is exact. {@link Equipment#NONE} means the source says nothing is needed. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImportedEquipment.class)
@JsonDeserialize(as = ImmutableImportedEquipment.class)
public abstract class ImportedEquipment {
  /** The text as the source gives it, such as {@code "e-z curl bar"}; absent when it gives none. */
  public abstract Optional<String> raw();

  /** The glutewise equipment, when the source's text maps onto it exactly. */
  public abstract Optional<Equipment> equipment();

  /** Exact when mapped, unmapped otherwise (including when the source names nothing). */
  public abstract MappingFidelity fidelity();

  /** Equipment the source does not name at all. */
  public static ImportedEquipment unknown() {
    return ImmutableImportedEquipment.builder().fidelity(MappingFidelity.UNMAPPED).build();
  }

  /** A text of the source that has no glutewise counterpart, kept as it is. */
  public static ImportedEquipment unmapped(String raw) {
    return ImmutableImportedEquipment.builder().raw(raw).fidelity(MappingFidelity.UNMAPPED).build();
  }

  /** A text of the source that is exactly one piece of glutewise equipment. */
  public static ImportedEquipment exact(String raw, Equipment equipment) {
    return ImmutableImportedEquipment.builder()
        .raw(raw)
        .equipment(equipment)
        .fidelity(MappingFidelity.EXACT)
        .build();
  }

  @Value.Check
  protected void check() {
    if (equipment().isPresent() && raw().isEmpty()) {
      throw new InvalidValueException("raw", "absent", "is required when the equipment is mapped");
    }
    MappingFidelity expected = equipment().isPresent() ? MappingFidelity.EXACT : MappingFidelity.UNMAPPED;
    if (fidelity() != expected) {
      throw new InvalidValueException("fidelity", fidelity().id(),
          "must be " + expected.id() + " for equipment " + (equipment().isPresent() ? "that is mapped" : "that is not"));
    }
  }
}
