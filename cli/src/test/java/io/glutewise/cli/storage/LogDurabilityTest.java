package io.glutewise.cli.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.glutewise.core.GlutewiseException;
import io.glutewise.core.log.SessionLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log keeps every acknowledged entry whatever happens to the process or the disk: a kill -9
 * in the middle of appends, a disk that fills up part way through a line, a repair on a full disk.
 */
class LogDurabilityTest {
  @TempDir Path folder;

  private static SessionLog missed(String id) {
    return SessionLog.missed(id, LocalDate.of(2025, 1, 6));
  }

  @Test
  void aFailedAppendIsCutBackSoTheLogNeverEndsInATornLine() throws IOException {
    Path file = folder.resolve("log.jsonl");
    TrainingLog.at(file).append(missed("w01-s1"), c -> {});
    byte[] before = Files.readAllBytes(file);

    // room for 20 bytes: the write of the next line stops part way, as a full disk makes it
    TrainingLog full = TrainingLog.at(file, FullDiskChannel.withRoom(20));
    GlutewiseException failure = catchThrowableOfType(GlutewiseException.class,
        () -> full.append(missed("w01-s2"), c -> {}));

    assertThat(failure.getMessage()).contains("the disk is full").contains("is as it was");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    // once there is room again, logging simply goes on
    TrainingLog.at(file).append(missed("w01-s2"), c -> {});
    assertThat(TrainingLog.at(file).read().requireReadable()).extracting(SessionLog::sessionId)
        .containsExactly("w01-s1", "w01-s2");
  }

  @Test
  void aRepairOnAFullDiskCutsATornLastLineInPlaceAndShowsIt() throws IOException {
    Path file = folder.resolve("log.jsonl");
    TrainingLog.at(file).append(missed("w01-s1"), c -> {});
    Files.write(file, "{\"sessionId\":\"w01-s2\",\"da".getBytes(StandardCharsets.UTF_8),
        java.nio.file.StandardOpenOption.APPEND);

    RepairOutcome outcome = TrainingLog.at(file, FullDiskChannel.withRoom(0)).repair(e -> java.util.Optional.empty());

    assertThat(outcome.moved()).hasSize(1);
    assertThat(outcome.note()).hasValueSatisfying(n -> assertThat(n).contains("disk is full").contains("w01-s2"));
    assertThat(TrainingLog.at(file).read().requireReadable()).extracting(SessionLog::sessionId).containsExactly("w01-s1");
    assertThat(TrainingLog.at(file).rejectedFile()).doesNotExist();
  }

  @Test
  void aRepairThatCannotSetADamagedMiddleLineAsideChangesNothingAndSaysWhatItNeeds() throws IOException {
    Path file = folder.resolve("log.jsonl");
    Files.writeString(file, "not json\n" + TrainingLog.compact(missed("w01-s1")) + "\n");
    byte[] before = Files.readAllBytes(file);

    GlutewiseException failure = catchThrowableOfType(GlutewiseException.class,
        () -> TrainingLog.at(file, FullDiskChannel.withRoom(0)).repair(e -> java.util.Optional.empty()));

    assertThat(failure.getMessage()).contains("the disk is full").contains("nothing was changed").contains("Free at least");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    assertThat(TrainingLog.at(file).rejectedFile()).satisfiesAnyOf(
        p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyFile());
  }

  @Test
  void theLogIsOwnerOnlyFromItsFirstByteAndReadingLeavesNoLockFile() throws IOException {
    Path file = folder.resolve("new/log.jsonl");
    TrainingLog.at(file).append(missed("w01-s1"), c -> {});
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

    Path input = folder.resolve("given.jsonl");
    Files.writeString(input, TrainingLog.compact(missed("w01-s1")) + "\n");
    TrainingLog.at(input).read();
    assertThat(folder.resolve("given.jsonl.lock")).doesNotExist();
  }

  @Test
  void killingAProcessMidAppendLosesNoAcknowledgedEntry() throws Exception {
    int lost = 0;
    int acknowledged = 0;
    for (int round = 0; round < 3; round++) {
      Path file = folder.resolve("killed-" + round + ".jsonl");
      List<String> acks = appendUntilKilled(file, 5 + round * 15);
      acknowledged += acks.size();
      LogContents contents = TrainingLog.at(file).read();
      for (String id : acks) {
        if (contents.find(id).isEmpty()) {
          lost++;
        }
      }
      // at most the one line being written when the process died is damaged, and only at the end
      assertThat(contents.problems()).hasSizeLessThanOrEqualTo(1);
      contents.problems().forEach(p -> assertThat(p.line()).isGreaterThan(contents.entries().size()));
    }
    System.out.println("kill -9 during appends: " + acknowledged + " entries acknowledged, " + lost + " lost");
    assertThat(lost).isZero();
  }

  /** Starts a worker, waits for some acknowledgements, kills it with SIGKILL; returns the acks. */
  private static List<String> appendUntilKilled(Path file, int acksBeforeKill) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process worker = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto",
        "-cp", System.getProperty("java.class.path"), KillWorker.class.getName(), file.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    List<String> acks = new ArrayList<>();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        acks.add(line);
        if (acks.size() >= acksBeforeKill) {
          worker.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no flushing
          break;
        }
      }
      worker.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(acks).as("the worker acknowledged appends").isNotEmpty();
    return acks;
  }

  @Test
  void onARealSmallFileSystemAFullDiskLeavesTheLogWhole() throws Exception {
    Path mount = Files.createDirectories(folder.resolve("small"));
    Process mounting = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString())
        .redirectErrorStream(true).start();
    String said = new String(mounting.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    boolean mounted = mounting.waitFor(20, TimeUnit.SECONDS) && mounting.exitValue() == 0;
    if (!mounted) {
      System.out.println("skipping the real small file system check: mount failed: " + said);
    }
    Assumptions.assumeTrue(mounted, "mounting a 64 KiB tmpfs is not possible here: " + said);
    try {
      Path file = mount.resolve("log.jsonl");
      TrainingLog log = TrainingLog.at(file);
      log.append(missed("w01-s1"), c -> {});
      // fill what is left of the disk
      try (var filler = Files.newOutputStream(mount.resolve("filler"))) {
        byte[] block = new byte[1024];
        while (true) {
          filler.write(block);
        }
      } catch (IOException full) {
        // the disk is full now
      }
      byte[] before = Files.readAllBytes(file);
      int lines = 0;
      GlutewiseException failure = null;
      for (int n = 2; n <= 9 && failure == null; n++) {
        try {
          log.append(SessionLog.builder().from(missed("w01-s" + n)).notes("y".repeat(3000)).build(), c -> {});
          lines++;
          before = Files.readAllBytes(file);
        } catch (GlutewiseException e) {
          failure = e;
        }
      }
      assertThat(failure).as("the disk fills up").isNotNull();
      assertThat(failure.getMessage()).contains("the disk is full");
      assertThat(Files.readAllBytes(file)).isEqualTo(before);
      assertThat(log.read().problems()).isEmpty();
      assertThat(log.read().entries()).hasSize(1 + lines);
      System.out.println("full 64 KiB tmpfs: " + (1 + lines) + " entries kept, the failed append left no torn line");
    } finally {
      new ProcessBuilder("umount", mount.toString()).start().waitFor(20, TimeUnit.SECONDS);
    }
  }
}
