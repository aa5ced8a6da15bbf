package io.glutewise.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.json.GlutewiseJson;
import org.junit.jupiter.api.Test;

/** How the standard catalog is loaded; its content has its own tests in the content package. */
class StandardCatalogTest {
  @Test
  void isLoadedOnceAndSharedByEveryCaller() {
    Catalog first = Catalog.standard();
    assertThat(Catalog.standard()).isSameAs(first).isSameAs(CatalogLoader.standard());
  }

  @Test
  void passesTheSameValidationAsAnyOtherFile() {
    String json = Fixtures.text(CatalogLoader.STANDARD_RESOURCE);
    Catalog parsed = CatalogLoader.parse(json, "standard-catalog.json");
    assertThat(parsed.document()).isEqualTo(Catalog.standard().document());
    assertThat(Catalog.of(parsed.document()).document()).isEqualTo(parsed.document());
  }

  @Test
  void writesBackToJsonThatLoadsToTheSameCatalog() {
    String written = GlutewiseJson.write(Catalog.standard().document());
    assertThat(CatalogLoader.parse(written, "written").document()).isEqualTo(Catalog.standard().document());
  }
}
