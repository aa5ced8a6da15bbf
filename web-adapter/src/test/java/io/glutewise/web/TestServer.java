package io.glutewise.web;

import io.glutewise.planner.Planner;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A real server on a free loopback port, and a plain HTTP client to talk to it, as any caller
 * would. One shared server serves the test classes that need no special options.
 */
public final class TestServer implements AutoCloseable {
  private static TestServer shared;

  private final Javalin app;
  private final HttpClient client;
  private final String base;

  private TestServer(ServerOptions options) {
    this.app = WebApplication.create(Planner.standard(), options).start("127.0.0.1", 0);
    this.base = "http://127.0.0.1:" + app.port();
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /** The server shared by the test classes, started on first use and stopped when the JVM ends. */
  public static synchronized TestServer shared() {
    if (shared == null) {
      shared = new TestServer(ServerOptions.defaults());
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
    }
    return shared;
  }

  /** A server of its own with the given options; close it after use. */
  public static TestServer start(ServerOptions options) {
    return new TestServer(options);
  }

  /** The address of a path on this server. */
  public URI uri(String path) {
    return URI.create(base + path);
  }

  /** The routes the running server answers, as {@code METHOD /path}, read from Javalin itself. */
  public java.util.Set<String> registeredRoutes() {
    java.util.Set<String> routes = new java.util.TreeSet<>();
    app.unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
        .map(parsed -> parsed.getEndpoint())
        .filter(endpoint -> endpoint.getMethod().isHttpMethod())
        .forEach(endpoint -> routes.add(endpoint.getMethod().name() + " " + endpoint.getPath()));
    return routes;
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** The base address, such as {@code http://127.0.0.1:41234}. */
  public String base() {
    return base;
  }

  /** A GET. */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  /** A POST of a JSON body. */
  public HttpResponse<String> postJson(String path, String json) {
    return post(path, json, "application/json");
  }

  /** A POST of a body with the given content type. */
  public HttpResponse<String> post(String path, String body, String contentType) {
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build());
  }

  /** Sends any request and reads the answer as text. */
  public HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    app.stop();
  }
}
