package io.glutewise.core;

import static io.glutewise.core.generators.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.generators.VocabularyEnum;
import io.glutewise.core.json.GlutewiseJson;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every enum of the vocabulary is known by a stable slug id: the id reads back to the same
 * constant, and JSON carries exactly that id.
 */
class EnumIdProperties {

  static List<VocabularyEnum<?>> vocabulary() {
    return VocabularyEnum.all();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabulary")
  void idReadsBackToTheSameConstant(VocabularyEnum<?> vocabulary) {
    readsBack(vocabulary);
  }

  private static <E extends Enum<E>> void readsBack(VocabularyEnum<E> vocabulary) {
    theory()
        .forAll(vocabulary.values())
        .check(constant -> vocabulary.fromId(vocabulary.id(constant)) == constant);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabulary")
  void jsonCarriesTheIdAndReadsBack(VocabularyEnum<?> vocabulary) {
    jsonRoundTrip(vocabulary);
  }

  private static <E extends Enum<E>> void jsonRoundTrip(VocabularyEnum<E> vocabulary) {
    theory()
        .forAll(vocabulary.values())
        .checkAssert(
            constant -> {
              String json = GlutewiseJson.write(constant);
              assertThat(json).isEqualTo("\"" + vocabulary.id(constant) + "\"");
              assertThat(GlutewiseJson.read(json, vocabulary.type(), "enum")).isSameAs(constant);
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vocabulary")
  void idsAreDistinctSlugs(VocabularyEnum<?> vocabulary) {
    List<String> ids = vocabulary.ids();
    assertThat(ids).allMatch(Slugs::isSlug).doesNotHaveDuplicates();
  }
}
