package io.glutewise.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Program;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.Planner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the export snippet of README.md compiling, true, and shown as it is here. */
class ReadmeExportExampleTest {
  @Test
  void readmeSnippetRunsAndWritesWhatItSays() {
    Planner planner = Planner.standard();
    Program program = planner.plan(TraineeProfile.builder().daysPerWeek(3).build(),
        PlanOptions.startingOn(LocalDate.of(2025, 1, 6))).program().orElseThrow();

    // readme-export:start
    ProgramExport export = ProgramExport.of(planner);                 // the planner's catalog and notice
    String text = export.text(program, List.of());                    // 80 columns, with the notice
    byte[] calendar = export.export(ExportFormat.ICS, program);       // RFC 5545, one event a session
    byte[] document = export.export(ExportFormat.fromId("markdown"), program);
    // readme-export:end

    assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    assertThat(text).contains(planner.clinicianNotice().substring(0, 20));
    String ics = new String(calendar, StandardCharsets.UTF_8);
    assertThat(ics).startsWith("BEGIN:VCALENDAR");
    assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(program.sessions().size() + 1);
    assertThat(new String(document, StandardCharsets.UTF_8)).startsWith("#");
  }

  @Test
  void theReadmeShowsThisCode() throws IOException {
    String source = Files.readString(
        Path.of("src/test/java/io/glutewise/export/ReadmeExportExampleTest.java"));
    String code = source.substring(source.indexOf("// readme-export:start") + 22, source.indexOf("    // readme-export:end"));
    String readme = Files.readString(Path.of("../README.md"));
    for (String line : code.strip().lines().map(String::strip).toList()) {
      assertThat(readme).as("README.md shows: " + line).contains(line);
    }
  }
}
