package io.glutewise.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.glutewise.core.json.GlutewiseJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** The test catalogs under {@code src/test/resources/catalogs}, and edited copies of them. */
public final class Fixtures {
  /** The small valid catalog's file name, used as its source in messages. */
  public static final String SMALL = "small-catalog.json";

  private Fixtures() {}

  /** The text of a test resource. */
  public static String text(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The small valid catalog's JSON text. */
  public static String smallJson() {
    return text("/catalogs/" + SMALL);
  }

  /** The small valid catalog, loaded. */
  public static Catalog small() {
    return CatalogLoader.parse(smallJson(), SMALL);
  }

  /** The small catalog's tree, to edit. */
  public static ObjectNode smallTree() {
    try {
      return (ObjectNode) GlutewiseJson.mapper().readTree(smallJson());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The small catalog's JSON after an edit, written with the glutewise mapper (indented). */
  public static String smallEdited(Consumer<ObjectNode> edit) {
    ObjectNode tree = smallTree();
    edit.accept(tree);
    return GlutewiseJson.write(tree);
  }
}
