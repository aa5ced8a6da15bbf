package io.glutewise.cli.storage;

import io.glutewise.core.GlutewiseException;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.program.Program;
import io.glutewise.export.ProgramEnvelope;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A saved plan: the {@link Program} as JSON, the file {@code log} and {@code next} work against.
 * It reads a bare program (what {@code plan --save} writes) or the export's envelope (what
 * {@code plan --format json} writes).
 *
 * <p>Written atomically; read back through the one JSON mapping, so a damaged file is reported
 * with its line, column and JSON path. Immutable and thread-safe.
 */
public final class ProgramFile {
  private final Path file;

  private ProgramFile(Path file) {
    this.file = file;
  }

  /** The plan kept in the given file. */
  public static ProgramFile at(Path file) {
    return new ProgramFile(Objects.requireNonNull(file, "file"));
  }

  /** The file. */
  public Path file() {
    return file;
  }

  /** Whether the file exists. */
  public boolean exists() {
    return Files.exists(file);
  }

  /**
   * Writes the program, replacing what was there in one step.
   *
   * @throws IOException when the file cannot be written
   */
  public void save(Program program) throws IOException {
    AtomicFiles.write(file, GlutewiseJson.write(program).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads the program.
   *
   * @throws GlutewiseException naming the file when it is missing or unreadable
   * @throws io.glutewise.core.json.InvalidJsonException when it is not a readable program
   */
  public Program load() {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new GlutewiseException(
          "no saved plan at " + file + "; save one with glutewise plan --save, or name one with --plan FILE");
    } catch (IOException e) {
      throw new GlutewiseException("cannot read the plan " + file + ": " + e.getMessage(), e);
    }
    if (isEnvelope(json)) {
      return GlutewiseJson.read(json, ProgramEnvelope.class, file.toString()).program();
    }
    return GlutewiseJson.read(json, Program.class, file.toString());
  }

  /** Whether the JSON is the export's envelope ({@code plan --format json}) rather than a bare program. */
  private static boolean isEnvelope(String json) {
    try {
      JsonNode tree = GlutewiseJson.mapper().readTree(json);
      return tree != null && tree.isObject() && tree.has("format") && tree.has("program");
    } catch (JsonProcessingException e) {
      return false; // reading it as a program names the problem and where it is
    }
  }
}
