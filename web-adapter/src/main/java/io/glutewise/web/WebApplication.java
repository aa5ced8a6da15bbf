package io.glutewise.web;

import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.planner.Planner;
import io.glutewise.web.api.ApiRoutes;
import io.glutewise.web.http.CrossOrigin;
import io.glutewise.web.http.JsonBodies;
import io.glutewise.web.http.SecurityHeaders;
import io.glutewise.web.http.ServerLimits;
import io.glutewise.web.http.ServerErrors;
import io.glutewise.web.problem.ProblemResponses;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Objects;

/**
 * Builds the web application: the API routes, the static page, the problem responses, the
 * security headers and, only when an origin is configured, CORS. The result is not started; call
 * {@code start(host, port)}. Holds no state between requests.
 */
public final class WebApplication {
  private WebApplication() {}

  /**
   * A configured, unstarted server.
   *
   * @param planner the planner every request is answered with; never null
   * @param options the CORS origin, if any (host and port are given to {@code start})
   */
  public static Javalin create(Planner planner, ServerOptions options) {
    Objects.requireNonNull(planner, "planner");
    Objects.requireNonNull(options, "options");
    ApiRoutes routes = new ApiRoutes(planner);
    CrossOrigin cors = new CrossOrigin(options.corsOrigin());
    return Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(GlutewiseJson.mapper(), false));
      // a plan's JSON shrinks to about a tenth; clients that do not ask get it as it is
      config.http.gzipOnlyCompression();
      config.http.maxRequestSize = JsonBodies.LIMIT_BYTES;
      config.http.prefer405over404 = true;
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/public";
        files.location = Location.CLASSPATH;
        // the page's files are UTF-8; say so rather than leave browsers to guess
        files.mimeTypes.add("text/html; charset=utf-8", "html");
        files.mimeTypes.add("text/javascript; charset=utf-8", "js");
        files.mimeTypes.add("text/css; charset=utf-8", "css");
      });
      ServerLimits.apply(config);
      config.jetty.modifyServer(server -> server.setErrorHandler(new ServerErrors()));
      config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new ServerErrors()));
      config.router.mount(router -> {
        router.before(SecurityHeaders::apply);
        router.before("/api/*", cors::apply);
        ProblemResponses.register(router);
        routes.declare(router);
      });
    });
  }
}
