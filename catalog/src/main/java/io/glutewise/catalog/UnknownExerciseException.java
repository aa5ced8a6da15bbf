package io.glutewise.catalog;

import io.glutewise.core.GlutewiseException;
import java.util.List;

/** An exercise id that the catalog does not know, with the nearest ids it does know. */
public final class UnknownExerciseException extends GlutewiseException {
  private static final long serialVersionUID = 1L;

  private final String id;
  private final List<String> suggestions;

  /**
   * Creates the exception.
   *
   * @param id the unknown id
   * @param suggestions the nearest known ids, best first; may be empty
   */
  public UnknownExerciseException(String id, List<String> suggestions) {
    super("unknown exercise \"" + id + "\""
        + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(", ", suggestions) + "?"));
    this.id = id;
    this.suggestions = List.copyOf(suggestions);
  }

  /** The unknown id. */
  public String id() {
    return id;
  }

  /** The nearest known ids, best first. */
  public List<String> suggestions() {
    return suggestions;
  }
}
