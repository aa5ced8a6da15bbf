package io.glutewise.catalog.importer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.Checks;
import io.glutewise.core.Slugs;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.exercise.ActivationRole;
import io.glutewise.core.exercise.DoseKind;
import io.glutewise.core.exercise.Laterality;
import io.glutewise.core.exercise.LowerBackLoad;
import io.glutewise.core.exercise.MovementPattern;
import io.glutewise.core.trainee.ExperienceLevel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An exercise read from another catalog: what the source says, mapped onto glutewise's vocabulary
 * only where the mapping is sound.
 *
 * <p>It is not an {@link io.glutewise.core.exercise.Exercise}: the fields glutewise needs to plan
 * with (movement pattern, laterality, lower-back load, dose kind and default dose) are left empty
 * unless the source states them, and are never guessed from a name. A person who curates an import
 * fills them in. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImportedExercise.class)
@JsonDeserialize(as = ImmutableImportedExercise.class)
public abstract class ImportedExercise {
  /** A glutewise slug id derived from the source's id, unique within the import. */
  public abstract String id();

  /** The name as the source gives it. */
  public abstract String name();

  /** The source's own id, such as {@code Barbell_Hip_Thrust}. */
  public abstract String sourceId();

  /** Where the exercise comes from. */
  public abstract ImportProvenance imported();

  /** The experience level the source gives, mapped. */
  public abstract Optional<ExperienceLevel> level();

  /** The equipment the source names, mapped where exact. */
  public abstract ImportedEquipment equipment();

  /** The muscles the source names, primary first, each with its mapping. */
  public abstract List<ImportedMuscle> muscles();

  /** The source's instructions, as it words them. */
  public abstract List<String> instructions();

  /** The source's category, such as {@code strength} or {@code stretching}, as it words it. */
  public abstract Optional<String> category();

  /** The source's force (push, pull, static), as it words it. */
  public abstract Optional<String> force();

  /** The source's mechanic (compound, isolation), as it words it. */
  public abstract Optional<String> mechanic();

  /** The movement pattern; unknown unless the source states it. */
  public abstract Optional<MovementPattern> pattern();

  /** Both sides or one; unknown unless the source states it. */
  public abstract Optional<Laterality> laterality();

  /** The load on the lower back; unknown unless the source states it. */
  public abstract Optional<LowerBackLoad> lowerBackLoad();

  /** How the exercise is dosed; unknown unless the source states it. */
  public abstract Optional<DoseKind> doseKind();

  /** A default dose; unknown unless the source states it. */
  public abstract Optional<Dose> defaultDose();

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The muscles named in the given role. */
  public List<ImportedMuscle> musclesIn(ActivationRole role) {
    return muscles().stream().filter(m -> m.role() == role).toList();
  }

  /** Whether some muscle the source names may be the given one. */
  public boolean mayWork(Muscle muscle) {
    return muscles().stream().anyMatch(m -> m.mayBe(muscle));
  }

  /** Builds an {@link ImportedExercise}. */
  public static final class Builder extends ImmutableImportedExercise.Builder {}

  @Value.Check
  protected void check() {
    Slugs.require("id", id());
    Checks.notBlank("name", name());
    Checks.notBlank("sourceId", sourceId());
  }
}
