package io.glutewise.web.http;

import io.javalin.http.Context;
import java.util.Map;

/**
 * The headers every response carries: a strict content security policy (scripts, styles and
 * connections from this server only, no inline script, no framing), no MIME sniffing, no referrer,
 * and no caching of API answers, which hold health information.
 */
public final class SecurityHeaders {
  /** The content security policy of every response. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
          + "form-action 'self'; frame-ancestors 'none'";

  private static final Map<String, String> HEADERS = Map.of(
      "Content-Security-Policy", CONTENT_SECURITY_POLICY,
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "no-referrer",
      "X-Frame-Options", "DENY",
      "Cross-Origin-Opener-Policy", "same-origin",
      "Permissions-Policy", "camera=(), microphone=(), geolocation=()");

  private SecurityHeaders() {}

  /** The headers and their values, as sent. */
  public static Map<String, String> all() {
    return HEADERS;
  }

  /** Sets the headers on a response; a before-handler for every path. */
  public static void apply(Context ctx) {
    HEADERS.forEach(ctx::header);
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }
}
