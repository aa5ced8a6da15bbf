package io.glutewise.web.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /openapi.json}: the OpenAPI 3.1 document that describes this API. */
final class OpenApiEndpoint {
  /** Where the document lives on the class path. */
  static final String RESOURCE = "/io/glutewise/web/openapi.json";

  private final String document;

  OpenApiEndpoint() {
    this.document = load();
  }

  void get(Context ctx) {
    ctx.contentType("application/json").result(document);
  }

  /** The document as shipped in the jar. */
  static String load() {
    try (InputStream in = OpenApiEndpoint.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the OpenAPI document is missing from the jar: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
