package io.glutewise.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextWrapperTest {
  @Test
  void keepsUnicodeWhiteSpaceThatEndsALineBecauseItIsPartOfTheText() {
    // found by TextWrapperProperties: U+2003 and U+001F at a line end were dropped as "trailing space"
    assertThat(TextWrapper.wrap("abc\u2003 defgh\u001F ijk", 10, "- ", "  "))
        .containsExactly("- abc\u2003", "  defgh\u001F", "  ijk");
  }

  @Test
  void dropsTheSpacesItLeavesAtTheEndOfALine() {
    assertThat(TextWrapper.wrap("one two   three", 9, "", "")).containsExactly("one two", "three");
  }
}
