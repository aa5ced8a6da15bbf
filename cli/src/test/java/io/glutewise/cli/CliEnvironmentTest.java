package io.glutewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The home folder is the shell's $HOME, as POSIX has it; Java's idea of home is the fallback. */
class CliEnvironmentTest {
  @Test
  void homeIsTheShellsHomeWhenSetToAnAbsolutePath() {
    assertThat(CliEnvironment.home(Map.of("HOME", "/srv/trainee")::get, "/root")).isEqualTo(Path.of("/srv/trainee"));
  }

  @Test
  void javasHomeServesWhenHomeIsUnsetBlankOrRelative() {
    assertThat(CliEnvironment.home(Map.<String, String>of()::get, "/root")).isEqualTo(Path.of("/root"));
    assertThat(CliEnvironment.home(Map.of("HOME", " ")::get, "/root")).isEqualTo(Path.of("/root"));
    assertThat(CliEnvironment.home(Map.of("HOME", "relative/home")::get, "/root")).isEqualTo(Path.of("/root"));
  }
}
