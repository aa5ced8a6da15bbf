package io.glutewise.catalog.importer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where imported exercises come from: the dataset, the commit of it that was read, and its
 * licence. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImportProvenance.class)
@JsonDeserialize(as = ImmutableImportProvenance.class)
public abstract class ImportProvenance {
  /** The dataset's name, such as {@code free-exercise-db}. */
  public abstract String dataset();

  /** Where the dataset is published. */
  public abstract Optional<String> url();

  /** The commit (or version) of the dataset that was read, where known. */
  public abstract Optional<String> commit();

  /** The dataset's licence, such as {@code Unlicense}. */
  public abstract String license();

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ImportProvenance}. */
  public static final class Builder extends ImmutableImportProvenance.Builder {}

  @Value.Check
  protected void check() {
    Checks.notBlank("dataset", dataset());
    Checks.notBlank("license", license());
  }
}
