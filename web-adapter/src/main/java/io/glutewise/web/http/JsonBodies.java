package io.glutewise.web.http;

import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.json.StrictUtf8;
import io.glutewise.web.problem.FieldProblem;
import io.glutewise.web.problem.ProblemType;
import io.glutewise.web.problem.RequestRejectedException;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Locale;

/**
 * Reads a JSON request body into a glutewise type, refusing it first if it is not declared as JSON
 * (415), larger than {@value #LIMIT_BYTES} bytes whatever its declared length (413), not UTF-8,
 * empty or malformed (400); a well-formed body with a bad value fails with the path of the value
 * (422).
 */
public final class JsonBodies {
  /**
   * The largest body accepted: 2 MiB. It is derived from the largest plan the API can produce (26
   * weeks, 6 days a week, advanced, every piece of equipment): as the API sends it back, indented,
   * with a log entry for every one of its 156 sessions, a request to {@code /api/plans/next} or
   * an export is a little under 1 MiB (a test posts it back and checks the figure), so the limit
   * leaves room for twice that and still bounds what one request can make the server hold.
   */
  public static final int LIMIT_BYTES = 2 * 1024 * 1024;

  private JsonBodies() {}

  /**
   * Reads the body of a request as the given type.
   *
   * @throws RequestRejectedException for a wrong content type, an oversized, empty or non-UTF-8
   *     body
   * @throws io.glutewise.core.json.InvalidJsonException for malformed JSON or invalid values
   */
  public static <T> T read(Context ctx, Class<T> type) {
    requireJsonContentType(ctx);
    String text = readText(ctx);
    if (text.isBlank()) {
      throw new RequestRejectedException(ProblemType.MALFORMED_JSON,
          "the request body is empty; send a JSON object",
          List.of(FieldProblem.builder().in("body").field("$").path("$")
              .message("the body is empty").build()));
    }
    return GlutewiseJson.read(text, type, "request body");
  }

  /** Refuses a body not declared as {@code application/json} (UTF-8, the only JSON charset). */
  static void requireJsonContentType(Context ctx) {
    String declared = ctx.header("Content-Type");
    if (declared == null || declared.isBlank()) {
      throw unsupported("no Content-Type was sent; send the body as application/json");
    }
    String[] parts = declared.split(";");
    String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("application/json")) {
      throw unsupported("the body was sent as " + SafeHeader.of(mediaType)
          + "; send it as application/json");
    }
    for (int i = 1; i < parts.length; i++) {
      String[] parameter = parts[i].split("=", 2);
      if (parameter[0].strip().equalsIgnoreCase("charset") && parameter.length == 2) {
        String charset = parameter[1].strip().replace("\"", "");
        if (!charset.equalsIgnoreCase("utf-8")) {
          throw unsupported("the body was declared as " + SafeHeader.of(charset)
              + "; JSON must be sent as UTF-8");
        }
      }
    }
  }

  private static RequestRejectedException unsupported(String detail) {
    return new RequestRejectedException(ProblemType.UNSUPPORTED_MEDIA_TYPE, detail,
        List.of(FieldProblem.header("Content-Type", detail)));
  }

  private static RequestRejectedException tooLarge() {
    String detail = "the request body is larger than " + LIMIT_BYTES / (1024 * 1024) + " MiB";
    return new RequestRejectedException(ProblemType.BODY_TOO_LARGE, detail,
        List.of(FieldProblem.builder().in("body").field("$").path("$").message(detail).build()));
  }

  private static String readText(Context ctx) {
    long declaredLength = ctx.req().getContentLengthLong();
    if (declaredLength > LIMIT_BYTES) {
      throw tooLarge();
    }
    byte[] bytes = readLimited(ctx);
    try {
      return StrictUtf8.decode(bytes);
    } catch (CharacterCodingException e) {
      throw new RequestRejectedException(ProblemType.MALFORMED_JSON,
          "the request body is not valid UTF-8 text",
          List.of(FieldProblem.builder().in("body").field("$").path("$")
              .message("the body holds bytes outside UTF-8").build()));
    }
  }

  /** Reads at most one byte past the limit, so a body without a declared length stays bounded. */
  private static byte[] readLimited(Context ctx) {
    try (InputStream in = ctx.req().getInputStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] chunk = new byte[8192];
      int total = 0;
      int read;
      while ((read = in.read(chunk)) != -1) {
        total += read;
        if (total > LIMIT_BYTES) {
          throw tooLarge();
        }
        out.write(chunk, 0, read);
      }
      return out.toByteArray();
    } catch (IOException e) {
      // the client went away or stalled part way: its fault, worth no stack trace in the log
      String detail = "the request body ended before all of it arrived, or arrived too slowly";
      throw new RequestRejectedException(ProblemType.INCOMPLETE_BODY, detail,
          List.of(FieldProblem.builder().in("body").field("$").path("$").message(detail).build()));
    } catch (RuntimeException e) {
      if (e instanceof RequestRejectedException) {
        throw e;
      }
      // Jetty reports a body cut short by the client as an unchecked "bad message"
      String detail = "the request body could not be read: it was cut short or malformed on the wire";
      throw new RequestRejectedException(ProblemType.INCOMPLETE_BODY, detail,
          List.of(FieldProblem.builder().in("body").field("$").path("$").message(detail).build()));
    }
  }

  /** A header value trimmed and limited to plain characters before it is echoed back. */
  private static final class SafeHeader {
    static String of(String value) {
      String plain = value.replaceAll("[^A-Za-z0-9/+.\\-]", "");
      return plain.length() > 60 ? plain.substring(0, 60) : plain;
    }
  }
}
