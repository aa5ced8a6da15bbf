package io.glutewise.catalog.importer;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something wrong with one record of an imported file: which record (its index and the source's
 * id where readable), the JSON path and position, what is wrong, and whether the record was left
 * out or imported without the bad part.
 *
 * <p>{@link #toString()} gives it in one line: {@code exercises.json: $[12].level (record 12, id
 * "Hip_Thrust", line 301, column 14): unknown level "pro"; must be one of [beginner, expert,
 * intermediate]; imported without a level}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImportProblem.class)
@JsonDeserialize(as = ImmutableImportProblem.class)
public abstract class ImportProblem {
  /** The file or other source read. */
  public abstract String source();

  /** The record's index in the source's list, from 0. */
  public abstract int recordIndex();

  /** The record's id in the source, where it could be read. */
  public abstract Optional<String> sourceId();

  /** The JSON path of the offending value, such as {@code $[12].primaryMuscles[0]}. */
  public abstract String path();

  /** The 1-based line, or 0 when unknown. */
  @Value.Default
  public int line() {
    return 0;
  }

  /** The 1-based column, or 0 when unknown. */
  @Value.Default
  public int column() {
    return 0;
  }

  /** What is wrong, and what the importer did about it. */
  public abstract String message();

  /** Whether the whole record was left out; otherwise it was imported without the bad part. */
  public abstract boolean recordSkipped();

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ImportProblem}. */
  public static final class Builder extends ImmutableImportProblem.Builder {}

  @Override
  public String toString() {
    List<String> where = new ArrayList<>();
    where.add("record " + recordIndex());
    sourceId().ifPresent(id -> where.add("id \"" + id + "\""));
    if (line() > 0) {
      where.add("line " + line() + (column() > 0 ? ", column " + column() : ""));
    }
    return source() + ": " + path() + " (" + String.join(", ", where) + "): " + message();
  }
}
