package io.glutewise.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.trainee.TraineeProfile;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents built to break the reader: parser switches, reader limits, far-off dates, huge and
 * multi-line values. Each is refused in words, with no parser name and no value echoed whole.
 */
class HostileJsonTest {
  private static final String DEEP = "[".repeat(3000) + "]".repeat(3000);
  private static final String HUGE = "x".repeat(200_000);

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("{/* note */ \"daysPerWeek\": 3}", TraineeProfile.class, "comments are not allowed"),
        Arguments.of("{\"daysPerWeek\": NaN}", TraineeProfile.class, "NaN"),
        Arguments.of("{\"daysPerWeek\": 0003}", TraineeProfile.class, "zero"),
        Arguments.of("{'daysPerWeek': 3}", TraineeProfile.class, "malformed JSON"),
        Arguments.of(DEEP, TraineeProfile.class, ""),
        Arguments.of("{\"daysPerWeek\": " + "9".repeat(2000) + "}", TraineeProfile.class, "digits"),
        Arguments.of("{\"startDate\": \"+999999999-12-31\"}", PlanOptions.class, "1900-01-01 to 2200-12-31"),
        Arguments.of("{\"startDate\": \"0001-01-01\"}", PlanOptions.class, "1900-01-01 to 2200-12-31"),
        Arguments.of("{\"startDate\": \"2025-02-30\"}", PlanOptions.class, "a date"),
        Arguments.of("{\"sessionId\": \"w01-s1\", \"date\": \"9999-12-31\", \"status\": \"missed\"}",
            SessionLog.class, "2200-12-31"),
        Arguments.of("{\"level\": \"" + HUGE + "\"}", TraineeProfile.class, "characters"),
        Arguments.of("{\"" + HUGE + "\": 1}", TraineeProfile.class, "characters"),
        Arguments.of("{\"line\\nbreak\": 1}", TraineeProfile.class, "\\n"),
        Arguments.of("{\"daysPerWeek\": 3, \"daysPerWeek\": 4}", TraineeProfile.class, "given twice"));
  }

  @ParameterizedTest(name = "hostile document {index}")
  @MethodSource("hostile")
  void isRefusedInWordsWithoutInternals(String json, Class<?> type, String expected) {
    InvalidJsonException failure =
        catchThrowableOfType(InvalidJsonException.class, () -> GlutewiseJson.read(json, type, "test.json"));
    assertThat(failure).as(json.length() > 200 ? json.substring(0, 200) : json).isNotNull();
    assertThat(failure.problem())
        .contains(expected)
        .doesNotContain("Feature", "Constraints", "REDACTED", "Exception", "`", "java.", "com.fasterxml", "\n")
        .hasSizeLessThan(400);
  }
}
