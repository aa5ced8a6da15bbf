package io.glutewise.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The build compiles the standard catalog's JSON into Java source so that a run skips parsing
 * and validation; this proves the two are the same catalog, value for value.
 */
class CompiledStandardCatalogTest {
  @Test
  void theBuildCompiledTheStandardCatalog() {
    assertThat(CatalogLoader.compiledStandard()).isPresent();
  }

  @Test
  void theCompiledCatalogEqualsTheOneParsedFromItsJson() {
    CatalogDocument parsed = CatalogLoader.parseStandard().document();
    CatalogDocument compiled = CatalogLoader.compiledStandard().orElseThrow();
    assertThat(compiled.exercises()).containsExactlyElementsOf(parsed.exercises());
    assertThat(compiled).isEqualTo(parsed);
  }

  @Test
  void theStandardCatalogIsTheCompiledOne() {
    assertThat(Catalog.standard().document()).isEqualTo(CatalogLoader.compiledStandard().orElseThrow());
  }
}
