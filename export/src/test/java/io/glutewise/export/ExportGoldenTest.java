package io.glutewise.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins every text format, byte for byte, for the fixed program, logs and referral of {@link
 * ExportFixtures}. PDF is left out: its bytes carry a timestamp (see {@code PdfExportTest}).
 *
 * <p>After an intended change to a format, regenerate the files and review the diff:
 *
 * <pre>
 * ./mvnw -q -pl export -am verify -Dtest=ExportGoldenTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dglutewise.updateGolden=true
 * git diff export/src/test/resources/export/golden
 * </pre>
 */
class ExportGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/export/golden");
  private static final boolean UPDATE = Boolean.getBoolean("glutewise.updateGolden");

  static Stream<Arguments> outputs() {
    ProgramExport export = ExportFixtures.exporter();
    var program = ExportFixtures.program();
    var logs = ExportFixtures.logs();
    var referral = ExportFixtures.referral();
    return Stream.of(
        Arguments.of("program.txt", export.text(program, List.of())),
        Arguments.of("program-with-logs.txt", export.text(program, logs)),
        Arguments.of("program.md", export.markdown(program, List.of())),
        Arguments.of("program-with-logs.md", export.markdown(program, logs)),
        Arguments.of("program-with-logs.json", export.json(program, logs)),
        Arguments.of("program.ics", export.ics(program)),
        Arguments.of("program-timed.ics",
            export.withOptions(ExportOptions.at(LocalTime.of(7, 30), ZoneId.of("Europe/Berlin")))
                .ics(program)),
        Arguments.of("program-with-logs.html", export.html(program, logs)),
        Arguments.of("referral.txt", text(export.exportReferral(ExportFormat.TEXT, referral))),
        Arguments.of("referral.md",
            text(export.exportReferral(ExportFormat.MARKDOWN, referral))),
        Arguments.of("referral.json", text(export.exportReferral(ExportFormat.JSON, referral))),
        Arguments.of("referral.html",
            text(export.exportReferral(ExportFormat.HTML, referral))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void matchesGoldenFile(String file, String actual) throws IOException {
    Path golden = GOLDEN.resolve(file);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden)
        .as("golden file %s; regenerate with -Dglutewise.updateGolden=true", golden)
        .exists();
    assertThat(actual)
        .as("%s differs from its golden file; if the change is intended, regenerate with"
            + " -Dglutewise.updateGolden=true and review the diff", file)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
