package io.glutewise.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ClassDataSharingWarmUpTest {
  @Test
  void runsTheCommonCommandsQuietlyAndCleansUpAfterItself() throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    long before;
    try (Stream<Path> files = Files.list(tmp)) {
      before = files.filter(p -> p.getFileName().toString().startsWith("glutewise-training")).count();
    }
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true));
    try {
      ClassDataSharingWarmUp.main(new String[0]);
    } finally {
      System.setOut(out);
    }
    assertThat(captured.toString()).isEmpty();
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files.filter(p -> p.getFileName().toString().startsWith("glutewise-training")).count())
          .isEqualTo(before);
    }
  }
}
