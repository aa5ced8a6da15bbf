package io.glutewise.core;

import static io.glutewise.core.generators.Theories.theory;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The hand-written slug check accepts exactly the language of its defining regular expression. */
class SlugsProperties {
  private static final Pattern DEFINITION = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** Strings over the characters that matter (and some that must not be there), up to 12 long. */
  private static Gen<String> texts() {
    List<Character> alphabet = List.of('a', 'z', 'q', '0', '9', '-', '-', '_', 'A', ' ', '\u00e9');
    return lists().of(Generate.pick(alphabet)).ofSizeBetween(0, 12)
        .map(chars -> chars.stream().map(String::valueOf).reduce("", String::concat));
  }

  @Test
  void theCheckAgreesWithTheDefinition() {
    theory().forAll(texts()).check(text -> Slugs.isSlug(text) == DEFINITION.matcher(text).matches());
  }
}
