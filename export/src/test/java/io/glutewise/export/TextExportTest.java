package io.glutewise.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.dose.Dose;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextExportTest {
  private final ProgramExport export = ExportFixtures.exporter();
  private final Program program = ExportFixtures.program();

  @Test
  void noLineIsWiderThan80Columns() {
    assertFitsIn80Columns(export.text(program, ExportFixtures.logs()));
  }

  @Test
  void longWordsAndLinesFromPeopleStillFit() {
    String longWord = "x".repeat(200);
    Session first = program.sessions().get(0);
    Session noted =
        Session.builder()
            .from(first)
            .main(List.of(Prescription.of("glute-bridge", Dose.ofRepetitions(3, 8, 12))
                .withNote(longWord + " and\ta\nnote over\r\nthree lines " + "word ".repeat(40))))
            .build();
    Program withNote = replaceFirstSession(noted);
    SessionLog log = SessionLog.builder().from(SessionLog.missed(first.id(), first.date()))
        .notes(longWord).build();

    String text = export.text(withNote, List.of(log));

    assertFitsIn80Columns(text);
    assertThat(text.replaceAll("\\s+", "")).contains(longWord);
  }

  @Test
  void carriesTheNoticeAndEverySession() {
    String text = export.text(program, List.of());

    assertThat(flatten(text)).contains(ExportFixtures.notice());
    program.sessions().forEach(s -> assertThat(text).contains(s.id()));
  }

  @Test
  void referralCarriesMessageFlagsAndNotice() {
    String text = new String(export.exportReferral(ExportFormat.TEXT, ExportFixtures.referral()), StandardCharsets.UTF_8);

    assertFitsIn80Columns(text);
    assertThat(flatten(text)).contains(ExportFixtures.referralMessage(), ExportFixtures.notice(),
        "saddle-numbness", "bladder-bowel");
    assertThat(text).doesNotContain("Week 1");
  }

  static void assertFitsIn80Columns(String text) {
    for (String line : text.split("\n", -1)) {
      assertThat(line.codePointCount(0, line.length())).as("columns of: %s", line)
          .isLessThanOrEqualTo(80);
    }
  }

  /** The text with every run of white space made one space, to find wrapped sentences. */
  static String flatten(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private Program replaceFirstSession(Session session) {
    var phases = new java.util.ArrayList<>(program.phases());
    var phase = phases.get(0);
    var weeks = new java.util.ArrayList<>(phase.weeks());
    var week = weeks.get(0);
    var sessions = new java.util.ArrayList<>(week.sessions());
    sessions.set(0, session);
    weeks.set(0, io.glutewise.core.program.Week.builder().from(week).sessions(sessions).build());
    phases.set(0, io.glutewise.core.program.Phase.builder().from(phase).weeks(weeks).build());
    return Program.builder().from(program).phases(phases).build();
  }
}
