package io.glutewise.web.problem;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One offending value in a request: where it is (the body, a query parameter, the path), its field
 * name, its JSON path in the body where it has one, and what is wrong with it. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFieldProblem.class)
@JsonDeserialize(as = ImmutableFieldProblem.class)
public abstract class FieldProblem {
  /** Where the value was sent: {@code body}, {@code query}, {@code path} or {@code header}. */
  public abstract String in();

  /** The field or parameter name, such as {@code daysPerWeek}; {@code $} for the whole body. */
  public abstract String field();

  /** The JSON path in the body, such as {@code $.profile.daysPerWeek}; absent outside the body. */
  public abstract Optional<String> path();

  /** The 1-based line in the body where the problem was found, where known. */
  public abstract Optional<Integer> line();

  /** The 1-based column in the body where the problem was found, where known. */
  public abstract Optional<Integer> column();

  /** What is wrong, in words. */
  public abstract String message();

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A problem with a query parameter. */
  public static FieldProblem query(String parameter, String message) {
    return builder().in("query").field(parameter).message(message).build();
  }

  /** A problem with a header. */
  public static FieldProblem header(String name, String message) {
    return builder().in("header").field(name).message(message).build();
  }

  /** A problem with a path parameter. */
  public static FieldProblem pathParameter(String name, String message) {
    return builder().in("path").field(name).message(message).build();
  }

  /** Builds a {@link FieldProblem}. */
  public static final class Builder extends ImmutableFieldProblem.Builder {}
}
