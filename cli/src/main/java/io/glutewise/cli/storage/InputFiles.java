package io.glutewise.cli.storage;

import io.glutewise.core.GlutewiseException;
import java.io.IOException;
import java.io.InputStream;
import io.glutewise.core.json.StrictUtf8;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads every file the command line is given (a profile, a plan, a log, a catalog), with one size
 * limit, so that a huge file, a device such as {@code /dev/zero} or a pipe that never ends is a
 * clear message rather than an exhausted memory. A device or pipe is read like a file, up to the
 * same limit; a folder is refused by name.
 */
public final class InputFiles {
  /** The largest file read: 16 MiB, some fifty times the largest plan glutewise writes. */
  public static final int LIMIT_BYTES = 16 * 1024 * 1024;

  /** The limit in words, for messages and help. */
  public static final String LIMIT_IN_WORDS = "16 MiB";

  private InputFiles() {}

  /**
   * Reads a whole file as UTF-8 text.
   *
   * @param file the file; never null
   * @param what what the file is, for messages: "the profile", "the catalog"
   * @return its text
   * @throws GlutewiseException naming the file when it is missing, a folder, unreadable, larger
   *     than {@value #LIMIT_BYTES} bytes or not UTF-8
   */
  public static String readText(Path file, String what) {
    return decode(readBytes(file, what), file, what);
  }

  /**
   * Reads a whole file as bytes, up to the limit; a missing file is reported, not empty.
   *
   * @throws GlutewiseException as {@link #readText(Path, String)}, except for the encoding
   */
  public static byte[] readBytes(Path file, String what) {
    if (file.toString().isEmpty()) {
      throw new GlutewiseException(what + ": the file name is empty");
    }
    if (Files.isDirectory(file)) {
      throw new GlutewiseException(what + " " + file + " is a folder; name a file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(LIMIT_BYTES + 1);
      if (bytes.length > LIMIT_BYTES) {
        throw tooLarge(file, what);
      }
      return bytes;
    } catch (NoSuchFileException e) {
      throw new GlutewiseException("cannot read " + what + " " + file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new GlutewiseException("cannot read " + what + " " + file + ": permission denied");
    } catch (IOException e) {
      throw new GlutewiseException("cannot read " + what + " " + file + ": " + IoWords.of(e), e);
    } catch (OutOfMemoryError e) {
      // far below the limit a small heap may still run out; say so rather than crash
      throw tooLarge(file, what);
    }
  }

  /** Strict UTF-8: a stray byte is named by its offset, never replaced in silence. */
  static String decode(byte[] bytes, Path file, String what) {
    try {
      return StrictUtf8.decode(bytes);
    } catch (CharacterCodingException e) {
      throw new GlutewiseException(what + " " + file + " is not UTF-8 text (a bad byte near byte "
          + firstBadByte(bytes) + "); save it as UTF-8");
    }
  }

  /** The 1-based offset of the first byte that does not start or continue a UTF-8 character. */
  static int firstBadByte(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xff;
      int length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
      if (length == 0 || i + length > bytes.length) {
        return i + 1;
      }
      for (int k = 1; k < length; k++) {
        if ((bytes[i + k] & 0xc0) != 0x80) {
          return i + 1;
        }
      }
      i += length;
    }
    return Math.max(1, bytes.length);
  }

  private static GlutewiseException tooLarge(Path file, String what) {
    return new GlutewiseException(what + " " + file + " is larger than " + LIMIT_IN_WORDS
        + ", more than glutewise reads; check that it is the right file");
  }
}
