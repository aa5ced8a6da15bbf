package io.glutewise.core;

import static io.glutewise.core.generators.Theories.theory;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The hand-written slug check accepts exactly the language of its defining regular expression, and
 * {@link Slugs#require}, which remembers the strings it has accepted, accepts exactly the same.
 */
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

  @Test
  void requireAcceptsExactlyTheSlugsWhateverItCheckedBefore() {
    // each list is required in turn, so later texts meet the memory of earlier ones (and of equal
    // texts that are other string objects)
    theory().forAll(lists().of(texts()).ofSizeBetween(1, 40)).check(texts -> {
      for (String text : texts) {
        String copy = new String(text);
        if (accepted(text) != DEFINITION.matcher(text).matches() || accepted(copy) != accepted(text)) {
          return false;
        }
      }
      return true;
    });
  }

  private static boolean accepted(String text) {
    try {
      return Slugs.require("field", text).equals(text);
    } catch (InvalidValueException e) {
      return false;
    }
  }
}
