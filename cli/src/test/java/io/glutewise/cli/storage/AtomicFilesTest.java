package io.glutewise.cli.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path folder;

  @Test
  void writesNewFilesInMissingFoldersAndReplacesOldOnesLeavingNoTemporaryFile() throws IOException {
    Path target = folder.resolve("a/b/plan.md");
    AtomicFiles.write(target, "first".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readString(target)).isEqualTo("first");
    AtomicFiles.write(target, "second, longer".getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readString(target)).isEqualTo("second, longer");
    try (Stream<Path> files = Files.list(target.getParent())) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void aFailedWriteLeavesTheOldContent() throws IOException {
    Path target = folder.resolve("plan.md");
    Files.writeString(target, "old");
    Path blocked = folder.resolve("plan.md/inside");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> AtomicFiles.write(blocked, "new".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IOException.class);
    assertThat(Files.readString(target)).isEqualTo("old");
  }
}
