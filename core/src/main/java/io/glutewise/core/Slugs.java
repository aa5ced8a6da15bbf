package io.glutewise.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Stable slug ids: lower case, words joined by hyphens ({@code single-leg-glute-bridge}).
 *
 * <p>Enums of the vocabulary serialize as slugs so that data files never depend on Java names.
 */
public final class Slugs {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Slugs() {}

  /** Whether the text is a well-formed slug. */
  public static boolean isSlug(String text) {
    return text != null && SLUG.matcher(text).matches();
  }

  /** The slug of an enum constant: {@code GLUTEUS_MAXIMUS} becomes {@code gluteus-maximus}. */
  public static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Requires a well-formed slug.
   *
   * @throws InvalidValueException naming the field when the text is not a slug
   */
  public static String require(String field, String text) {
    if (!isSlug(text)) {
      throw new InvalidValueException(
          field, "\"" + text + "\"", "must be a slug of lower-case words joined by hyphens");
    }
    return text;
  }

  /**
   * Builds a lookup from slug to constant for an enum whose constants expose an id.
   *
   * @param type the enum type
   * @param id how a constant names itself
   * @return an immutable map
   */
  public static <E extends Enum<E>> Map<String, E> index(Class<E> type, Function<E, String> id) {
    return Arrays.stream(type.getEnumConstants())
        .collect(Collectors.toUnmodifiableMap(id, Function.identity()));
  }

  /**
   * Finds the constant for a slug.
   *
   * @throws InvalidValueException listing the known ids when the slug is unknown
   */
  public static <E extends Enum<E>> E parse(Map<String, E> index, String what, String slug) {
    // the immutable index throws NullPointerException on a null key; a null is just unknown here
    E found = slug == null ? null : index.get(slug);
    if (found == null) {
      throw new InvalidValueException(
          what,
          slug == null ? "null" : "\"" + slug + "\"",
          "must be one of " + index.keySet().stream().sorted().toList());
    }
    return found;
  }
}
