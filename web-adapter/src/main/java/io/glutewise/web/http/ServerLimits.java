package io.glutewise.web.http;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * How long and how much the server waits for a client, so that slow or broken clients cannot
 * starve the others: a connection idle for {@value #IDLE_TIMEOUT_MS} ms is closed; a request body
 * that stalls for as long, or trickles in slower than {@value #MIN_BODY_BYTES_PER_SECOND} bytes a
 * second, is refused; and the thread pool is large enough ({@value #MAX_THREADS} threads) that a
 * few hundred clients stuck sending a body leave threads for {@code /health} and everyone else
 * until the timeouts free theirs. Jetty waits for request headers without holding a thread.
 */
public final class ServerLimits {
  /** How long a connection, or a read of a request body, may stay silent. */
  public static final int IDLE_TIMEOUT_MS = 10_000;

  /** The slowest a request body may arrive once it has started. */
  public static final int MIN_BODY_BYTES_PER_SECOND = 1024;

  /** The most threads answering requests at once. */
  public static final int MAX_THREADS = 600;

  private ServerLimits() {}

  /** Applies the limits to a Javalin configuration. */
  public static void apply(JavalinConfig config) {
    config.http.maxRequestSize = JsonBodies.LIMIT_BYTES;
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 8, 60_000);
    threads.setName("glutewise-http");
    config.jetty.threadPool = threads;
    config.jetty.modifyHttpConfiguration(http -> {
      http.setIdleTimeout(IDLE_TIMEOUT_MS);
      http.setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND);
      // no "Server: Jetty(...)" header: it tells a client how the server is built
      http.setSendServerVersion(false);
      http.setSendXPoweredBy(false);
    });
    config.jetty.modifyServer(server -> server.addEventListener(new LifeCycle.Listener() {
      @Override
      public void lifeCycleStarting(LifeCycle event) {
        // Javalin adds its connector just before the server starts
        for (var connector : server.getConnectors()) {
          if (connector instanceof ServerConnector) {
            ((ServerConnector) connector).setIdleTimeout(IDLE_TIMEOUT_MS);
          }
        }
      }
    }));
  }
}
