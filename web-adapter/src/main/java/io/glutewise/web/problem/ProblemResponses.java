package io.glutewise.web.problem;

import io.glutewise.core.GlutewiseException;
import io.glutewise.core.InvalidValueException;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.json.InvalidJsonException;
import io.glutewise.export.ExportFailedException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.JavalinDefaultRouting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a problem response. Known failures (bad JSON, invalid values, refused
 * requests, Javalin's own 404 and 405) get their 4xx status and the offending fields; anything
 * else is a 500 whose details go to the server log only.
 */
public final class ProblemResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
  private static final Pattern MISSING_FIELDS = Pattern.compile("^missing fields? (.+)$");
  private static final Pattern QUOTED = Pattern.compile("\"([A-Za-z_][A-Za-z0-9_]*)\"");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern LAST_FIELD = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*)(\\[\\d+\\])*$");

  private ProblemResponses() {}

  /** Registers the exception handlers on a router. */
  public static void register(JavalinDefaultRouting router) {
    router.exception(RequestRejectedException.class, (e, ctx) -> send(ctx, rejected(e, ctx)));
    router.exception(InvalidJsonException.class, (e, ctx) -> send(ctx, invalidJson(e, ctx)));
    router.exception(InvalidValueException.class, (e, ctx) -> send(ctx, invalidValue(e, ctx)));
    // an export the library itself cannot produce is the server's fault, not the client's
    router.exception(ExportFailedException.class, (e, ctx) -> send(ctx, unexpected(e, ctx)));
    router.exception(GlutewiseException.class, (e, ctx) -> send(ctx, domain(e, ctx)));
    router.exception(HttpResponseException.class, (e, ctx) -> send(ctx, http(e, ctx)));
    router.exception(Exception.class, (e, ctx) -> send(ctx, unexpected(e, ctx)));
  }

  /** Writes a problem as the response, replacing whatever was there. */
  public static void send(Context ctx, Problem problem) {
    ctx.status(problem.status());
    ctx.contentType(Problem.MEDIA_TYPE);
    ctx.result(GlutewiseJson.write(problem));
  }

  static Problem rejected(RequestRejectedException e, Context ctx) {
    return Problem.of(e.kind(), SafeText.of(e.getMessage(), e.kind().title()), instance(ctx))
        .errors(e.errors())
        .suggestions(e.suggestions())
        .build();
  }

  static Problem invalidJson(InvalidJsonException e, Context ctx) {
    // the core mapper words syntax problems this way, wherever in the document they are found
    boolean wellFormed = !e.problem().startsWith("malformed JSON") && !e.problem().startsWith("no JSON found");
    ProblemType kind = wellFormed ? ProblemType.INVALID_VALUE : ProblemType.MALFORMED_JSON;
    List<FieldProblem> errors = bodyProblems(e);
    String detail = errors.size() == 1
        ? errors.get(0).path().orElse("$") + ": " + errors.get(0).message()
        : kind.title();
    return Problem.of(kind, detail, instance(ctx)).errors(errors).build();
  }

  static Problem invalidValue(InvalidValueException e, Context ctx) {
    String message = SafeText.of(e.getMessage(), "this value is not allowed");
    FieldProblem field = FieldProblem.builder().in("body").field(e.field()).message(message).build();
    return Problem.of(ProblemType.INVALID_VALUE, message, instance(ctx)).addErrors(field).build();
  }

  static Problem domain(GlutewiseException e, Context ctx) {
    // a deliberate domain error from the planner or catalog about what the client sent
    String message = SafeText.of(e.getMessage(), "the request could not be carried out");
    FieldProblem field = FieldProblem.builder().in("body").field("$").path("$").message(message).build();
    return Problem.of(ProblemType.INVALID_VALUE, message, instance(ctx)).addErrors(field).build();
  }

  static Problem http(HttpResponseException e, Context ctx) {
    switch (e.getStatus()) {
      case 404:
        return Problem.of(ProblemType.NOT_FOUND,
            "nothing answers " + ctx.method() + " " + ctx.path() + "; see /openapi.json for the API",
            instance(ctx)).build();
      case 405:
        return Problem.of(ProblemType.METHOD_NOT_ALLOWED,
            ctx.method() + " is not allowed on " + ctx.path() + allowed(e), instance(ctx)).build();
      case 413:
        return Problem.of(ProblemType.BODY_TOO_LARGE,
            "the request body is larger than the server accepts", instance(ctx)).build();
      default:
        if (e.getStatus() >= 500) {
          return unexpected(e, ctx);
        }
        return Problem.builder()
            .type(java.net.URI.create("about:blank"))
            .title(io.javalin.http.HttpStatus.forStatus(e.getStatus()).getMessage())
            .status(e.getStatus())
            .detail(SafeText.of(e.getMessage(), "the request was refused"))
            .instance(instance(ctx))
            .build();
    }
  }

  static Problem unexpected(Exception e, Context ctx) {
    LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
    return Problem.of(ProblemType.INTERNAL_ERROR,
        "the server could not answer this request; the failure has been logged", instance(ctx))
        .build();
  }

  private static String allowed(HttpResponseException e) {
    String methods = e.getDetails().get("availableMethods");
    if (methods == null || methods.isBlank()) {
      return "";
    }
    return "; allowed: " + methods.replaceAll("[\\[\\]]", "");
  }

  private static String instance(Context ctx) {
    return ctx.path();
  }

  /**
   * The offending fields of a JSON failure, with the field name and full JSON path of each. The
   * core mapper already words the problem and appends the field a value check names; what is left
   * here is splitting "missing fields" into one entry per field, and naming a null field.
   */
  static List<FieldProblem> bodyProblems(InvalidJsonException e) {
    String path = e.path();
    List<FieldProblem> problems = new ArrayList<>();
    Matcher missing = MISSING_FIELDS.matcher(e.problem());
    if (missing.matches()) {
      Matcher name = QUOTED.matcher(missing.group(1));
      while (name.find()) {
        problems.add(bodyProblem(path + "." + name.group(1), name.group(1) + " is required", e));
      }
      if (!problems.isEmpty()) {
        return problems;
      }
    }
    Optional<String> nullField = nullFieldIn(e);
    if (nullField.isPresent()) {
      String field = nullField.get();
      problems.add(bodyProblem(path + "." + field, field + " must not be null", e));
      return problems;
    }
    problems.add(bodyProblem(path, SafeText.of(e.problem(), "this value could not be read"), e));
    return problems;
  }

  /** A builder refusing a null names the field in its message; nothing else does. */
  private static Optional<String> nullFieldIn(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof NullPointerException && t.getMessage() != null
          && IDENTIFIER.matcher(t.getMessage()).matches()) {
        return Optional.of(t.getMessage());
      }
    }
    return Optional.empty();
  }

  private static FieldProblem bodyProblem(String path, String message, InvalidJsonException e) {
    Matcher last = LAST_FIELD.matcher(path);
    String field = last.find() ? last.group(1) : "$";
    FieldProblem.Builder builder =
        FieldProblem.builder().in("body").field(field).path(path).message(message);
    if (e.line() > 0) {
      builder.line(e.line()).column(e.column());
    }
    return builder.build();
  }

}
