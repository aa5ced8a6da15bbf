package io.glutewise.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.glutewise.core.json.GlutewiseJson;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each thread reuses one buffer for its answers (JsonResponses): every answer is exactly its own
 * document, whatever the thread wrote before it, larger or smaller, compact or indented.
 */
class AnswerBytesTest {
  private static String expected(Object value) throws JsonProcessingException {
    return GlutewiseJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(value);
  }

  private static String written(Object value, boolean pretty) {
    return new String(JsonResponses.bytes(value, pretty), StandardCharsets.UTF_8);
  }

  @Test
  void aSmallAnswerAfterALargeOneIsOnlyItself() throws JsonProcessingException {
    Map<String, Object> small = Map.of("ok", true);
    // larger than the buffer a thread starts with, and than the one it keeps
    List<String> large = Collections.nCopies(40_000, "gluteus-medius");
    for (Object before : List.<Object>of(List.of(), Collections.nCopies(9_000, "x"), large)) {
      assertThat(written(before, true)).isEqualTo(GlutewiseJson.mapper().writer()
          .with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(before));
      assertThat(written(small, false)).isEqualTo(expected(small));
    }
    assertThat(written(large, false)).isEqualTo(expected(large));
    assertThat(written(small, false)).isEqualTo("{\"ok\":true}");
  }
}
