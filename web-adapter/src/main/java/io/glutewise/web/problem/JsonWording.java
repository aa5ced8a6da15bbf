package io.glutewise.web.problem;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the JSON reader's usual complaints (a text where a number belongs, an array where an
 * object belongs, a date that is not a date) in plain words about JSON, not about Java types.
 */
final class JsonWording {
  private static final Map<String, String> KINDS = Map.ofEntries(
      Map.entry("int", "a whole number"),
      Map.entry("Integer", "a whole number"),
      Map.entry("long", "a whole number"),
      Map.entry("Long", "a whole number"),
      Map.entry("double", "a number"),
      Map.entry("Double", "a number"),
      Map.entry("boolean", "true or false"),
      Map.entry("Boolean", "true or false"),
      Map.entry("String", "a text"),
      Map.entry("LocalDate", "a date such as 2025-01-06"));

  private static final Pattern COERCE =
      Pattern.compile("^Cannot coerce (\\w+) value \\((.*?)\\) to (\\w+) value.*$");
  private static final Pattern DATE =
      Pattern.compile("^Cannot deserialize value of type `?(?:[\\w.]+\\.)?LocalDate`? from String (\".*?\").*$");
  private static final Pattern WRONG_SHAPE = Pattern.compile(
      "^Cannot deserialize value of type `?(?:[\\w.$]+\\.)?(\\w+?)`? from (\\w+) value.*$");
  private static final Pattern WRONG_TOKEN = Pattern.compile(
      "^Cannot deserialize value of type `?(?:[\\w.$]+\\.)?(\\w+?)`? from (\\w+).*$");
  private static final List<String> COLLECTIONS = List.of("List", "Set", "ImmutableList", "ImmutableSet", "Collection");

  private JsonWording() {}

  /** The problem in plain words, or the text as it was when no rewrite applies. */
  static String plain(String message) {
    String problem = message.replace("`", "");
    if (problem.startsWith("Trailing token")) {
      return "there is more after the end of the JSON value; send exactly one value";
    }
    Matcher coerce = COERCE.matcher(problem);
    if (coerce.matches()) {
      return "expected " + kind(coerce.group(3)) + ", not the " + coerce.group(1).toLowerCase(java.util.Locale.ROOT)
          + " " + coerce.group(2);
    }
    Matcher date = DATE.matcher(problem);
    if (date.matches()) {
      return date.group(1) + " is not a date in the form YYYY-MM-DD";
    }
    Matcher shape = WRONG_SHAPE.matcher(problem);
    if (shape.matches()) {
      return "expected " + kind(shape.group(1)) + ", not " + shape(shape.group(2));
    }
    Matcher token = WRONG_TOKEN.matcher(problem);
    if (token.matches()) {
      return "expected " + kind(token.group(1)) + ", not " + shape(token.group(2));
    }
    return message;
  }

  private static String kind(String javaType) {
    String simple = javaType.replaceFirst("^Immutable", "");
    if (KINDS.containsKey(simple)) {
      return KINDS.get(simple);
    }
    if (COLLECTIONS.contains(simple)) {
      return "an array";
    }
    return "an object (" + simple + ")";
  }

  private static String shape(String jsonShape) {
    switch (jsonShape) {
      case "Array":
        return "an array";
      case "Object":
        return "an object";
      case "String":
        return "a text";
      case "Integer":
      case "Floating":
        return "a number";
      case "Boolean":
        return "true or false";
      default:
        return jsonShape.toLowerCase(java.util.Locale.ROOT);
    }
  }
}
