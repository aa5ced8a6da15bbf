package io.glutewise.web;

import io.glutewise.core.InvalidValueException;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the server: the address and port to listen on, and the one origin allowed to call
 * the API from another site (none by default, so cross-origin calls are refused). Immutable and
 * thread-safe.
 */
public final class ServerOptions {
  /** The usage text of the command line. */
  public static final String USAGE = String.join("\n",
      "Usage: java -jar glutewise-web-<version>-all.jar [--host HOST] [--port N] [--cors-origin ORIGIN]",
      "  --host HOST            the address to listen on (default 127.0.0.1, this machine only)",
      "  --port N               the port to listen on, 0 for any free port (default 8080)",
      "  --cors-origin ORIGIN   let pages from ORIGIN (such as https://example.org) call the API",
      "  --help                 print this text");

  private final String host;
  private final int port;
  private final Optional<String> corsOrigin;
  private final boolean help;

  private ServerOptions(String host, int port, Optional<String> corsOrigin, boolean help) {
    this.host = host;
    this.port = port;
    this.corsOrigin = corsOrigin;
    this.help = help;
  }

  /** Loopback, port 8080, no cross-origin access. */
  public static ServerOptions defaults() {
    return new ServerOptions("127.0.0.1", 8080, Optional.empty(), false);
  }

  /** These options on another host and port; port 0 picks any free port. */
  public ServerOptions at(String host, int port) {
    return new ServerOptions(Objects.requireNonNull(host, "host"), checkPort(port), corsOrigin, help);
  }

  /** These options with one origin allowed to call the API from another site. */
  public ServerOptions withCorsOrigin(String origin) {
    return new ServerOptions(host, port, Optional.of(checkOrigin(origin)), help);
  }

  /**
   * Reads the command line: {@code --host}, {@code --port}, {@code --cors-origin} (each also as
   * {@code --name=value}) and {@code --help}.
   *
   * @throws InvalidValueException naming the option when one is unknown, lacks its value or holds
   *     a bad one
   */
  public static ServerOptions parse(String... args) {
    ServerOptions options = defaults();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      switch (name) {
        case "--help":
        case "-h":
          options = new ServerOptions(options.host, options.port, options.corsOrigin, true);
          break;
        case "--host":
        case "--port":
        case "--cors-origin":
          if (value == null) {
            if (i + 1 >= args.length) {
              throw new InvalidValueException(name, "nothing", "needs a value");
            }
            value = args[++i];
          }
          options = options.with(name, value);
          break;
        default:
          throw new InvalidValueException("option", arg, "is not known; see --help");
      }
    }
    return options;
  }

  private ServerOptions with(String name, String value) {
    switch (name) {
      case "--host":
        if (value.isBlank()) {
          throw new InvalidValueException("--host", "\"" + value + "\"", "must name an address");
        }
        return at(value, port);
      case "--port":
        try {
          return at(host, Integer.parseInt(value));
        } catch (NumberFormatException e) {
          throw new InvalidValueException("--port", value, "must be a whole number from 0 to 65535");
        }
      default:
        return withCorsOrigin(value);
    }
  }

  private static int checkPort(int port) {
    if (port < 0 || port > 65535) {
      throw new InvalidValueException("--port", port, "must be a whole number from 0 to 65535");
    }
    return port;
  }

  private static String checkOrigin(String origin) {
    if (origin == null || !origin.matches("https?://[A-Za-z0-9.\\-]+(:\\d{1,5})?")) {
      throw new InvalidValueException("--cors-origin", origin,
          "must be an origin such as https://example.org or http://localhost:3000");
    }
    return origin;
  }

  /** The address to listen on; 127.0.0.1 by default. */
  public String host() {
    return host;
  }

  /** The port to listen on; 8080 by default, 0 for any free port. */
  public int port() {
    return port;
  }

  /** The origin allowed to call the API from another site, if any. */
  public Optional<String> corsOrigin() {
    return corsOrigin;
  }

  /** Whether the command line asked for the usage text. */
  public boolean help() {
    return help;
  }
}
