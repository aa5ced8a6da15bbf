package io.glutewise.catalog.importer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.InvalidValueException;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.ActivationRole;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A muscle (or muscle group) named by another catalog, with the muscles of glutewise it may stand
 * for and how faithful that is.
 *
 * <p>The candidates are read as "one or more of": an {@link MappingFidelity#AMBIGUOUS ambiguous}
 * "glutes" has the three glutes as candidates because the source does not say which. Exact and
 * approximate mappings have one candidate; an unmapped name has none. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImportedMuscle.class)
@JsonDeserialize(as = ImmutableImportedMuscle.class)
public abstract class ImportedMuscle {
  /** The name as the source gives it, such as {@code "glutes"}. */
  public abstract String raw();

  /** Primary for the source's main muscles, secondary for the others. */
  public abstract ActivationRole role();

  /** The muscles of glutewise the name may stand for: one or more of them. */
  public abstract Set<Muscle> candidates();

  /** How faithful the mapping is. */
  public abstract MappingFidelity fidelity();

  /** What is lost in the mapping, in words, for anything less than exact. */
  public abstract Optional<String> note();

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the name may stand for the muscle. */
  public boolean mayBe(Muscle muscle) {
    return candidates().contains(muscle);
  }

  /** Builds an {@link ImportedMuscle}. */
  public static final class Builder extends ImmutableImportedMuscle.Builder {}

  @Value.Check
  protected void check() {
    int count = candidates().size();
    boolean fits;
    switch (fidelity()) {
      case EXACT:
      case APPROXIMATE:
        fits = count == 1;
        break;
      case AMBIGUOUS:
        fits = count > 1;
        break;
      default:
        fits = count == 0;
    }
    if (!fits) {
      throw new InvalidValueException("candidates", candidates(),
          "do not fit a " + fidelity().id() + " mapping of \"" + raw() + "\"");
    }
  }
}
