package io.glutewise.cli.command;

import io.glutewise.cli.CliEnvironment;
import io.glutewise.cli.storage.ProgramFile;
import io.glutewise.cli.storage.TrainingLog;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --plan} and {@code --log} options of the commands that read a saved plan and its
 * training log ({@code log}, {@code today}, {@code next}, {@code progress}), with their one default: the files
 * in the data folder that {@code plan --save} and {@code log} write.
 */
final class SavedFiles {
  @Option(
      names = "--plan",
      paramLabel = "FILE",
      description = "The plan; by default the one saved by glutewise plan --save.")
  private Path plan;

  @Option(
      names = "--log",
      paramLabel = "FILE",
      description = "The training log; by default $XDG_DATA_HOME/glutewise/log.jsonl.")
  private Path log;

  /** The plan named with {@code --plan}, else the saved one. */
  ProgramFile program(CliEnvironment environment) {
    return ProgramFile.at(plan != null ? plan : environment.dataDirectory().program());
  }

  /** The log named with {@code --log}, else the one in the data folder. */
  TrainingLog log(CliEnvironment environment) {
    return TrainingLog.at(log != null ? log : environment.dataDirectory().log());
  }
}
