package io.glutewise.catalog.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.glutewise.catalog.CatalogProblem.Kind;
import io.glutewise.core.InvalidValueException;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.json.InvalidJsonException;
import java.util.Optional;

/**
 * Binds one node of a catalog tree to its value type and, when that fails, reports the failure at
 * its full path, unless a problem already reported there says the same thing.
 *
 * <p>Binding stops at the first failure inside a node; the tree checks that run before it find the
 * common problems (names outside the vocabulary, EMG figures, doses) all at once.
 */
final class NodeBinder {
  private final String source;
  private final ProblemCollector problems;

  NodeBinder(String source, ProblemCollector problems) {
    this.source = source;
    this.problems = problems;
  }

  /** Binds an object node, reporting at {@code path} why it cannot be bound. */
  <T> Optional<T> bind(JsonNode node, String path, Class<T> type) {
    if (node == null || !node.isObject()) {
      report(Kind.WRONG_SHAPE, path, path,
          "expected an object" + (node == null ? "" : ", found " + JsonShapes.describe(node)));
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(GlutewiseJson.mapper().treeToValue(node, type));
    } catch (JsonProcessingException e) {
      // the shared description names the property a value check refers to, relative to the node
      InvalidJsonException described = GlutewiseJson.describe(e, source);
      Kind kind = hasInvalidValue(e) ? Kind.INVALID_VALUE : Kind.WRONG_SHAPE;
      report(kind, path, JsonPaths.under(path, described.path()), described.problem());
    } catch (InvalidValueException e) {
      report(Kind.INVALID_VALUE, path, path, e.getMessage());
    } catch (IllegalArgumentException | IllegalStateException e) {
      report(Kind.WRONG_SHAPE, path, path, String.valueOf(e.getMessage()));
    }
    return Optional.empty();
  }

  /**
   * Reports a binding failure unless the tree checks already said the same. A failure inside the
   * node (a field, an element) repeats a problem found at, in or around that place; a failure of
   * the node as a whole (a missing field) is never one the tree checks look for.
   */
  private void report(Kind kind, String nodePath, String path, String message) {
    boolean repeat = path.equals(nodePath) ? problems.has(path, message) : problems.overlaps(path);
    if (!repeat) {
      problems.add(kind, path, message);
    }
  }

  private static boolean hasInvalidValue(Throwable e) {
    for (Throwable at = e; at != null; at = at.getCause() == at ? null : at.getCause()) {
      if (at instanceof InvalidValueException) {
        return true;
      }
    }
    return false;
  }
}
