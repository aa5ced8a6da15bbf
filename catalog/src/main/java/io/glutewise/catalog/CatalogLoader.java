package io.glutewise.catalog;

import io.glutewise.core.GlutewiseException;
import io.glutewise.core.json.GlutewiseJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads catalogs: the standard one shipped as a resource, or a user's file. Every load validates.
 *
 * <p>FIRST CUT: binds and builds; the full validator that lists every problem replaces the body
 * of {@link #parse(String, String)}.
 */
public final class CatalogLoader {
  /** The classpath resource of the standard catalog. */
  public static final String STANDARD_RESOURCE = "/io/glutewise/catalog/standard-catalog.json";

  private CatalogLoader() {}

  private static final class Standard {
    static final Catalog INSTANCE = loadStandard();
  }

  /** The standard catalog, loaded once. */
  public static Catalog standard() {
    return Standard.INSTANCE;
  }

  private static Catalog loadStandard() {
    try (InputStream in = CatalogLoader.class.getResourceAsStream(STANDARD_RESOURCE)) {
      if (in == null) {
        throw new GlutewiseException("the standard catalog " + STANDARD_RESOURCE + " is missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "standard-catalog.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads and validates a catalog file. */
  public static Catalog load(Path file) {
    try {
      return parse(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new GlutewiseException("cannot read catalog " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses and validates catalog JSON; {@code source} names it in messages. */
  public static Catalog parse(String json, String source) {
    CatalogDocument document = GlutewiseJson.read(json, CatalogDocument.class, source);
    return new Catalog(document);
  }
}
