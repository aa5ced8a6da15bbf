package io.glutewise.web;

import io.glutewise.core.GlutewiseException;
import io.glutewise.planner.Planner;
import io.javalin.Javalin;
import java.io.PrintStream;

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
    Javalin app;
    try {
      app = WebApplication.create(Planner.standard(), options).start(options.host(), options.port());
    } catch (RuntimeException e) {
      err.println("glutewise-web: could not start on " + options.host() + ":" + options.port()
          + ": " + e.getMessage());
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "glutewise-web-stop"));
    out.println("glutewise web: listening on http://" + options.host() + ":" + app.port() + "/");
    return 0;
  }
}
