package io.glutewise.cli.storage;

import io.glutewise.core.GlutewiseException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes what a person asked for with {@code -o FILE}, {@code --save FILE} or {@code catalog import
 * -o FILE} where they meant it: a regular file is replaced whole in one step (see
 * {@link AtomicFiles}); a symbolic link is followed, so the file it points to is replaced and the
 * link stays; a device or a pipe ({@code /dev/stdout}, {@code /dev/null}) is written through; a
 * folder is refused by name. {@code -} means standard output, which the command handles itself.
 */
public final class OutputFiles {
  /** The name that means standard output. */
  public static final String STANDARD_OUTPUT = "-";

  // as many links as Linux itself follows before it gives up
  private static final int MAX_LINKS = 40;

  private OutputFiles() {}

  /** Whether the name given is {@code -}, standard output. */
  public static boolean isStandardOutput(Path target) {
    return target != null && target.toString().equals(STANDARD_OUTPUT);
  }

  /**
   * Writes the content to the file the name means.
   *
   * @param target the name as given; never null, not {@code -}
   * @param content every byte to write; never null
   * @param what what is written, for messages: "the plan"
   * @throws GlutewiseException naming the file as given when it cannot be written; a regular file
   *     is then left as it was
   */
  public static void write(Path target, byte[] content, String what) {
    if (target.toString().isEmpty()) {
      throw new GlutewiseException("cannot write " + what + ": the file name is empty");
    }
    if (Files.isDirectory(target)) {
      throw new GlutewiseException("cannot write " + what + " to " + target + ": it is a folder; name a file in it");
    }
    try {
      if (isOpenStream(target) || Files.exists(target) && !Files.isRegularFile(target)) {
        // a device, a pipe, or one of this process's own streams (/dev/stdout, /dev/fd/1): it
        // cannot be replaced, only written to; appending keeps what a shell's >> asked for
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
          out.write(content);
        }
      } else {
        AtomicFiles.write(followLinks(target), content);
      }
    } catch (IOException e) {
      throw new GlutewiseException("cannot write " + what + " to " + target + ": " + IoWords.of(e), e);
    }
  }

  /**
   * Whether the name is one of the process's open streams ({@code /dev/stdout}, {@code /dev/fd/N},
   * {@code /proc/self/fd/N}): replacing the file behind one would leave the stream writing to a
   * file nobody can see.
   */
  static boolean isOpenStream(Path target) {
    String name = target.toAbsolutePath().normalize().toString();
    return name.equals("/dev/stdout") || name.equals("/dev/stderr") || name.startsWith("/dev/fd/")
        || name.startsWith("/proc/self/fd/") || name.matches("/proc/\\d+/fd/.*");
  }

  /** The path a chain of symbolic links ends at (which may not exist yet). */
  static Path followLinks(Path target) {
    Path current = target.toAbsolutePath();
    for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(current); i++) {
      try {
        Path link = Files.readSymbolicLink(current);
        current = current.getParent().resolve(link).normalize();
      } catch (IOException e) {
        return current;
      }
    }
    if (Files.isSymbolicLink(current)) {
      throw new GlutewiseException("cannot follow the links of " + target + ": there are too many");
    }
    return current;
  }
}
