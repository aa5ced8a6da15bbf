package io.glutewise.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.json.InvalidJsonException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonExportTest {
  private final ProgramExport export = ExportFixtures.exporter();

  @Test
  void readsBackAsTheSameProgramLogsAndNotice() {
    String json = export.json(ExportFixtures.program(), ExportFixtures.logs());

    ProgramEnvelope envelope = GlutewiseJson.read(json, ProgramEnvelope.class, "export");
    assertThat(envelope.format()).isEqualTo("glutewise-program");
    assertThat(envelope.formatVersion()).isEqualTo(1);
    assertThat(envelope.notice()).isEqualTo(ExportFixtures.notice());
    assertThat(envelope.program()).isEqualTo(ExportFixtures.program());
    assertThat(envelope.logs()).containsExactlyInAnyOrderElementsOf(ExportFixtures.logs());
  }

  @Test
  void writesTheLogsInDateOrder() {
    var logs = new java.util.ArrayList<>(ExportFixtures.logs());
    java.util.Collections.reverse(logs);

    ProgramEnvelope envelope = GlutewiseJson.read(
        export.json(ExportFixtures.program(), logs), ProgramEnvelope.class, "export");

    assertThat(envelope.logs()).isEqualTo(ExportFixtures.logs());
  }

  @Test
  void referralReadsBack() {
    String json = new String(export.exportReferral(ExportFormat.JSON, ExportFixtures.referral()), StandardCharsets.UTF_8);

    ReferralEnvelope envelope = GlutewiseJson.read(json, ReferralEnvelope.class, "referral");
    assertThat(envelope.referral()).isEqualTo(ExportFixtures.referral());
    assertThat(envelope.notice()).isEqualTo(ExportFixtures.notice());
    assertThat(json).doesNotContain("\"program\"");
  }

  @Test
  void anotherFormatNameIsRejected() {
    String json = export.json(ExportFixtures.program(), java.util.List.of())
        .replace("\"glutewise-program\"", "\"something-else\"");

    assertThatThrownBy(() -> GlutewiseJson.read(json, ProgramEnvelope.class, "upload.json"))
        .isInstanceOf(InvalidJsonException.class)
        .hasMessageContaining("upload.json")
        .hasMessageContaining("format must be glutewise-program");
  }
}
