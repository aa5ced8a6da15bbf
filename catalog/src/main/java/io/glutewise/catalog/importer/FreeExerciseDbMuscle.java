package io.glutewise.catalog.importer;

import static io.glutewise.catalog.importer.MappingFidelity.AMBIGUOUS;
import static io.glutewise.catalog.importer.MappingFidelity.APPROXIMATE;
import static io.glutewise.catalog.importer.MappingFidelity.EXACT;
import static io.glutewise.catalog.importer.MappingFidelity.UNMAPPED;

import com.google.common.collect.Sets;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.ActivationRole;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The 17 muscle groups of free-exercise-db and what each is in glutewise's anatomy. This table is
 * the whole mapping; {@code catalog/IMPORT.md} explains it.
 *
 * <table>
 *   <caption>free-exercise-db muscle groups</caption>
 *   <tr><th>theirs</th><th>ours</th><th>fidelity</th></tr>
 *   <tr><td>glutes</td><td>one or more of gluteus maximus, medius, minimus</td><td>ambiguous</td></tr>
 *   <tr><td>abductors</td><td>one or more of gluteus medius, minimus, tensor fasciae latae</td><td>ambiguous</td></tr>
 *   <tr><td>hamstrings, quadriceps, calves, adductors</td><td>the same</td><td>exact</td></tr>
 *   <tr><td>lower back</td><td>erector spinae</td><td>approximate</td></tr>
 *   <tr><td>abdominals</td><td>superficial abdominals</td><td>approximate</td></tr>
 *   <tr><td>chest, shoulders, biceps, triceps, lats, middle back, traps, forearms, neck</td>
 *       <td>none: kept as raw names</td><td>unmapped</td></tr>
 * </table>
 *
 * <p>No group of theirs maps onto our hip flexors or deep abdominals, so an import never names
 * them.
 */
public enum FreeExerciseDbMuscle {
  /** Mostly crunches and sit-ups: the rectus abdominis and obliques; the deep wall is not named. */
  ABDOMINALS("abdominals", APPROXIMATE,
      "their abdominals stand for the superficial wall (rectus abdominis, obliques); the deep wall"
          + " (transversus abdominis) may also work but is not named",
      Muscle.SUPERFICIAL_ABDOMINALS),
  /** The hip abductors, without saying which. */
  ABDUCTORS("abductors", AMBIGUOUS,
      "their abductors are mostly the gluteus medius and minimus, with the tensor fasciae latae;"
          + " which of them is not said",
      Muscle.GLUTEUS_MEDIUS, Muscle.GLUTEUS_MINIMUS, Muscle.TENSOR_FASCIAE_LATAE),
  /** The inner thigh. */
  ADDUCTORS("adductors", EXACT, null, Muscle.ADDUCTORS),
  /** Not in glutewise's anatomy. */
  BICEPS("biceps", UNMAPPED, null),
  /** Gastrocnemius and soleus. */
  CALVES("calves", EXACT, null, Muscle.CALVES),
  /** Not in glutewise's anatomy. */
  CHEST("chest", UNMAPPED, null),
  /** Not in glutewise's anatomy. */
  FOREARMS("forearms", UNMAPPED, null),
  /** The three glutes, without saying which. */
  GLUTES("glutes", AMBIGUOUS,
      "their glutes do not tell the gluteus maximus from the medius or minimus: one or more of them",
      Muscle.GLUTEUS_MAXIMUS, Muscle.GLUTEUS_MEDIUS, Muscle.GLUTEUS_MINIMUS),
  /** The back of the thigh. */
  HAMSTRINGS("hamstrings", EXACT, null, Muscle.HAMSTRINGS),
  /** Not in glutewise's anatomy. */
  LATS("lats", UNMAPPED, null),
  /** The lower-back region; glutewise names only the erector spinae there. */
  LOWER_BACK("lower back", APPROXIMATE,
      "their lower back is a region; glutewise names only the erector spinae there, so the deeper"
          + " multifidus and quadratus lumborum are folded into it",
      Muscle.ERECTOR_SPINAE),
  /** Not in glutewise's anatomy. */
  MIDDLE_BACK("middle back", UNMAPPED, null),
  /** Not in glutewise's anatomy. */
  NECK("neck", UNMAPPED, null),
  /** The front of the thigh. */
  QUADRICEPS("quadriceps", EXACT, null, Muscle.QUADRICEPS),
  /** Not in glutewise's anatomy. */
  SHOULDERS("shoulders", UNMAPPED, null),
  /** Not in glutewise's anatomy. */
  TRAPS("traps", UNMAPPED, null),
  /** Not in glutewise's anatomy. */
  TRICEPS("triceps", UNMAPPED, null);

  private final String theirName;
  private final MappingFidelity fidelity;
  private final String note;
  private final Set<Muscle> candidates;

  FreeExerciseDbMuscle(String theirName, MappingFidelity fidelity, String note, Muscle... candidates) {
    this.theirName = theirName;
    this.fidelity = fidelity;
    this.note = note;
    this.candidates = candidates.length == 0
        ? Set.of()
        : Sets.immutableEnumSet(EnumSet.of(candidates[0], candidates));
  }

  /** The name free-exercise-db uses, such as {@code "lower back"}. */
  public String theirName() {
    return theirName;
  }

  /** How faithful the mapping is. */
  public MappingFidelity fidelity() {
    return fidelity;
  }

  /** The muscles of glutewise the group may stand for: one or more of them; empty when unmapped. */
  public Set<Muscle> candidates() {
    return candidates;
  }

  /** What is lost in the mapping, for approximate and ambiguous ones. */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /** The group with the name free-exercise-db uses, if it is one of the 17. */
  public static Optional<FreeExerciseDbMuscle> byTheirName(String name) {
    for (FreeExerciseDbMuscle group : values()) {
      if (group.theirName.equals(name)) {
        return Optional.of(group);
      }
    }
    return Optional.empty();
  }

  /** The group as an imported muscle in the given role. */
  public ImportedMuscle in(ActivationRole role) {
    return ImportedMuscle.builder()
        .raw(theirName)
        .role(role)
        .candidates(candidates)
        .fidelity(fidelity)
        .note(note())
        .build();
  }
}
