package io.glutewise.cli.storage;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The folder where glutewise keeps the training log and the saved plan:
 * {@code $XDG_DATA_HOME/glutewise}, or {@code ~/.local/share/glutewise} when that variable is unset,
 * blank or not an absolute path (as the XDG base directory specification asks).
 *
 * <p>Immutable and thread-safe.
 */
public final class DataDirectory {
  /** The name of the training log inside the folder. */
  public static final String LOG_FILE = "log.jsonl";

  /** The name of the saved plan inside the folder. */
  public static final String PROGRAM_FILE = "program.json";

  private final Path folder;

  private DataDirectory(Path folder) {
    this.folder = folder;
  }

  /**
   * Resolves the folder from the environment.
   *
   * @param variable looks up an environment variable; never null
   * @param home the user's home folder; never null
   * @return the data folder, which may not exist yet
   */
  public static DataDirectory resolve(Function<String, Optional<String>> variable, Path home) {
    Objects.requireNonNull(home, "home");
    Path base =
        variable.apply("XDG_DATA_HOME")
            .filter(v -> !v.isBlank())
            .map(Path::of)
            .filter(Path::isAbsolute)
            .orElse(home.resolve(".local").resolve("share"));
    return new DataDirectory(base.resolve("glutewise"));
  }

  /** The folder itself, which may not exist yet. */
  public Path folder() {
    return folder;
  }

  /** The default training log, {@code log.jsonl}. */
  public Path log() {
    return folder.resolve(LOG_FILE);
  }

  /** The default saved plan, {@code program.json}. */
  public Path program() {
    return folder.resolve(PROGRAM_FILE);
  }
}
