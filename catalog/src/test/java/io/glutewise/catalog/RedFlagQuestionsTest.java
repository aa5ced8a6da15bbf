package io.glutewise.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.catalog.guidance.RedFlagQuestion;
import io.glutewise.core.trainee.RedFlag;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every red flag gets a question, whatever the catalog's guidance holds. */
class RedFlagQuestionsTest {
  @Test
  void theStandardCatalogAsksEveryFlagOnceInItsOwnWords() {
    Catalog catalog = Catalog.standard();
    List<RedFlagQuestion> questions = catalog.redFlagQuestions();
    assertThat(questions).extracting(RedFlagQuestion::flag).containsExactlyInAnyOrder(RedFlag.values());
    assertThat(questions).containsAll(catalog.guidance().orElseThrow().redFlagQuestions());
  }

  @Test
  void aCatalogWithoutGuidanceStillAsksEveryFlagInItsPlainWords() {
    CatalogDocument bare = ImmutableCatalogDocument.builder().from(Catalog.standard().document())
        .guidance(Optional.empty()).build();
    List<RedFlagQuestion> questions = Catalog.of(bare).redFlagQuestions();
    assertThat(questions).extracting(RedFlagQuestion::flag).containsExactly(RedFlag.values());
    assertThat(questions).allSatisfy(q -> assertThat(q.question()).contains(q.flag().plainWords()));
  }
}
