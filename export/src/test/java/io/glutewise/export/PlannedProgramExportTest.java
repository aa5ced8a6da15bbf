package io.glutewise.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Program;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.trainee.RedFlag;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.PlanResult;
import io.glutewise.planner.Planner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Every format for a program the planner builds from the standard catalog: real exercise names,
 * steps and cues, twelve weeks. Structural checks only; the golden files pin the formats on the
 * fixed fixture program instead, so that catalog edits do not churn them.
 */
class PlannedProgramExportTest {
  private static final Planner PLANNER = Planner.standard();
  private static final PlanOptions OPTIONS =
      PlanOptions.builder().startDate(LocalDate.of(2025, 3, 3)).seed(42).build();

  private final ProgramExport export = ProgramExport.of(PLANNER);

  private static Program program() {
    TraineeProfile profile =
        TraineeProfile.builder()
            .level(ExperienceLevel.INTERMEDIATE)
            .equipment(Set.of(Equipment.MAT, Equipment.BAND, Equipment.DUMBBELL))
            .daysPerWeek(3)
            .minutesPerSession(40)
            .build();
    return PLANNER.plan(profile, OPTIONS).program().orElseThrow();
  }

  @Test
  void everyTextFormatCarriesTheNoticeAndEverySession() {
    Program program = program();
    for (ExportFormat format : List.of(ExportFormat.TEXT, ExportFormat.MARKDOWN,
        ExportFormat.JSON, ExportFormat.ICS, ExportFormat.HTML)) {
      String text = new String(export.export(format, program), StandardCharsets.UTF_8);
      assertThat(TextExportTest.flatten(unfold(text)))
          .as(format.id())
          .contains(TextExportTest.flatten(PLANNER.clinicianNotice()));
      if (format == ExportFormat.JSON) {
        // JSON names sessions by week and index; the whole program must read back
        assertThat(GlutewiseJson.read(text, ProgramEnvelope.class, "export").program())
            .isEqualTo(program);
      } else {
        program.sessions().forEach(s -> assertThat(text).as(format.id()).contains(s.id()));
      }
    }
  }

  @Test
  void usesTheCatalogsNamesStepsAndWeeklySets() {
    Program program = program();
    Document page = Xhtml.parse(export.html(program, List.of()));
    String text = page.getDocumentElement().getTextContent();

    for (String id : List.copyOf(program.sessions().get(0).main().stream()
        .map(p -> p.exerciseId()).toList())) {
      var exercise = PLANNER.catalog().get(id);
      assertThat(text).contains(exercise.name());
      exercise.steps().forEach(step -> assertThat(text).contains(step));
    }
    assertThat(page.getElementsByTagNameNS(Xhtml.SVG_NS, "svg").getLength()).isEqualTo(1);
    TextExportTest.assertFitsIn80Columns(export.text(program, List.of()));
  }

  @Test
  void calendarHasOneEventPerSession() throws Exception {
    Program program = program();

    assertThat(IcsExportTest.events(export.ics(program))).hasSameSizeAs(program.sessions());
  }

  @Test
  void pdfLoads() throws IOException {
    try (PDDocument document = Loader.loadPDF(export.pdf(program(), List.of()))) {
      assertThat(document.getNumberOfPages()).isGreaterThan(2);
    }
  }

  @Test
  void aPlanResultWithARedFlagExportsAsAReferral() {
    PlanResult result = PLANNER.plan(
        TraineeProfile.builder().redFlags(Set.of(RedFlag.NIGHT_PAIN)).build(), OPTIONS);

    String json = new String(export.export(ExportFormat.JSON, result, List.of()),
        StandardCharsets.UTF_8);
    ReferralEnvelope envelope = GlutewiseJson.read(json, ReferralEnvelope.class, "referral");
    assertThat(envelope.referral()).isEqualTo(result.referral().orElseThrow());
    assertThat(envelope.notice()).isEqualTo(PLANNER.clinicianNotice());
    assertThatThrownBy(() -> export.export(ExportFormat.ICS, result, List.of()))
        .isInstanceOf(ExportFailedException.class);
  }

  /** Undoes iCalendar line folding and escaping, so that sentences can be found. */
  private static String unfold(String text) {
    return text.replace("\r\n ", "").replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";");
  }
}
