package io.glutewise.web.api;

import io.glutewise.planner.Planner;
import io.glutewise.web.http.JsonResponses;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** {@code GET /health}: a cheap answer that says the server is up and which versions it runs. */
final class HealthEndpoint {
  private final Health health;

  HealthEndpoint(Planner planner) {
    this.health = Health.of(version(), planner.catalog().version());
  }

  void get(Context ctx) {
    JsonResponses.send(ctx, health);
  }

  /** The project version, written into a resource by the build. */
  static String version() {
    try (InputStream in = HealthEndpoint.class.getResourceAsStream("/io/glutewise/web/version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
