package io.glutewise.cli.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.glutewise.core.GlutewiseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs go where the person meant: through links and devices, never over a folder. */
class OutputFilesTest {
  @TempDir Path folder;

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aSymbolicLinkIsFollowedAndStaysALink() throws IOException {
    Path target = Files.writeString(folder.resolve("real.txt"), "old");
    Path link = Files.createSymbolicLink(folder.resolve("link.txt"), target.getFileName());
    OutputFiles.write(link, bytes("new"), "the plan");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(target)).isEqualTo("new");
  }

  @Test
  void aDanglingLinkMakesTheFileItPointsTo() throws IOException {
    Path link = Files.createSymbolicLink(folder.resolve("link.txt"), folder.resolve("later.txt"));
    OutputFiles.write(link, bytes("made"), "the plan");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(folder.resolve("later.txt"))).isEqualTo("made");
  }

  @Test
  void aReplacedFileKeepsItsPermissionsAndANewOneIsOwnerOnly() throws IOException {
    Path shared = Files.writeString(folder.resolve("shared.txt"), "old");
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));
    OutputFiles.write(shared, bytes("new"), "the plan");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rw-r--r--");
    Path fresh = folder.resolve("fresh.txt");
    OutputFiles.write(fresh, bytes("new"), "the plan");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh))).isEqualTo("rw-------");
  }

  @Test
  void aDeviceIsWrittenThroughNotReplaced() {
    Path devNull = Path.of("/dev/null");
    Assumptions.assumeTrue(Files.exists(devNull), "no /dev/null here");
    OutputFiles.write(devNull, bytes("gone"), "the plan");
    assertThat(Files.isRegularFile(devNull, LinkOption.NOFOLLOW_LINKS)).isFalse();
    Path devFull = Path.of("/dev/full");
    Assumptions.assumeTrue(Files.exists(devFull), "no /dev/full here");
    // a device that is always full: the failure is worded, and the device is still a device
    assertThatThrownBy(() -> OutputFiles.write(devFull, bytes("x".repeat(10_000)), "the plan"))
        .isInstanceOf(GlutewiseException.class)
        .hasMessage("cannot write the plan to /dev/full: the disk is full");
    assertThat(Files.isRegularFile(devFull)).isFalse();
  }

  @Test
  void theProcesssOwnStreamsAreWrittenThroughEvenWhenARegularFileIsBehindThem() {
    assertThat(OutputFiles.isOpenStream(Path.of("/dev/stdout"))).isTrue();
    assertThat(OutputFiles.isOpenStream(Path.of("/dev/fd/1"))).isTrue();
    assertThat(OutputFiles.isOpenStream(Path.of("/proc/self/fd/2"))).isTrue();
    assertThat(OutputFiles.isOpenStream(folder.resolve("stdout"))).isFalse();
  }

  @Test
  void aDeviceNodeMadeInAFolderStaysADevice() throws Exception {
    Path node = folder.resolve("fd");
    Process mknod = new ProcessBuilder("mknod", node.toString(), "c", "1", "3").redirectErrorStream(true).start();
    String said = new String(mknod.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    Assumptions.assumeTrue(mknod.waitFor(10, TimeUnit.SECONDS) && mknod.exitValue() == 0,
        "cannot make a device node here: " + said);
    OutputFiles.write(node, bytes("a plan"), "the plan");
    assertThat(Files.isRegularFile(node)).isFalse();
    assertThat(Files.exists(node)).isTrue();
  }

  @Test
  void aPipeIsWrittenThrough() throws Exception {
    Path fifo = folder.resolve("pipe");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "no mkfifo here");
    CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
      try {
        return Files.readString(fifo);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    OutputFiles.write(fifo, bytes("through the pipe"), "the plan");
    assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo("through the pipe");
    assertThat(Files.isRegularFile(fifo)).isFalse();
  }

  @Test
  void aFolderIsRefusedByName() throws IOException {
    Path sub = Files.createDirectories(folder.resolve("plans"));
    assertThatThrownBy(() -> OutputFiles.write(sub, bytes("x"), "the plan"))
        .isInstanceOf(GlutewiseException.class)
        .hasMessage("cannot write the plan to " + sub + ": it is a folder; name a file in it");
    try (var left = Files.list(sub)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void aPipeThatNeverEndsIsReadOnlyUpToTheLimit() throws Exception {
    Path fifo = folder.resolve("endless");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "no mkfifo here");
    Thread writer = new Thread(() -> {
      try (var out = Files.newOutputStream(fifo)) {
        byte[] block = new byte[65536];
        while (true) {
          out.write(block);
        }
      } catch (IOException e) {
        // the reader stopped reading: done
      }
    });
    writer.setDaemon(true);
    writer.start();
    assertThatThrownBy(() -> InputFiles.readText(fifo, "the profile"))
        .isInstanceOf(GlutewiseException.class)
        .hasMessageContaining("larger than 16 MiB");
  }
}
