package io.glutewise.core;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Stable slug ids: lower case, words joined by hyphens ({@code single-leg-glute-bridge}).
 *
 * <p>Enums of the vocabulary serialize as slugs so that data files never depend on Java names.
 */
public final class Slugs {
  /** Strings {@link #require} has found to be slugs, each at its hash's place; see there. */
  private static final String[] CHECKED = new String[256];

  private Slugs() {}

  /**
   * Whether the text is a well-formed slug: {@code [a-z0-9]+(-[a-z0-9]+)*}. Checked by hand, not
   * with that regular expression, because every prescription the planner builds is checked and the
   * matcher was a large share of planning a program (SlugsProperties holds the two equal).
   */
  public static boolean isSlug(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    boolean afterHyphen = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '-') {
        if (afterHyphen) {
          return false;
        }
        afterHyphen = true;
      } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        afterHyphen = false;
      } else {
        return false;
      }
    }
    return !afterHyphen;
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
    // the same few strings (exercise ids, slots) are checked for every prescription a plan builds:
    // a string seen to be a slug is remembered by identity. Strings cannot change, and a slot read
    // while another thread writes it holds either string, each checked, so no lock is needed.
    int at = text == null ? 0 : text.hashCode() & (CHECKED.length - 1);
    if (text != null && CHECKED[at] == text) {
      return text;
    }
    if (!isSlug(text)) {
      throw new InvalidValueException(
          field, "\"" + text + "\"", "must be a slug of lower-case words joined by hyphens");
    }
    CHECKED[at] = text;
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
    // a loop rather than a stream: every enum of the domain builds its index as its class loads,
    // and a cold stream pipeline is a measurable part of a command line's start
    Map<String, E> index = new HashMap<>();
    for (E constant : type.getEnumConstants()) {
      if (index.put(id.apply(constant), constant) != null) {
        throw new IllegalStateException(
            "two constants of " + type.getSimpleName() + " share the id " + id.apply(constant));
      }
    }
    return Map.copyOf(index);
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
