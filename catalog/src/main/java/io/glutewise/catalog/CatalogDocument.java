package io.glutewise.catalog;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.catalog.guidance.Guidance;
import io.glutewise.catalog.guidance.RoutineTemplate;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.LadderStep;
import java.util.List;
import org.immutables.value.Value;

/**
 * The shape of a catalog file: a version, exercises, ladder steps, routine templates and guidance.
 * Binding a file into this type checks each value; the catalog validator then checks the whole.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCatalogDocument.class)
@JsonDeserialize(as = ImmutableCatalogDocument.class)
public abstract class CatalogDocument {
  /** The catalog's version, recorded in every program built from it. */
  public abstract String version();

  /** The exercises. */
  public abstract List<Exercise> exercises();

  /** The ladder steps, from easier to harder. */
  public abstract List<LadderStep> ladders();

  /** Named routines. */
  public abstract List<RoutineTemplate> templates();

  /** Non-exercise knowledge; a user's catalog may leave it out. */
  public abstract java.util.Optional<Guidance> guidance();
}
