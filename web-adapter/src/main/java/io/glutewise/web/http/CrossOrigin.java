package io.glutewise.web.http;

import io.glutewise.core.json.Echo;
import io.glutewise.web.problem.FieldProblem;
import io.glutewise.web.problem.ProblemType;
import io.glutewise.web.problem.RequestRejectedException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Cross-origin access as the Fetch standard has it, for the API paths. A request from the page's
 * own origin, or one without an {@code Origin} header (curl, a server), passes. A request from the
 * one configured origin passes with {@code Access-Control-Allow-Origin} naming it; its preflight
 * ({@code OPTIONS} with {@code Access-Control-Request-Method}) answers 204 with the methods and
 * headers allowed. Any other origin is refused with a 403 problem before the request is carried
 * out, so a refused POST never gets a plan, and a refused preflight is a 403, not an empty 200.
 */
public final class CrossOrigin {
  /** The methods the API answers. */
  public static final String METHODS = "GET, HEAD, POST";

  // request headers a page may send beyond the CORS-safelisted ones
  private static final Set<String> HEADERS = Set.of("content-type");

  private final Optional<String> allowed;

  /** Cross-origin access for the given origin only, or for none. */
  public CrossOrigin(Optional<String> allowed) {
    this.allowed = allowed;
  }

  /** A before-handler for the API paths. */
  public void apply(Context ctx) {
    String origin = ctx.header("Origin");
    boolean preflight = ctx.method().name().equals("OPTIONS")
        && ctx.header("Access-Control-Request-Method") != null;
    if (origin != null) {
      // the answer differs by origin, so caches must keep them apart
      ctx.header("Vary", "Origin");
    }
    if (origin == null || sameOrigin(ctx, origin)) {
      if (preflight) {
        ctx.status(204);
        ctx.skipRemainingHandlers();
      }
      return;
    }
    if (allowed.isEmpty() || !allowed.get().equalsIgnoreCase(origin)) {
      throw refused("requests from the origin " + Echo.of(origin) + " are not allowed"
          + (allowed.isEmpty() ? "; this server answers its own page only" : ""));
    }
    ctx.header("Access-Control-Allow-Origin", allowed.get());
    if (preflight) {
      String method = ctx.header("Access-Control-Request-Method").strip().toUpperCase(Locale.ROOT);
      if (!Set.of("GET", "HEAD", "POST").contains(method)) {
        throw refused("the method " + Echo.of(method) + " is not allowed from another origin");
      }
      String headers = ctx.header("Access-Control-Request-Headers");
      if (headers != null) {
        for (String header : headers.split(",")) {
          String name = header.strip().toLowerCase(Locale.ROOT);
          if (!name.isEmpty() && !HEADERS.contains(name)) {
            throw refused("the header " + Echo.of(name) + " is not allowed from another origin");
          }
        }
      }
      ctx.header("Access-Control-Allow-Methods", METHODS);
      ctx.header("Access-Control-Allow-Headers", "Content-Type");
      ctx.header("Access-Control-Max-Age", "600");
      ctx.status(204);
      ctx.skipRemainingHandlers();
    }
  }

  /** Whether the origin is the server's own, as the Host header names it. */
  private static boolean sameOrigin(Context ctx, String origin) {
    String host = ctx.header("Host");
    if (host == null) {
      return false;
    }
    String lower = origin.toLowerCase(Locale.ROOT);
    String ownHost = host.strip().toLowerCase(Locale.ROOT);
    return lower.equals("http://" + ownHost) || lower.equals("https://" + ownHost);
  }

  private static RequestRejectedException refused(String detail) {
    return new RequestRejectedException(ProblemType.FORBIDDEN_ORIGIN, detail,
        List.of(FieldProblem.header("Origin", detail)));
  }
}
