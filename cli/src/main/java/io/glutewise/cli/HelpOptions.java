package io.glutewise.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code -h, --help} and {@code -V, --version} for a command declared in code, in the words of
 * picocli's {@code mixinStandardHelpOptions}, which would read them from annotations (see
 * {@link OptionValue} for why that is avoided on the start-up path).
 */
public final class HelpOptions {
  private HelpOptions() {}

  /**
   * Adds the two options after the command's own, where picocli's mixin puts them.
   *
   * @param spec the command to add them to
   */
  public static void addTo(CommandSpec spec) {
    spec.addOption(OptionValue.flag().option("-h", "--help").usageHelp(true)
        .description("Show this help message and exit.").build());
    spec.addOption(OptionValue.flag().option("-V", "--version").versionHelp(true)
        .description("Print version information and exit.").build());
  }
}
