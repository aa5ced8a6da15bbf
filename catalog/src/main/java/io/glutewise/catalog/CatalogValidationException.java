package io.glutewise.catalog;

import io.glutewise.core.GlutewiseException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A catalog that failed validation, with every problem found, not only the first: a person fixing
 * a file should see the whole list at once.
 *
 * <p>The message starts with a summary line and then gives one problem per line.
 */
public final class CatalogValidationException extends GlutewiseException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final List<CatalogProblem> problems;

  /**
   * Creates the exception.
   *
   * @param source where the catalog came from; never null
   * @param problems the problems found, in the order of the file; never empty
   * @throws IllegalArgumentException when there are no problems
   */
  public CatalogValidationException(String source, List<CatalogProblem> problems) {
    super(message(source, problems));
    this.source = Objects.requireNonNull(source, "source");
    this.problems = List.copyOf(problems);
  }

  private static String message(String source, List<CatalogProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a validation failure needs at least one problem");
    }
    String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    return "catalog " + source + " is not valid (" + count + "):\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }

  /** Where the catalog came from. */
  public String source() {
    return source;
  }

  /** Every problem found, in the order of the file; never empty. */
  public List<CatalogProblem> problems() {
    return problems;
  }
}
