package io.glutewise.web.api;

import io.glutewise.planner.Planner;
import io.glutewise.web.http.QueryParameters;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.router.JavalinDefaultRouting;
import java.util.List;
import java.util.Objects;

/**
 * Every route of the server, in one place: the method, the path and the handler that answers it.
 * The OpenAPI document describes exactly these, and a test holds the two together.
 */
public final class ApiRoutes {
  private final List<Route> routes;

  /**
   * The routes over a planner.
   *
   * @param planner the planner the handlers call; never null
   */
  public ApiRoutes(Planner planner) {
    Objects.requireNonNull(planner, "planner");
    HealthEndpoint health = new HealthEndpoint(planner);
    OpenApiEndpoint openApi = new OpenApiEndpoint();
    GuidanceEndpoint guidance = new GuidanceEndpoint(planner);
    ExerciseEndpoints exercises = new ExerciseEndpoints(planner.catalog());
    PlanEndpoints plans = new PlanEndpoints(planner);
    ExportEndpoints exports = new ExportEndpoints(planner);
    this.routes = List.of(
        new Route(HandlerType.GET, "/health", health::get),
        new Route(HandlerType.GET, "/openapi.json", openApi::get),
        new Route(HandlerType.GET, "/api/guidance", guidance::get),
        new Route(HandlerType.GET, "/api/exercises", exercises::list),
        new Route(HandlerType.GET, "/api/exercises/{id}", exercises::detail),
        new Route(HandlerType.POST, "/api/screenings", plans::screen),
        new Route(HandlerType.POST, "/api/plans", plans::plan),
        new Route(HandlerType.POST, "/api/plans/next", plans::next),
        new Route(HandlerType.POST, "/api/plans/statistics", plans::statistics),
        new Route(HandlerType.POST, "/api/exports/ics", exports::ics),
        new Route(HandlerType.POST, "/api/exports/markdown", exports::markdown),
        new Route(HandlerType.POST, "/api/exports/html", exports::html));
  }

  /** The routes, in the order they are declared. */
  public List<Route> routes() {
    return routes;
  }

  /** Declares every route on a router. */
  public void declare(JavalinDefaultRouting router) {
    for (Route route : routes) {
      Handler handler = route.path().equals("/api/exercises")
          ? route.handler()
          : ctx -> {
            // only the exercise list takes parameters; elsewhere one is a slip worth a 400
            QueryParameters.none(ctx);
            route.handler().handle(ctx);
          };
      router.addHttpHandler(route.method(), route.path(), handler);
      if (route.method() == HandlerType.GET) {
        // HEAD answers as GET would, without the body (Jetty drops it)
        router.addHttpHandler(HandlerType.HEAD, route.path(), handler);
      }
    }
  }

  /**
   * One route: a method, a path (with {@code {name}} parameters) and its handler.
   *
   * @param method the HTTP method
   * @param path the path, such as {@code /api/exercises/{id}}
   * @param handler what answers it
   */
  public record Route(HandlerType method, String path, Handler handler) {}
}
