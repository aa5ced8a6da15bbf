package io.glutewise.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An RFC 9457 problem details document: type, title, status, detail and instance, plus the list
 * of offending fields and, for an unknown exercise, the nearest known ids. Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProblem.class)
@JsonDeserialize(as = ImmutableProblem.class)
public abstract class Problem {
  /** The media type of a problem document. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** The URI naming the kind of problem. */
  public abstract URI type();

  /** The short, fixed summary of the kind of problem. */
  public abstract String title();

  /** The HTTP status code. */
  public abstract int status();

  /** What went wrong with this request, in words a person can act on. */
  public abstract String detail();

  /** The path of the request that failed; absent when the request was too broken to have one. */
  public abstract Optional<String> instance();

  /** The offending fields or parameters; empty when the problem is not about a value. */
  public abstract List<FieldProblem> errors();

  /** The nearest known exercise ids, for an unknown exercise; otherwise empty and left out. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> suggestions();

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A problem of the given kind with its status, title and type filled in.
   *
   * @param kind the kind of problem
   * @param detail what went wrong with this request
   * @param instance the request path; may be null when unknown
   */
  public static Builder of(ProblemType kind, String detail, String instance) {
    return builder()
        .type(kind.uri())
        .title(kind.title())
        .status(kind.status())
        .detail(detail)
        .instance(Optional.ofNullable(instance));
  }

  /** Builds a {@link Problem}. */
  public static final class Builder extends ImmutableProblem.Builder {}
}
