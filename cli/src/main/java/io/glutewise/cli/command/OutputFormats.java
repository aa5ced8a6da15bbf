package io.glutewise.cli.command;

import io.glutewise.export.ExportFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The export format of a {@code -o} file, from its extension: {@code plan.pdf} writes a PDF. A
 * {@code --format} that contradicts the extension is refused, since the file would not open as
 * its name says.
 */
final class OutputFormats {
  private static final Pattern DURATION = Pattern.compile("(\\d{1,4})\\s*(m|min|minutes?|h|hours?)");

  private OutputFormats() {}

  /** The format of a file name's extension, if it is one glutewise writes ({@code .htm} too). */
  static Optional<ExportFormat> ofFile(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = name.substring(dot + 1);
    if (extension.equals("htm") || extension.equals("xhtml")) {
      return Optional.of(ExportFormat.HTML);
    }
    if (extension.equals("markdown")) {
      return Optional.of(ExportFormat.MARKDOWN);
    }
    return Arrays.stream(ExportFormat.values()).filter(f -> f.extension().equals(extension)).findFirst();
  }

  /**
   * The format to write: the one asked for, else the output file's, else text.
   *
   * @throws picocli.CommandLine.ParameterException when both are known and differ
   */
  static ExportFormat choose(CommandSpec spec, ExportFormat asked, Path output) {
    Optional<ExportFormat> fromName = output == null ? Optional.empty() : ofFile(output);
    if (asked != null && fromName.isPresent() && fromName.get() != asked) {
      throw OptionChecks.usage(spec, "--format " + asked.id() + " does not match the file " + output
          + ", whose name says " + fromName.get().id() + ": drop --format or rename the file");
    }
    return asked != null ? asked : fromName.orElse(ExportFormat.TEXT);
  }

  /**
   * A duration as typed: {@code 30m}, {@code 90 min}, {@code 2h}.
   *
   * @throws picocli.CommandLine.ParameterException naming the option when it does not read
   */
  static Duration duration(CommandSpec spec, String option, String text) {
    Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw OptionChecks.usage(spec, option + " must be minutes or hours such as 30m or 2h, not '" + text + "'");
    }
    long amount = Long.parseLong(m.group(1));
    Duration duration = m.group(2).startsWith("h") ? Duration.ofHours(amount) : Duration.ofMinutes(amount);
    if (duration.isZero() || duration.compareTo(Duration.ofDays(2)) > 0) {
      throw OptionChecks.usage(spec, option + " must be more than zero and at most two days, not '" + text + "'");
    }
    return duration;
  }
}
