package io.glutewise.core.json;

import static io.glutewise.core.generators.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.glutewise.core.generators.ProgramGenerators;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Copying the JSON of repeated prescriptions ({@link RepeatedValues}) never changes what is
 * written. The reference is the JSON tree of the same value, which Jackson builds through a token
 * buffer, where nothing is ever copied.
 */
class RepeatedValuesProperties {
  private static final ObjectMapper MAPPER = GlutewiseJson.mapper();
  private static final ObjectWriter COMPACT = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);

  private static String reference(ObjectWriter writer, Object value) throws Exception {
    JsonNode tree = MAPPER.valueToTree(value);
    return writer.writeValueAsString(tree);
  }

  private static String firstDifference(String actual, String expected) {
    int i = 0;
    while (i < actual.length() && i < expected.length() && actual.charAt(i) == expected.charAt(i)) {
      i++;
    }
    if (i == actual.length() && i == expected.length()) {
      return "";
    }
    int from = Math.max(0, i - 80);
    return "at " + i + ": " + actual.substring(from, Math.min(actual.length(), i + 80)) + "\n  expected: "
        + expected.substring(from, Math.min(expected.length(), i + 80));
  }

  @Test
  void programsWriteTheSameJsonAsTheirTree() {
    theory().forAll(ProgramGenerators.programs()).checkAssert(program -> {
      try {
        String reference = reference(COMPACT, program);
        // as text, then as bytes (which Jackson writes with its own escapes), each using the
        // copies made before
        assertThat(firstDifference(COMPACT.writeValueAsString(program), reference)).isEmpty();
        assertThat(COMPACT.writeValueAsBytes(program)).isEqualTo(COMPACT.writeValueAsBytes(MAPPER.valueToTree(program)));
        assertThat(GlutewiseJson.write(program)).as("indented").isEqualTo(reference(MAPPER.writer(), program));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void aCopyIsUsedOnlyWhereItWritesTheSameBytes() throws Exception {
    Prescription noted = Prescription.of("glute-bridge", io.glutewise.core.dose.Dose.ofRepetitions(2, 10, 15))
        .withNote("feel it in the glutes — not the lower back");
    List<Prescription> twice = new ArrayList<>(List.of(noted, noted));
    String compact = COMPACT.writeValueAsString(twice);
    assertThat(compact).isEqualTo(reference(COMPACT, twice)).contains("glutes — not");
    assertThat(COMPACT.writeValueAsBytes(twice)).isEqualTo(compact.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    // written with another generator feature, the copy made above must not be used
    ObjectWriter escaping = COMPACT.with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII);
    assertThat(escaping.writeValueAsString(twice)).contains("glutes \\u2014 not").doesNotContain("—");
    assertThat(GlutewiseJson.write(twice)).isEqualTo(reference(MAPPER.writer(), twice));
  }
}
