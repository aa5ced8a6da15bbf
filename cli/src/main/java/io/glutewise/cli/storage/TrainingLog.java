package io.glutewise.cli.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.glutewise.core.GlutewiseException;
import io.glutewise.core.json.Echo;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.json.InvalidJsonException;
import io.glutewise.core.json.StrictUtf8;
import io.glutewise.core.log.SessionLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The training log: one {@link SessionLog} per line, as compact JSON (JSON Lines).
 *
 * <p>Nothing is lost. An append writes the whole line, newline included, in one write to a file
 * opened for appending, and forces it to disk, while holding an exclusive lock, so that
 * concurrent runs (threads or processes) never interleave or overwrite each other. When the write
 * fails part way (a full disk), the file is cut back to the length it had before, so the log
 * never ends in a torn line; the failure is reported after that. The lock is taken on a sibling
 * file ({@code log.jsonl.lock}) that is never renamed or deleted; only commands that write make
 * it, and readers take it shared where it exists, so reading a log given with {@code --log} leaves
 * nothing beside it. A line that cannot be read is reported with its number, never skipped;
 * nothing is appended after a damaged log until {@link #repair} has set the bad lines aside.
 * Files the log creates are readable by their owner only (0600).
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
  private final LogChannels channels;

  private TrainingLog(Path file, LogChannels channels) {
    this.file = file;
    this.name = file.toString();
    this.channels = channels;
  }

  /** The log kept in the given file, which need not exist yet. */
  public static TrainingLog at(Path file) {
    return at(file, LogChannels.SYSTEM);
  }

  /** The log kept in the given file, written through the given channels (tests fill a disk). */
  static TrainingLog at(Path file, LogChannels channels) {
    return new TrainingLog(Objects.requireNonNull(file, "file"), Objects.requireNonNull(channels, "channels"));
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
   * @throws GlutewiseException when it is a folder or larger than {@link InputFiles#LIMIT_BYTES}
   */
  public LogContents read() throws IOException {
    if (!Files.exists(file)) {
      return LogContents.empty();
    }
    return withLock(false, () -> parse(readBytes()));
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
   * @throws GlutewiseException when the write fails; the log is then as it was
   * @throws IOException when the log cannot be read
   */
  public LogLine append(SessionLog entry, Consumer<LogContents> precondition) throws IOException {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(precondition, "precondition");
    byte[] line = (compact(entry) + "\n").getBytes(StandardCharsets.UTF_8);
    createFolder();
    return withLock(true, () -> {
      LogContents contents = parse(readBytes());
      contents.requireReadable();
      precondition.accept(contents);
      appendWhole(file, line, "the entry for " + entry.sessionId() + " was not logged");
      return new LogLine(lineCount(contents) + 1, entry);
    });
  }

  /**
   * Sets the damaged lines aside; see {@link #repair(Function)}.
   *
   * @return the lines that were moved, with their former line numbers; empty when the log was whole
   */
  public List<LogProblem> repair() throws IOException {
    return repair(entry -> Optional.empty()).moved();
  }

  /**
   * Sets aside the damaged lines, and the readable entries {@code misfit} names a problem for:
   * appends them, byte for byte as found, to {@link #rejectedFile()}, then rewrites the log
   * atomically with the other lines only, each kept byte for byte. Nothing is lost; the log can be
   * appended to again.
   *
   * <p>On a full disk it does what needs no space: when the only damage is a torn last line and
   * even the rejected file cannot grow, the line is cut off in place and its text given in the
   * outcome's note; when the copy of the log cannot be written but the damage is all at the end,
   * the log is cut back in place. Otherwise it says how much space it needs and changes nothing.
   *
   * @param misfit a problem with a readable entry (such as a session the plan lacks), or empty to keep it
   * @return the moved lines and a note on what was done
   * @throws GlutewiseException when the repair cannot be done; nothing is then changed
   * @throws IOException when the log cannot be read
   */
  public RepairOutcome repair(Function<LogLine, Optional<String>> misfit) throws IOException {
    Objects.requireNonNull(misfit, "misfit");
    if (!Files.exists(file)) {
      return new RepairOutcome(List.of(), Optional.empty());
    }
    return withLock(true, () -> {
      byte[] bytes = readBytes();
      List<byte[]> raw = rawLines(bytes);
      LogContents contents = parse(bytes);
      List<LogProblem> moved = new ArrayList<>(contents.problems());
      for (LogLine entry : contents.entries()) {
        misfit.apply(entry).ifPresent(problem -> moved.add(new LogProblem(name, entry.line(), problem,
            new String(raw.get(entry.line() - 1), StandardCharsets.UTF_8))));
      }
      if (moved.isEmpty()) {
        return new RepairOutcome(List.of(), Optional.empty());
      }
      moved.sort((a, b) -> Integer.compare(a.line(), b.line()));
      return setAside(bytes, raw, moved);
    });
  }

  private RepairOutcome setAside(byte[] bytes, List<byte[]> raw, List<LogProblem> moved) throws IOException {
    ByteArrayOutputStream rejected = new ByteArrayOutputStream();
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    boolean[] gone = new boolean[raw.size() + 1];
    moved.forEach(p -> gone[p.line()] = true);
    int lastKept = 0;
    for (int number = 1; number <= raw.size(); number++) {
      byte[] line = raw.get(number - 1);
      if (gone[number]) {
        rejected.writeBytes(line);
        rejected.write('\n');
      } else if (!isBlank(line)) {
        kept.writeBytes(line);
        kept.write('\n');
        lastKept = number;
      }
    }
    boolean tailOnly = moved.get(0).line() > lastKept;
    long rejectedBefore = Files.exists(rejectedFile()) ? Files.size(rejectedFile()) : -1;
    try {
      appendWhole(rejectedFile(), rejected.toByteArray(), "the damaged lines were not set aside");
    } catch (GlutewiseException e) {
      // the failed append was cut back, but a rejected file it created would stay, empty
      undoAppend(rejectedFile(), rejectedBefore);
      if (tailOnly && moved.size() == 1 && IoWords.isDiskFull(e) && !endsWithNewline(bytes)) {
        // a write cut short by a full disk or a crash: that entry was never acknowledged, so it
        // may go; its text is shown so that nothing is lost even though the disk has no room
        cutBack(kept.size());
        return new RepairOutcome(moved, Optional.of("the disk is full, so the cut-short last line could"
            + " not be kept in " + rejectedFile() + "; it was removed from the log, and here it is: "
            + Echo.message(moved.get(0).text())));
      }
      throw new GlutewiseException("cannot repair " + file + ": " + e.getMessage()
          + "; nothing was changed. Free at least " + rejected.size() + " bytes and run it again", e);
    }
    try {
      AtomicFiles.write(file, kept.toByteArray());
    } catch (IOException e) {
      if (IoWords.isDiskFull(e) && tailOnly) {
        // no room for a copy, but the bad lines are all at the end: cutting them off needs none
        cutBack(kept.size());
        return new RepairOutcome(moved, Optional.of("the disk is full, so the log was cut back in place"
            + " rather than rewritten as a copy"));
      }
      undoAppend(rejectedFile(), rejectedBefore);
      throw new GlutewiseException("cannot repair " + file + ": " + IoWords.of(e)
          + " (rewriting it needs " + kept.size() + " bytes free); nothing was changed", e);
    }
    return new RepairOutcome(moved, Optional.empty());
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
  public LogLine amend(String sessionId, UnaryOperator<SessionLog> change) throws IOException {
    Objects.requireNonNull(change, "change");
    if (!Files.exists(file)) {
      throw new GlutewiseException(sessionId + " is not in the log " + file + " (it is empty)");
    }
    return withLock(true, () -> {
      byte[] bytes = readBytes();
      LogContents contents = parse(bytes);
      contents.requireReadable();
      LogLine old = contents.find(sessionId).orElseThrow(() ->
          new GlutewiseException(sessionId + " is not in the log " + file));
      SessionLog updated = change.apply(old.session());
      if (!updated.sessionId().equals(sessionId)) {
        throw new IllegalArgumentException("an amendment must keep the session id " + sessionId);
      }
      List<byte[]> raw = rawLines(bytes);
      ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
      for (int number = 1; number <= raw.size(); number++) {
        rewritten.writeBytes(number == old.line()
            ? compact(updated).getBytes(StandardCharsets.UTF_8) : raw.get(number - 1));
        rewritten.write('\n');
      }
      AtomicFiles.write(file, rewritten.toByteArray());
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

  /**
   * Appends bytes whole or not at all: a write or flush that fails part way is cut back to the
   * length the file had, and only then reported.
   */
  private void appendWhole(Path target, byte[] bytes, String failure) throws IOException {
    try (FileChannel channel = channels.open(target,
        EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND))) {
      long before = channel.size();
      try {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      } catch (IOException e) {
        try {
          channel.truncate(before);
          channel.force(true);
        } catch (IOException again) {
          e.addSuppressed(again);
          throw new GlutewiseException(failure + ": " + IoWords.of(e) + "; " + target
              + " may now end in a cut-short line (glutewise log --repair sets it aside)", e);
        }
        throw new GlutewiseException(failure + ": " + IoWords.of(e) + "; " + target + " is as it was", e);
      }
    } catch (IOException e) {
      throw new GlutewiseException(failure + ": cannot open " + target + ": " + IoWords.of(e), e);
    }
  }

  /** Cuts the log to its first {@code length} bytes: no new blocks are needed. */
  private void cutBack(long length) throws IOException {
    try (FileChannel channel = channels.open(file, EnumSet.of(StandardOpenOption.WRITE))) {
      channel.truncate(length);
      channel.force(true);
    }
  }

  /** Takes back an append to a file that was {@code before} bytes long, or did not exist (-1). */
  private void undoAppend(Path target, long before) {
    try {
      if (before < 0) {
        Files.deleteIfExists(target);
      } else {
        try (FileChannel channel = channels.open(target, EnumSet.of(StandardOpenOption.WRITE))) {
          channel.truncate(before);
        }
      }
    } catch (IOException e) {
      // the lines stay in the rejected file as well as the log: a copy too many, nothing lost
    }
  }

  private void createFolder() throws IOException {
    Path folder = file.toAbsolutePath().getParent();
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new GlutewiseException("cannot make the folder " + folder + " for the log: " + IoWords.of(e), e);
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

  /** The file's bytes, at most {@link InputFiles#LIMIT_BYTES}; a missing file has none. */
  private byte[] readBytes() throws IOException {
    if (Files.isDirectory(file)) {
      throw new GlutewiseException("the training log " + file + " is a folder; name a file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(InputFiles.LIMIT_BYTES + 1);
      if (bytes.length > InputFiles.LIMIT_BYTES) {
        throw new GlutewiseException("the training log " + file + " is larger than "
            + InputFiles.LIMIT_IN_WORDS + ", more than glutewise reads; keep older years in another file");
      }
      return bytes;
    } catch (NoSuchFileException e) {
      return new byte[0];
    }
  }

  /** The lines without their newlines; a last line without one is kept as it is. */
  private static List<byte[]> rawLines(byte[] bytes) {
    List<byte[]> lines = new ArrayList<>();
    int start = 0;
    while (start < bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      byte[] line = new byte[end - start];
      System.arraycopy(bytes, start, line, 0, line.length);
      lines.add(line);
      start = end + 1;
    }
    return lines;
  }

  private LogContents parse(byte[] bytes) {
    List<LogLine> entries = new ArrayList<>();
    List<LogProblem> problems = new ArrayList<>();
    List<byte[]> raw = rawLines(bytes);
    boolean lastTerminated = endsWithNewline(bytes);
    for (int number = 1; number <= raw.size(); number++) {
      byte[] bytesOfLine = raw.get(number - 1);
      boolean terminated = number < raw.size() || lastTerminated;
      if (isBlank(bytesOfLine)) {
        continue;
      }
      String line;
      try {
        line = StrictUtf8.decode(bytesOfLine);
      } catch (CharacterCodingException e) {
        problems.add(new LogProblem(name, number, "the line is not UTF-8 text",
            new String(bytesOfLine, StandardCharsets.UTF_8)));
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

  private static boolean endsWithNewline(byte[] bytes) {
    return bytes.length == 0 || bytes[bytes.length - 1] == '\n';
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** An action on the log files that may fail with an I/O error. */
  private interface LockedAction<T> {
    T run() throws IOException;
  }

  /**
   * Runs an action under the log's lock: exclusive for a writer, which makes the lock file; shared
   * for a reader, and only when the lock file exists, so that a reader leaves no file behind.
   */
  private <T> T withLock(boolean writer, LockedAction<T> action) throws IOException {
    Path lockFile = file.resolveSibling(file.getFileName() + ".lock").toAbsolutePath().normalize();
    ReentrantLock threads = IN_PROCESS.computeIfAbsent(lockFile, p -> new ReentrantLock());
    threads.lock();
    try {
      if (!writer && !Files.isRegularFile(lockFile)) {
        // no writer has ever worked on this log, so none can be half way through a line
        return action.run();
      }
      try (FileChannel channel = writer
              ? channels.open(lockFile, EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE))
              : FileChannel.open(lockFile, StandardOpenOption.READ);
          FileLock lock = channel.lock(0, Long.MAX_VALUE, !writer)) {
        return action.run();
      }
    } finally {
      threads.unlock();
    }
  }
}
