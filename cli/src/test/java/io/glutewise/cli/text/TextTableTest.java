package io.glutewise.cli.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {
  @Test
  void alignsColumnsAndWrapsTheLastOneToTheWidth() {
    List<String> lines = TextTable.withHeaders("ID", "WHAT")
        .row("a", "short")
        .row("longer-id", "a long description that has to wrap onto more than one line at thirty")
        .render(30);
    assertThat(lines.get(0)).isEqualTo("ID         WHAT");
    assertThat(lines.get(1)).isEqualTo("---------  -------------------");
    assertThat(lines.get(2)).isEqualTo("a          short");
    assertThat(lines.get(3)).startsWith("longer-id  a long");
    assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(30));
    assertThat(lines.subList(4, lines.size())).allSatisfy(l -> assertThat(l).startsWith("           "));
    assertThat(String.join(" ", lines).replaceAll("\\s+", " "))
        .contains("a long description that has to wrap onto more than one line at thirty");
  }

  @Test
  void paragraphsWrapAtWordsWithTheirIndents() {
    List<String> lines = Paragraphs.wrap("one two three four five six", 12, "  1. ", "     ");
    assertThat(lines).containsExactly("  1. one two", "     three", "     four", "     five", "     six");
  }
}
