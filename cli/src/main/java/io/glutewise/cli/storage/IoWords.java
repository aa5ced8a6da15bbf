package io.glutewise.cli.storage;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * An input/output failure in a few plain words: "the disk is full", "permission denied", "no such
 * file", never the name of the Java exception that carried it.
 */
public final class IoWords {
  private IoWords() {}

  /** The failure in words, without the file name (the caller names the file). */
  public static String of(IOException e) {
    if (isDiskFull(e)) {
      return "the disk is full";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "a part of the path is a file, not a folder";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "something else is in the way";
    }
    String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) {
      return "the system refused it";
    }
    String lower = reason.toLowerCase(Locale.ROOT);
    if (lower.contains("is a directory")) {
      return "it is a folder";
    }
    if (lower.contains("not a directory")) {
      return "a part of the path is a file, not a folder";
    }
    if (lower.contains("read-only file system")) {
      return "the file system is read-only";
    }
    if (lower.contains("quota")) {
      return "the disk quota is used up";
    }
    // the system's own reason ("Input/output error", "No such device") is plain already
    return lower.replaceAll("[A-Za-z]+(\\.[A-Za-z]+)+:?", "").strip();
  }

  /** Whether the failure means the file system has no space (or quota) left. */
  public static boolean isDiskFull(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = t.getMessage();
      if (message != null) {
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk quota exceeded")
            || lower.contains("not enough space")) {
          return true;
        }
      }
    }
    return false;
  }
}
