package io.glutewise.catalog.internal;

import io.glutewise.catalog.CatalogProblem;
import io.glutewise.catalog.CatalogProblem.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Collects the problems of one catalog, placing each at its line and column and naming its
 * exercise where the path lies inside one.
 */
final class ProblemCollector {
  private final String source;
  private final LocatedJson json;
  private final Function<String, Optional<String>> exerciseAt;
  private final List<CatalogProblem> problems = new ArrayList<>();

  /**
   * @param source the catalog's name in messages
   * @param json the tree with positions
   * @param exerciseAt the id of the exercise a path lies in, if any
   */
  ProblemCollector(String source, LocatedJson json, Function<String, Optional<String>> exerciseAt) {
    this.source = source;
    this.json = json;
    this.exerciseAt = exerciseAt;
  }

  /** Adds a problem about the exercise the path lies in, if any. */
  void add(Kind kind, String path, String message) {
    add(kind, path, exerciseAt.apply(path), message);
  }

  /** Adds a problem about the given exercise. */
  void add(Kind kind, String path, Optional<String> exerciseId, String message) {
    LocatedJson.Position position = json.positionOf(path);
    problems.add(
        CatalogProblem.builder()
            .source(source)
            .kind(kind)
            .path(path)
            .exerciseId(exerciseId)
            .line(position.line())
            .column(position.column())
            .message(message)
            .build());
  }

  /**
   * Whether a problem already reported overlaps the path: lies at it, inside it, or around it. A
   * binding failure found there says the same thing again, so it is left out.
   */
  boolean overlaps(String path) {
    return problems.stream()
        .anyMatch(p -> JsonPaths.within(p.path(), path) || JsonPaths.within(path, p.path()));
  }

  /** Whether this very problem has been reported. */
  boolean has(String path, String message) {
    return problems.stream().anyMatch(p -> p.path().equals(path) && p.message().equals(message));
  }

  /** Whether nothing has been reported. */
  boolean isEmpty() {
    return problems.isEmpty();
  }

  /** The problems in the order of the file (by line and column, then as found). */
  List<CatalogProblem> sorted() {
    List<CatalogProblem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(CatalogProblem::line).thenComparingInt(CatalogProblem::column));
    return List.copyOf(sorted);
  }
}
