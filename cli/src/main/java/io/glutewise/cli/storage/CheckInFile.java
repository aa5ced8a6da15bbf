package io.glutewise.cli.storage;

import io.glutewise.core.GlutewiseException;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.json.InvalidJsonException;
import io.glutewise.core.outcome.CheckIn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The outcome check-ins, one JSON line each, beside the training log ({@code checkins.jsonl}). A
 * check-in is added by rewriting the file whole and atomically, so a crash leaves the old file or
 * the new one, never half of one; check-ins are few (one every four weeks), so the rewrite is cheap.
 */
public final class CheckInFile {
  /** The file name in the data folder. */
  public static final String NAME = "checkins.jsonl";

  private final Path file;

  private CheckInFile(Path file) {
    this.file = file;
  }

  /** The check-ins kept in the given file, which need not exist yet. */
  public static CheckInFile at(Path file) {
    return new CheckInFile(Objects.requireNonNull(file, "file"));
  }

  /** The file. */
  public Path file() {
    return file;
  }

  /**
   * Every check-in, oldest first; none when the file does not exist.
   *
   * @throws GlutewiseException naming the line when one cannot be read
   */
  public List<CheckIn> read() throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<CheckIn> checkIns = new ArrayList<>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        checkIns.add(GlutewiseJson.read(line, CheckIn.class, file + ":" + number));
      } catch (InvalidJsonException e) {
        throw new GlutewiseException("the check-ins " + file + " cannot be read at line " + number + ": "
            + e.getMessage(), e);
      }
    }
    return checkIns;
  }

  /** Adds a check-in at the end. */
  public void add(CheckIn checkIn) throws IOException {
    StringBuilder text = new StringBuilder();
    for (CheckIn old : read()) {
      text.append(TrainingLogLines.compact(old)).append('\n');
    }
    text.append(TrainingLogLines.compact(checkIn)).append('\n');
    Files.createDirectories(file.toAbsolutePath().getParent());
    AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Compact one-line JSON, as the training log writes it. */
  private static final class TrainingLogLines {
    private static final com.fasterxml.jackson.databind.ObjectWriter COMPACT = GlutewiseJson.mapper().writer()
        .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    private TrainingLogLines() {}

    static String compact(Object value) {
      try {
        return COMPACT.writeValueAsString(value);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new GlutewiseException("could not write a check-in", e);
      }
    }
  }
}
