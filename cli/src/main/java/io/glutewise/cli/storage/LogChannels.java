package io.glutewise.cli.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * How the training log opens the files it writes: the one seam between the log and the disk, so
 * that a test can stand in a disk that fills up part way through a write. Files it creates are
 * readable by their owner only (0600) from the first byte: the log holds health information.
 */
@FunctionalInterface
public interface LogChannels {
  /** The real file system. */
  LogChannels SYSTEM = (file, options) -> {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return FileChannel.open(file, options, OwnerOnly.ATTRIBUTE);
    }
    return FileChannel.open(file, options);
  };

  /**
   * Opens a file; a file created by the call is readable and writable by its owner only.
   *
   * @param file the file
   * @param options as for {@link FileChannel#open(Path, Set, FileAttribute...)}
   * @return the open channel
   * @throws IOException when it cannot be opened
   */
  FileChannel open(Path file, Set<? extends OpenOption> options) throws IOException;

  /** The permissions of a file the log creates. */
  final class OwnerOnly {
    static final FileAttribute<Set<PosixFilePermission>> ATTRIBUTE = PosixFilePermissions.asFileAttribute(
        EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));

    private OwnerOnly() {}
  }
}
