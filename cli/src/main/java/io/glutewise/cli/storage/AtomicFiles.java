package io.glutewise.cli.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Writes whole files so that a reader sees the old content or the new, never half of either: the
 * bytes go to a temporary file beside the target, are forced to disk, and the temporary file is
 * then moved over the target in one step. The new file is readable by its owner only (0600), or
 * keeps the permissions of the file it replaces.
 *
 * <p>The target is replaced as a name: a symbolic link or a device in its place would be replaced
 * too, so callers that take a name from a person go through {@link OutputFiles}.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Replaces (or creates) a file with the given content, creating missing parent folders.
   *
   * @param target the file to write; never null
   * @param content every byte of the new content; never null
   * @throws IOException when the file cannot be written; the target is then left as it was
   */
  public static void write(Path target, byte[] content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
    try {
      keepPermissions(absolute, temporary);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      try {
        Files.move(
            temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // some file systems cannot rename atomically; a plain replace is the best they offer
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** A replaced file keeps its permissions; a new one stays 0600, as the temporary file is made. */
  private static void keepPermissions(Path target, Path temporary) throws IOException {
    PosixFileAttributeView old =
        Files.getFileAttributeView(target, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (old == null || !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.getFileAttributeView(temporary, PosixFileAttributeView.class)
        .setPermissions(old.readAttributes().permissions());
  }
}
