package io.glutewise.catalog.importer;

import io.glutewise.core.exercise.Equipment;
import java.util.Optional;

/**
 * The equipment names of free-exercise-db and the glutewise equipment each is, where the match is
 * exact; the rest have no counterpart and are kept as their raw text. This table is the whole
 * mapping; {@code catalog/IMPORT.md} explains it.
 *
 * <p>free-exercise-db names one item per exercise, so anything else an exercise needs (a bench for
 * a barbell hip thrust) is not known after an import.
 */
public enum FreeExerciseDbEquipment {
  /** Nothing but the body: {@link Equipment#NONE}. */
  BODY_ONLY("body only", Equipment.NONE),
  /** A dumbbell. */
  DUMBBELL("dumbbell", Equipment.DUMBBELL),
  /** A kettlebell. */
  KETTLEBELLS("kettlebells", Equipment.KETTLEBELL),
  /** A barbell. */
  BARBELL("barbell", Equipment.BARBELL),
  /** A resistance band. */
  BANDS("bands", Equipment.BAND),
  /** A cable station: no counterpart. */
  CABLE("cable", null),
  /** A machine: no counterpart. */
  MACHINE("machine", null),
  /** An exercise ball: no counterpart. */
  EXERCISE_BALL("exercise ball", null),
  /** A medicine ball: no counterpart. */
  MEDICINE_BALL("medicine ball", null),
  /** A foam roller: no counterpart. */
  FOAM_ROLL("foam roll", null),
  /** A curl bar: no counterpart. */
  E_Z_CURL_BAR("e-z curl bar", null),
  /** Something else: no counterpart. */
  OTHER("other", null);

  private final String theirName;
  private final Equipment equipment;

  FreeExerciseDbEquipment(String theirName, Equipment equipment) {
    this.theirName = theirName;
    this.equipment = equipment;
  }

  /** The name free-exercise-db uses, such as {@code "body only"}. */
  public String theirName() {
    return theirName;
  }

  /** The glutewise equipment, where the match is exact. */
  public Optional<Equipment> equipment() {
    return Optional.ofNullable(equipment);
  }

  /** The item with the name free-exercise-db uses, if it is one of theirs. */
  public static Optional<FreeExerciseDbEquipment> byTheirName(String name) {
    for (FreeExerciseDbEquipment item : values()) {
      if (item.theirName.equals(name)) {
        return Optional.of(item);
      }
    }
    return Optional.empty();
  }

  /** The item as imported equipment: exact where it has a counterpart, its raw text otherwise. */
  public ImportedEquipment imported() {
    return equipment == null
        ? ImportedEquipment.unmapped(theirName)
        : ImportedEquipment.exact(theirName, equipment);
  }
}
