package io.glutewise.web.http;

import io.glutewise.core.json.Echo;
import io.glutewise.web.problem.FieldProblem;
import io.glutewise.web.problem.ProblemType;
import io.glutewise.web.problem.RequestRejectedException;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a query string strictly, from the raw text of the request: every parameter must be one
 * the route knows, appear once, have a value, and be percent-encoded correctly. A lenient reader
 * would drop {@code muscle=%zz} or keep the first of two values in silence and answer as if the
 * filter had not been asked for; this one refuses with a 400 naming the parameter.
 */
public final class QueryParameters {
  private QueryParameters() {}

  /**
   * The parameters of the request, each with its one decoded value.
   *
   * @param ctx the request
   * @param known the parameters the route understands; any other is refused
   * @return the parameters in the order given
   * @throws RequestRejectedException naming every parameter that is unknown, repeated, without
   *     {@code =value} or badly encoded (an empty value is the route's to judge)
   */
  public static Map<String, String> read(Context ctx, Set<String> known) {
    String query = ctx.queryString();
    Map<String, String> values = new LinkedHashMap<>();
    if (query == null || query.isEmpty()) {
      return values;
    }
    List<FieldProblem> problems = new ArrayList<>();
    for (String pair : query.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String rawName = equals < 0 ? pair : pair.substring(0, equals);
      String name = decode(rawName);
      if (name == null) {
        problems.add(FieldProblem.query(Echo.of(rawName), "the parameter name is not correctly percent-encoded"));
        continue;
      }
      String shown = Echo.of(name);
      if (name.equals(PRETTY)) {
        continue; // every JSON answer may be asked for indented (JsonResponses reads it)
      }
      if (!known.contains(name)) {
        problems.add(FieldProblem.query(shown, known.isEmpty()
            ? "this path takes no query parameters"
            : "unknown parameter; the known ones are " + new TreeSet<>(known)));
        continue;
      }
      String value = equals < 0 ? null : decode(pair.substring(equals + 1));
      if (equals >= 0 && value == null) {
        problems.add(FieldProblem.query(shown, "the value is not correctly percent-encoded (a % must start"
            + " two hexadecimal digits)"));
      } else if (value == null) {
        problems.add(FieldProblem.query(shown, "needs a value, such as " + name + "=..."));
      } else if (values.containsKey(name)) {
        problems.add(FieldProblem.query(shown, "is given more than once; give it once"
            + (name.equals("equipment") ? " with a comma-separated list" : "")));
      } else {
        values.put(name, value);
      }
    }
    if (!problems.isEmpty()) {
      throw new RequestRejectedException(ProblemType.INVALID_PARAMETER,
          problems.size() == 1 ? problems.get(0).field() + ": " + problems.get(0).message()
              : problems.size() + " query parameters are not valid",
          problems);
    }
    return values;
  }

  /** The one parameter every route understands: indented JSON, with or without a value. */
  static final String PRETTY = "pretty";

  /** Refuses any query parameter on a route that takes none (except {@code pretty}). */
  public static void none(Context ctx) {
    read(ctx, Set.of());
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
