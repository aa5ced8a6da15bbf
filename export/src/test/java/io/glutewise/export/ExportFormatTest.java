package io.glutewise.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.glutewise.core.InvalidValueException;
import io.glutewise.core.json.GlutewiseJson;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ExportFormatTest {
  @Test
  void slugIdsAreTheOnesTheFrontEndsUse() {
    assertThat(Arrays.stream(ExportFormat.values()).map(ExportFormat::id))
        .containsExactly("text", "markdown", "json", "ics", "html", "pdf");
    for (ExportFormat format : ExportFormat.values()) {
      assertThat(ExportFormat.fromId(format.id())).isSameAs(format);
      assertThat(GlutewiseJson.write(format)).isEqualTo("\"" + format.id() + "\"");
    }
  }

  @Test
  void unknownIdNamesTheKnownOnes() {
    assertThatThrownBy(() -> ExportFormat.fromId("docx"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("\"docx\"")
        .hasMessageContaining("[html, ics, json, markdown, pdf, text]");
  }

  @Test
  void onlyPdfIsBinaryAndOnlyTheCalendarRefusesReferrals() {
    assertThat(Arrays.stream(ExportFormat.values()).filter(ExportFormat::isBinary))
        .containsExactly(ExportFormat.PDF);
    assertThat(Arrays.stream(ExportFormat.values()).filter(f -> !f.supportsReferral()))
        .containsExactly(ExportFormat.ICS);
    assertThat(ExportFormat.ICS.mediaType()).startsWith("text/calendar");
    assertThat(ExportFormat.MARKDOWN.extension()).isEqualTo("md");
  }
}
