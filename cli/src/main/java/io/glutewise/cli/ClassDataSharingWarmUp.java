package io.glutewise.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The class-data-sharing warm-up: one run through the common commands, for the launcher to record
 * the classes they load in an archive that later runs map instead of loading them again
 * ({@code -XX:ArchiveClassesAtExit} on JDK 17 to 24, {@code -XX:AOTCacheOutput} on JDK 25 and
 * later).
 *
 * <p>It works in a temporary data folder that it deletes afterwards, so it never touches the
 * user's log or plan, and prints nothing.
 */
public final class ClassDataSharingWarmUp {
  private static final String[][] RUNS = {
    {"--help"},
    {"--version"},
    {"plan", "--start", "2025-01-06", "--save"},
    {"plan", "--start", "2025-01-06", "--format", "markdown"},
    {"plan", "--start", "2025-01-06", "--format", "json"},
    {"plan", "--start", "2025-01-06", "--format", "ics"},
    {"plan", "--start", "2025-01-06", "--format", "html"},
    {"plan", "--days", "9"},
    {"screen", "--no-red-flags", "--sign", "glutes-not-felt"},
    {"exercises"},
    {"exercise", "glute-bridge"},
    {"today"},
    {"log", "--missed"},
    {"next"},
    {"progress"},
    {"plan", "--help"},
  };

  private ClassDataSharingWarmUp() {}

  /**
   * Runs the commands once.
   *
   * @param args ignored
   * @throws IOException when the temporary folder cannot be made or removed
   */
  public static void main(String[] args) throws IOException {
    Path data = Files.createTempDirectory("glutewise-training");
    try {
      CliEnvironment environment = CliEnvironment.of(
          Map.of("XDG_DATA_HOME", data.toString())::get,
          data,
          Clock.fixed(LocalDate.of(2025, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
      PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
      for (String[] run : RUNS) {
        CommandLine commandLine = Launch.commandLine(environment, run);
        commandLine.setOut(nowhere);
        commandLine.setErr(nowhere);
        commandLine.execute(run);
      }
    } finally {
      try (Stream<Path> files = Files.walk(data)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
