package io.glutewise.web;

import io.glutewise.core.GlutewiseException;
import io.glutewise.planner.Planner;
import io.javalin.Javalin;
import io.glutewise.core.json.Echo;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Runs the glutewise web server from the command line:
 * {@code java -jar glutewise-web-<version>-all.jar --port 8080}. Stateless: every answer comes
 * from the request alone, so any number of copies can run side by side.
 */
public final class WebServer {
  private WebServer() {}

  /**
   * Starts the server and keeps it running until the process is stopped. Exits with 2 and one line
   * of explanation when the command line is wrong, and with 1 when the server cannot start.
   *
   * @param args {@code --host}, {@code --port}, {@code --cors-origin}, {@code --help}
   */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** The warning for an address beyond loopback: the API has no authentication and no TLS. */
  static java.util.Optional<String> exposureWarning(InetAddress address, String host) {
    if (address.isLoopbackAddress()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of("glutewise-web: warning: listening beyond this machine (" + Echo.of(host)
        + "). The API has no authentication and no TLS: anyone who can reach the port can read and"
        + " send health information in plain text. Put a reverse proxy with TLS and access control"
        + " in front (see docs/web.md), or keep the default --host 127.0.0.1.");
  }

  /** Why the server could not start, in words: the port is taken, or the address is not ours. */
  static String startFailure(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.net.BindException) {
        String message = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
        if (message.contains("assign") || message.contains("not available")) {
          return "the address is not one of this machine's";
        }
        return "the port is already in use (or needs more privileges); choose another with --port";
      }
    }
    return "the server could not open its port";
  }

  /** Starts the server; returns 0 when it is running, otherwise the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    ServerOptions options;
    try {
      options = ServerOptions.parse(args);
    } catch (GlutewiseException e) {
      err.println("glutewise-web: " + e.getMessage());
      err.println(ServerOptions.USAGE);
      return 2;
    }
    if (options.help()) {
      out.println(ServerOptions.USAGE);
      return 0;
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(options.host());
    } catch (UnknownHostException e) {
      err.println("glutewise-web: --host " + Echo.of(options.host())
          + " is not an address of this machine, and no name server knows it");
      return 2;
    }
    Javalin app;
    try {
      app = WebApplication.create(Planner.standard(), options).start(options.host(), options.port());
    } catch (RuntimeException e) {
      err.println("glutewise-web: could not start on " + Echo.of(options.host()) + ":" + options.port()
          + ": " + startFailure(e));
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "glutewise-web-stop"));
    exposureWarning(address, options.host()).ifPresent(err::println);
    out.println("glutewise web: listening on http://" + options.host() + ":" + app.port() + "/ (heap limit "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB)");
    return 0;
  }
}
