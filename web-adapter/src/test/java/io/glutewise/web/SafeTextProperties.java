package io.glutewise.web;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.glutewise.core.generators.Theories;
import io.glutewise.web.problem.SafeText;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Whatever a failure's message holds, what reaches a client names no class, no package, no
 * exception and no stack frame, and is one line.
 */
class SafeTextProperties {
  private static final List<String> PIECES = List.of(
      "daysPerWeek must be between 1 and 6, was 9", "io.glutewise.core.trainee.ImmutableTraineeProfile",
      "java.lang.IllegalStateException", "com.fasterxml.jackson.databind.JsonMappingException",
      "\n\tat io.glutewise.web.Thing.run(Thing.java:12)", " at [Source: REDACTED; line: 1, column: 2]",
      "(java.time.format.DateTimeParseException)", "Caused by: ", "`io.glutewise.planner.PlanResult`",
      "org.eclipse.jetty.server.Request", "NullPointerException", "kotlin.KotlinNothingValueException",
      "unknown field \"foo\"", " ", ": ", "\n", "value", "$.profile.redFlags[0]", "Immutable", "Error");
  private static final Pattern QUALIFIED = Pattern.compile("\\b[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*\\.[A-Za-z]");

  @Test
  void safeTextNeverRevealsInternals() {
    Gen<String> messages = lists().of(integers().between(0, PIECES.size() - 1).map(PIECES::get))
        .ofSizeBetween(0, 8).map(parts -> String.join("", parts))
        .mix(strings().allPossible().ofLengthBetween(0, 40), 20);
    Theories.theory().withShrinkCycles(200).forAll(messages).check(message -> {
      String safe = SafeText.of(message, "fallback");
      return !safe.isBlank()
          && !safe.contains("\n")
          && !safe.contains("Exception")
          && !safe.contains("io.glutewise")
          && !safe.contains("com.fasterxml")
          && !safe.contains("\tat ")
          && !QUALIFIED.matcher(safe).find();
    });
  }

  @Test
  void plainMessagesPassUnchanged() {
    Gen<String> plain = lists().of(integers().between(0, 3).map(i -> List.of(
        "daysPerWeek must be between 1 and 6, was 9", "unknown field \"foo\"",
        "startDate is required", "weeks must be between 4 and 26, was 2").get(i)))
        .ofSizeBetween(1, 3).map(parts -> String.join("; ", parts));
    Theories.theory().forAll(plain).check(message -> SafeText.of(message, "fallback").equals(message));
  }
}
