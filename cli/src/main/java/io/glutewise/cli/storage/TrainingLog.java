package io.glutewise.cli.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.glutewise.core.GlutewiseException;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.json.InvalidJsonException;
import io.glutewise.core.log.SessionLog;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The training log: one {@link SessionLog} per line, as compact JSON (JSON Lines).
 *
 * <p>Nothing is lost. An append writes the whole line, newline included, in one write to a file
 * opened for appending, and forces it to disk, while holding an exclusive lock, so that
 * concurrent runs (threads or processes) never interleave or overwrite each other. The lock is
 * taken on a sibling file ({@code log.jsonl.lock}) that is never renamed or deleted, so that
 * reading the log, appending to it and repairing it all happen under one lock. A line that cannot
 * be read is reported with its number, never skipped; nothing is appended after a damaged log
 * until {@link #repair()} has set the bad lines aside.
 *
 * <p>Thread-safe.
 */
public final class TrainingLog {
  private static final ObjectWriter COMPACT =
      GlutewiseJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

  // A FileLock belongs to the whole JVM: two threads locking the same file would fail rather than
  // wait, so threads queue on this lock first.
  private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

  private final Path file;
  private final String name;

  private TrainingLog(Path file) {
    this.file = file;
    this.name = file.toString();
  }

  /** The log kept in the given file, which need not exist yet. */
  public static TrainingLog at(Path file) {
    return new TrainingLog(Objects.requireNonNull(file, "file"));
  }

  /** The log file. */
  public Path file() {
    return file;
  }

  /** The sibling file where bad lines go on {@link #repair()}: {@code log.jsonl.rejected}. */
  public Path rejectedFile() {
    return file.resolveSibling(file.getFileName() + ".rejected");
  }

  /**
   * Reads every line. A missing file is an empty log.
   *
   * @return the readable entries and the unreadable lines, each with its line number
   * @throws IOException when the file exists but cannot be read
   */
  public LogContents read() throws IOException {
    if (!Files.exists(file)) {
      return LogContents.empty();
    }
    return withLock(this::readUnlocked);
  }

  /**
   * Appends one entry as one line, after checking, under the same lock, that the log is whole and
   * that {@code precondition} accepts what is already there.
   *
   * @param entry the session to record; never null
   * @param precondition runs on the current contents before anything is written and throws to
   *     refuse the append (for example when the session was logged already); never null
   * @return the new entry with its line number
   * @throws MalformedLogException when a line of the log is damaged; nothing is written
   * @throws IOException when the log cannot be read or written
   */
  public LogLine append(SessionLog entry, Consumer<LogContents> precondition) throws IOException {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(precondition, "precondition");
    byte[] line = (compact(entry) + "\n").getBytes(StandardCharsets.UTF_8);
    Files.createDirectories(file.toAbsolutePath().getParent());
    return withLock(
        () -> {
          LogContents contents = readUnlocked();
          contents.requireReadable();
          precondition.accept(contents);
          try (FileChannel channel =
              FileChannel.open(
                  file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
              channel.write(buffer);
            }
            channel.force(true);
          }
          return new LogLine(lineCount(contents) + 1, entry);
        });
  }

  /**
   * Sets the damaged lines aside: appends them, as found, to {@link #rejectedFile()}, then rewrites
   * the log atomically with the readable lines only. Nothing is lost; the log can be appended to
   * again.
   *
   * @return the lines that were moved, with their former line numbers; empty when the log was whole
   * @throws IOException when either file cannot be read or written
   */
  public List<LogProblem> repair() throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    return withLock(
        () -> {
          LogContents contents = readUnlocked();
          if (contents.problems().isEmpty()) {
            return List.of();
          }
          StringBuilder rejected = new StringBuilder();
          for (LogProblem problem : contents.problems()) {
            rejected.append(problem.text()).append('\n');
          }
          try (FileChannel channel =
              FileChannel.open(
                  rejectedFile(),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE,
                  StandardOpenOption.APPEND)) {
            channel.write(ByteBuffer.wrap(rejected.toString().getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
          }
          StringBuilder kept = new StringBuilder();
          for (LogLine entry : contents.entries()) {
            kept.append(compact(entry.session())).append('\n');
          }
          AtomicFiles.write(file, kept.toString().getBytes(StandardCharsets.UTF_8));
          return contents.problems();
        });
  }

  /**
   * Changes one logged session in place, under the lock: the whole log is rewritten atomically
   * with that one line replaced, every other line kept byte for byte as it was read back.
   *
   * @param sessionId the session to change
   * @param change gives the new entry from the old one, or throws to refuse; never null
   * @return the new entry with its line number
   * @throws MalformedLogException when a line of the log is damaged; nothing is written
   * @throws GlutewiseException when the session is not in the log
   * @throws IOException when the log cannot be read or written
   */
  public LogLine amend(String sessionId, java.util.function.UnaryOperator<SessionLog> change)
      throws IOException {
    Objects.requireNonNull(change, "change");
    if (!Files.exists(file)) {
      throw new GlutewiseException(sessionId + " is not in the log " + file + " (it is empty)");
    }
    return withLock(
        () -> {
          LogContents contents = readUnlocked();
          contents.requireReadable();
          LogLine old = contents.find(sessionId).orElseThrow(() ->
              new GlutewiseException(sessionId + " is not in the log " + file));
          SessionLog updated = change.apply(old.session());
          if (!updated.sessionId().equals(sessionId)) {
            throw new IllegalArgumentException("an amendment must keep the session id " + sessionId);
          }
          List<String> lines = new ArrayList<>(
              List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1)));
          lines.set(old.line() - 1, compact(updated));
          AtomicFiles.write(file, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
          return new LogLine(old.line(), updated);
        });
  }

  /** The entry as the single line the log stores. */
  public static String compact(SessionLog entry) {
    try {
      return COMPACT.writeValueAsString(entry);
    } catch (JsonProcessingException e) {
      throw new GlutewiseException("could not write the session log " + entry.sessionId(), e);
    }
  }

  private static int lineCount(LogContents contents) {
    int last = 0;
    for (LogLine entry : contents.entries()) {
      last = Math.max(last, entry.line());
    }
    for (LogProblem problem : contents.problems()) {
      last = Math.max(last, problem.line());
    }
    return last;
  }

  private LogContents readUnlocked() throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return LogContents.empty();
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<LogLine> entries = new ArrayList<>();
    List<LogProblem> problems = new ArrayList<>();
    int start = 0;
    int number = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      boolean terminated = end >= 0;
      String line = terminated ? text.substring(start, end) : text.substring(start);
      number++;
      start = terminated ? end + 1 : text.length();
      if (line.isBlank()) {
        continue;
      }
      try {
        SessionLog session = GlutewiseJson.read(line, SessionLog.class, name);
        if (terminated) {
          entries.add(new LogLine(number, session));
        } else {
          // readable, but the write that made it never finished: appending would glue a new
          // entry onto it
          problems.add(
              new LogProblem(name, number, "the line has no newline at its end (an interrupted write?)", line));
        }
      } catch (InvalidJsonException e) {
        String where = e.path().equals("$") ? "" : e.path() + ": ";
        String torn = terminated ? "" : " (the last line is cut short: an interrupted write?)";
        problems.add(new LogProblem(name, number, where + e.problem() + torn, line));
      }
    }
    return new LogContents(entries, problems);
  }

  /** An action on the log files that may fail with an I/O error. */
  private interface LockedAction<T> {
    T run() throws IOException;
  }

  private <T> T withLock(LockedAction<T> action) throws IOException {
    Path lockFile = file.resolveSibling(file.getFileName() + ".lock").toAbsolutePath().normalize();
    ReentrantLock threads = IN_PROCESS.computeIfAbsent(lockFile, p -> new ReentrantLock());
    threads.lock();
    try {
      try (FileChannel channel =
              FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        return action.run();
      }
    } finally {
      threads.unlock();
    }
  }
}
