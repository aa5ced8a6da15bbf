package io.glutewise.catalog.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.glutewise.catalog.CatalogProblem.Kind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks that a text names a constant of glutewise's vocabulary (a muscle, a piece of equipment, a
 * pattern), and reports the ones that do not with the nearest known names and the full list.
 */
final class Vocabulary {
  private final ProblemCollector problems;

  Vocabulary(ProblemCollector problems) {
    this.problems = problems;
  }

  /** The constant whose id is the text, if any. */
  static <E extends Enum<E>> Optional<E> lookup(Class<E> type, Function<E, String> id, String text) {
    for (E constant : type.getEnumConstants()) {
      if (id.apply(constant).equals(text)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /**
   * Checks the field of an object; an absent or null field is left to binding, which knows whether
   * it is required.
   *
   * @return the constant, when the field names one
   */
  <E extends Enum<E>> Optional<E> one(
      JsonNode object, String path, String field, Class<E> type, Function<E, String> id, String what) {
    JsonNode value = object.isObject() ? object.get(field) : null;
    return value == null || value.isNull()
        ? Optional.empty()
        : check(value, JsonPaths.field(path, field), type, id, what);
  }

  /** Checks every element of an array field. */
  <E extends Enum<E>> void each(
      JsonNode object, String path, String field, Class<E> type, Function<E, String> id, String what) {
    int i = 0;
    for (JsonNode value : JsonShapes.elements(object, field)) {
      check(value, JsonPaths.index(JsonPaths.field(path, field), i++), type, id, what);
    }
  }

  private <E extends Enum<E>> Optional<E> check(
      JsonNode value, String path, Class<E> type, Function<E, String> id, String what) {
    if (!value.isTextual()) {
      problems.add(Kind.WRONG_SHAPE, path,
          "expected a text naming the " + what + ", found " + JsonShapes.describe(value));
      return Optional.empty();
    }
    String text = value.textValue();
    Optional<E> found = lookup(type, id, text);
    if (found.isEmpty()) {
      List<String> known = Arrays.stream(type.getEnumConstants()).map(id).sorted().toList();
      List<String> near = NearestIds.best(text, known);
      problems.add(Kind.UNKNOWN_VALUE, path,
          "unknown " + what + " \"" + text + "\""
              + (near.isEmpty() ? "" : " (did you mean " + String.join(", ", near) + "?)")
              + "; must be one of " + known);
    }
    return found;
  }
}
