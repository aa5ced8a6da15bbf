package io.glutewise.catalog.importer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of an import: where it came from, the exercises read, and the problems of the records
 * that could not be read whole. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImportedCatalog.class)
@JsonDeserialize(as = ImmutableImportedCatalog.class)
public abstract class ImportedCatalog {
  /** Where the exercises come from. */
  public abstract ImportProvenance imported();

  /** The exercises read, in the source's order. */
  public abstract List<ImportedExercise> exercises();

  /** The problems found, in the source's order; empty for a clean file. */
  public abstract List<ImportProblem> problems();

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ImportedCatalog}. */
  public static final class Builder extends ImmutableImportedCatalog.Builder {}
}
