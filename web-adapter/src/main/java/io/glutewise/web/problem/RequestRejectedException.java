package io.glutewise.web.problem;

import io.glutewise.core.GlutewiseException;
import java.util.List;
import java.util.Objects;

/**
 * A request the server refuses before it reaches the planner: an unsupported content type, a body
 * that is too large or not JSON, a bad query parameter. Carries the problem kind and the offending
 * fields, so the problem response can name them.
 */
public final class RequestRejectedException extends GlutewiseException {
  private static final long serialVersionUID = 1L;

  private final ProblemType kind;
  private final List<FieldProblem> errors;
  private final List<String> suggestions;

  /**
   * Creates the exception.
   *
   * @param kind the kind of problem; never null
   * @param detail what is wrong, in words; never null
   * @param errors the offending fields; may be empty
   */
  public RequestRejectedException(ProblemType kind, String detail, List<FieldProblem> errors) {
    this(kind, detail, errors, List.of());
  }

  /**
   * Creates the exception with suggestions, such as the nearest known ids to an unknown one.
   *
   * @param kind the kind of problem; never null
   * @param detail what is wrong, in words; never null
   * @param errors the offending fields; may be empty
   * @param suggestions what the client may have meant; may be empty
   */
  public RequestRejectedException(
      ProblemType kind, String detail, List<FieldProblem> errors, List<String> suggestions) {
    super(detail);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.errors = List.copyOf(errors);
    this.suggestions = List.copyOf(suggestions);
  }

  /** The kind of problem. */
  public ProblemType kind() {
    return kind;
  }

  /** The offending fields; may be empty. */
  public List<FieldProblem> errors() {
    return errors;
  }

  /** What the client may have meant; may be empty. */
  public List<String> suggestions() {
    return suggestions;
  }
}
