package io.glutewise.cli.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {
  private static DataDirectory with(Map<String, String> variables) {
    return DataDirectory.resolve(name -> Optional.ofNullable(variables.get(name)), Path.of("/home/ann"));
  }

  @Test
  void followsXdgDataHomeWhenItIsAnAbsolutePath() {
    DataDirectory data = with(Map.of("XDG_DATA_HOME", "/data"));
    assertThat(data.folder()).isEqualTo(Path.of("/data/glutewise"));
    assertThat(data.log()).isEqualTo(Path.of("/data/glutewise/log.jsonl"));
    assertThat(data.program()).isEqualTo(Path.of("/data/glutewise/program.json"));
  }

  @Test
  void fallsBackToTheHomeFolderWhenXdgDataHomeIsUnsetBlankOrRelative() {
    Path fallback = Path.of("/home/ann/.local/share/glutewise");
    assertThat(with(Map.of()).folder()).isEqualTo(fallback);
    assertThat(with(Map.of("XDG_DATA_HOME", "  ")).folder()).isEqualTo(fallback);
    assertThat(with(Map.of("XDG_DATA_HOME", "relative/dir")).folder()).isEqualTo(fallback);
  }
}
