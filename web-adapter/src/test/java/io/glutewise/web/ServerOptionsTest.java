package io.glutewise.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.glutewise.core.InvalidValueException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line of the server. */
class ServerOptionsTest {
  @Test
  void defaultsAreLoopbackOn8080WithoutCors() {
    ServerOptions options = ServerOptions.parse();
    assertThat(options.host()).isEqualTo("127.0.0.1");
    assertThat(options.port()).isEqualTo(8080);
    assertThat(options.corsOrigin()).isEmpty();
    assertThat(options.help()).isFalse();
  }

  @Test
  void readsEveryOptionInBothSpellings() {
    ServerOptions options = ServerOptions.parse("--port", "9000", "--host=0.0.0.0", "--cors-origin", "http://localhost:3000");
    assertThat(options.port()).isEqualTo(9000);
    assertThat(options.host()).isEqualTo("0.0.0.0");
    assertThat(options.corsOrigin()).contains("http://localhost:3000");
    assertThat(ServerOptions.parse("--port=0").port()).isZero();
  }

  @Test
  void badOptionsNameTheOption() {
    assertThatThrownBy(() -> ServerOptions.parse("--port", "eighty"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("--port");
    assertThatThrownBy(() -> ServerOptions.parse("--port", "70000"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("--port");
    assertThatThrownBy(() -> ServerOptions.parse("--port"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("needs a value");
    assertThatThrownBy(() -> ServerOptions.parse("--cors-origin", "*"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("--cors-origin");
    assertThatThrownBy(() -> ServerOptions.parse("--verbose"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("--verbose");
  }

  @Test
  void aBadCommandLineExitsWith2AndTheUsage() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = WebServer.run(new String[] {"--port", "x"}, print(out), print(err));
    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port").contains("Usage:");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void helpPrintsTheUsageAndStartsNothing() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status = WebServer.run(new String[] {"--help"}, print(out), print(new ByteArrayOutputStream()));
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--port").contains("--cors-origin");
  }

  @Test
  void aHostNoNameServerKnowsIsSaidSoNotPortInUse() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = WebServer.run(new String[] {"--host", "nonsense.invalid", "--port", "0"},
        print(new ByteArrayOutputStream()), print(err));
    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("nonsense.invalid").contains("no name server knows it")
        .doesNotContain("in use");
  }

  @Test
  void listeningBeyondLoopbackWarnsOfNoAuthenticationAndNoTls() throws Exception {
    assertThat(WebServer.exposureWarning(java.net.InetAddress.getByName("127.0.0.1"), "127.0.0.1")).isEmpty();
    assertThat(WebServer.exposureWarning(java.net.InetAddress.getByName("0.0.0.0"), "0.0.0.0"))
        .hasValueSatisfying(w -> assertThat(w).contains("no authentication and no TLS").contains("reverse proxy"));
  }

  private static PrintStream print(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, StandardCharsets.UTF_8);
  }
}
