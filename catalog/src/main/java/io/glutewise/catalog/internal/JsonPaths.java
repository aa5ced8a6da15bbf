package io.glutewise.catalog.internal;

import java.util.Optional;

/**
 * JSON paths in the one notation glutewise's messages use: {@code $} for the whole document,
 * {@code .name} for a field and {@code [3]} for an array element, as in
 * {@code $.exercises[3].muscles[0].muscle}.
 */
public final class JsonPaths {
  private JsonPaths() {}

  /** The path of a field of the value at {@code parent}. */
  public static String field(String parent, String name) {
    return parent + "." + name;
  }

  /** The path of an element of the array at {@code parent}. */
  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /**
   * Appends a path relative to some value (starting with {@code $}) to that value's own path:
   * {@code under("$.exercises[2]", "$.muscles[0]")} is {@code $.exercises[2].muscles[0]}.
   */
  public static String under(String parent, String relative) {
    return relative.startsWith("$") ? parent + relative.substring(1) : parent + "." + relative;
  }

  /** The path of the enclosing value, or empty for {@code $}. */
  public static Optional<String> parent(String path) {
    int end = path.length();
    if (end <= 1) {
      return Optional.empty();
    }
    if (path.charAt(end - 1) == ']') {
      return Optional.of(path.substring(0, path.lastIndexOf('[')));
    }
    int dot = path.lastIndexOf('.');
    return dot <= 0 ? Optional.of("$") : Optional.of(path.substring(0, dot));
  }

  /** Whether {@code path} is {@code ancestor} itself or lies inside it. */
  public static boolean within(String path, String ancestor) {
    return path.equals(ancestor)
        || path.startsWith(ancestor) && (path.charAt(ancestor.length()) == '.' || path.charAt(ancestor.length()) == '[');
  }
}
