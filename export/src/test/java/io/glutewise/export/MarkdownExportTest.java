package io.glutewise.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownExportTest {
  private final ProgramExport export = ExportFixtures.exporter();

  @Test
  void carriesTheNoticeEverySessionAndATablePerSession() {
    var program = ExportFixtures.program();
    String md = export.markdown(program, List.of());

    assertThat(md).contains("> **When to see a clinician.** " + ExportFixtures.notice());
    program.sessions().forEach(s -> assertThat(md).contains("session " + s.id()));
    assertThat(md.split("\\| Part \\| Exercise \\| Dose \\|", -1)).hasSize(program.sessions().size() + 1);
  }

  @Test
  void escapesMarkupFromNotesAndNames() {
    String md = export.markdown(ExportFixtures.program(), ExportFixtures.logs());

    assertThat(md).contains("slow \\& steady \\<3", "stopped \\<early\\> \\& skipped");
    assertThat(md).doesNotContain("<early>");
  }

  @Test
  void referralCarriesFlagsAndNotice() {
    String md = new String(export.exportReferral(ExportFormat.MARKDOWN, ExportFixtures.referral()), StandardCharsets.UTF_8);

    assertThat(md).startsWith("# See a clinician before you start")
        .contains("`saddle-numbness`", "`bladder-bowel`", ExportFixtures.notice());
  }
}
