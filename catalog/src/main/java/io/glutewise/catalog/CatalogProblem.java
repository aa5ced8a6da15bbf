package io.glutewise.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing wrong with a catalog file: what kind of problem it is, where it is (the file, the JSON
 * path, the exercise, the line and column where known) and what is wrong, in words.
 *
 * <p>{@link #toString()} gives the whole in one line, for example {@code my-catalog.json:
 * $.exercises[4].muscles[1].muscle (exercise "clamshell", line 88, column 22): unknown muscle
 * "glutues-medius"; must be one of [...]}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCatalogProblem.class)
@JsonDeserialize(as = ImmutableCatalogProblem.class)
public abstract class CatalogProblem {
  /** The kinds of problem the validator finds. Serialized as its slug id. */
  public enum Kind {
    /** The text is not well-formed JSON. */
    MALFORMED_JSON,
    /** A field is missing, unknown, given twice or of the wrong type. */
    WRONG_SHAPE,
    /** A value breaks a rule of its type, such as a difficulty of 7 or an EMG figure of 400. */
    INVALID_VALUE,
    /** A name that is not in glutewise's vocabulary: a muscle, a piece of equipment, a pattern. */
    UNKNOWN_VALUE,
    /** An id used twice. */
    DUPLICATE_ID,
    /** An exercise without a primary muscle. */
    NO_PRIMARY_MUSCLE,
    /** A dose that does not fit the exercise's dose kind or laterality. */
    DOSE_MISMATCH,
    /** A ladder step or a template naming an exercise the catalog does not have. */
    UNKNOWN_EXERCISE,
    /** The same ladder step given twice. */
    DUPLICATE_STEP,
    /** Ladder steps that lead back to where they started. */
    LADDER_CYCLE,
    /** A ladder criterion counted in repetitions for a timed exercise, or the other way round. */
    CRITERION_MISMATCH,
    /** Guidance without a question for a red flag or an item for a weak-glute sign. */
    MISSING_GUIDANCE;

    private static final Map<String, Kind> BY_ID = Slugs.index(Kind.class, Kind::id);

    /** The stable slug id, such as {@code "ladder-cycle"}. */
    @JsonValue
    public String id() {
      return Slugs.of(this);
    }

    /**
     * The kind for a slug id.
     *
     * @throws io.glutewise.core.InvalidValueException listing the known ids when unknown
     */
    @JsonCreator
    public static Kind fromId(String id) {
      return Slugs.parse(BY_ID, "catalog problem kind", id);
    }
  }

  /** Where the catalog came from: a file name, or another name given by the caller. */
  public abstract String source();

  /** What kind of problem this is. */
  public abstract Kind kind();

  /** The JSON path of the offending value, such as {@code $.exercises[4].muscles[1].muscle}. */
  public abstract String path();

  /** The id of the exercise the problem is about, where known. */
  public abstract Optional<String> exerciseId();

  /** The 1-based line of the offending value, or 0 when unknown. */
  @Value.Default
  public int line() {
    return 0;
  }

  /** The 1-based column of the offending value, or 0 when unknown. */
  @Value.Default
  public int column() {
    return 0;
  }

  /** What is wrong and, where it helps, what would be right; without the location. */
  public abstract String message();

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CatalogProblem}. */
  public static final class Builder extends ImmutableCatalogProblem.Builder {}

  /** The problem in one line: source, path, exercise and position where known, then the message. */
  @Override
  public String toString() {
    List<String> where = new ArrayList<>();
    exerciseId().ifPresent(id -> where.add("exercise \"" + id + "\""));
    if (line() > 0) {
      where.add("line " + line() + (column() > 0 ? ", column " + column() : ""));
    }
    return source() + ": " + path() + (where.isEmpty() ? "" : " (" + String.join(", ", where) + ")")
        + ": " + message();
  }
}
