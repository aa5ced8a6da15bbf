package io.glutewise.export.internal;

import static io.glutewise.core.generators.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.glutewise.core.generators.CoreGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TextWrapperProperties {
  // words of any length, spaces, tabs and line breaks, and texts in other scripts
  private static final Gen<String> TEXTS =
      strings().basicLatinAlphabet().ofLengthBetween(0, 300)
          .mix(CoreGenerators.texts())
          .mix(strings().allPossible().ofLengthBetween(0, 120).map(s -> s.replace('\r', ' ')));

  @Test
  void noLineIsWiderThanTheWidth() {
    theory()
        .forAll(TEXTS, integers().between(10, 100), integers().between(0, 8))
        .checkAssert((text, width, indent) -> {
          List<String> lines = TextWrapper.wrap(text, width, " ".repeat(indent), "  ");
          lines.forEach(line -> assertThat(TextWrapper.columns(line)).isLessThanOrEqualTo(width));
        });
  }

  @Test
  void keepsEveryCharacterButWhiteSpaceInOrder() {
    theory()
        .forAll(TEXTS, integers().between(10, 100))
        .checkAssert((text, width) -> {
          String joined = String.join("", TextWrapper.wrap(text, width, "- ", "  "));
          assertThat(joined.replaceAll("[ \t\n\r]", ""))
              .isEqualTo(("- " + text).replaceAll("[ \t\n\r]", ""));
        });
  }

  @Test
  void keepsLineBreaksAsNewLines() {
    theory()
        .forAll(integers().between(1, 6))
        .checkAssert(paragraphs -> {
          String text = String.join("\n", java.util.Collections.nCopies(paragraphs, "short"));
          assertThat(TextWrapper.wrap(text, 80, "", "")).hasSize(paragraphs);
        });
  }
}
