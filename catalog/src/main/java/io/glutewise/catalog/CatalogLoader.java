package io.glutewise.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.glutewise.catalog.internal.CatalogValidator;
import io.glutewise.catalog.internal.LocatedJson;
import io.glutewise.catalog.internal.StandardCatalogSourceGenerator;
import io.glutewise.core.GlutewiseException;
import io.glutewise.core.json.GlutewiseJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads catalogs: the standard one shipped as a resource, or a user's file. Every load validates
 * the whole catalog and, when anything is wrong, throws one {@link CatalogValidationException}
 * listing every problem found, each with its JSON path and, where known, its exercise, line and
 * column.
 *
 * <p>What is checked: well-formed JSON; each exercise on its own (names from glutewise's vocabulary
 * for muscles, roles, equipment, patterns, laterality, lower-back load, dose kind and limitations;
 * EMG figures from 0 to 300 %MVIC with low not above high and a source; at least one primary muscle;
 * a default dose that fits the dose kind and laterality; every rule of the value types); unique
 * exercise ids; ladder steps naming known exercises, given once, with criteria in the easier
 * exercise's unit (repetitions or seconds) and no cycles; templates naming known exercises with
 * doses in their unit; guidance, when present, with a question for every red flag and an item for
 * every weak-glute sign. Thread-safe.
 */
public final class CatalogLoader {
  /** The classpath resource of the standard catalog. */
  public static final String STANDARD_RESOURCE = "/io/glutewise/catalog/standard-catalog.json";

  private CatalogLoader() {}

  // loaded on first use, once; a failure is thrown as itself to every caller rather than
  // hidden in an ExceptionInInitializerError, as a lazy holder class would
  private static final Supplier<Catalog> STANDARD = Suppliers.memoize(CatalogLoader::loadStandard);

  /**
   * The standard catalog, loaded and validated once, on first use; later calls return the same
   * instance at once.
   *
   * @throws CatalogValidationException if the shipped resource is not valid (a build defect)
   */
  public static Catalog standard() {
    return STANDARD.get();
  }

  private static Catalog loadStandard() {
    return compiledStandard().map(Catalog::new).orElseGet(CatalogLoader::parseStandard);
  }

  /**
   * The standard catalog as the build compiled it from its JSON (validated then), when the class
   * is present: loading it needs neither the JSON parser nor the validator, which would otherwise
   * be most of a command's start-up.
   */
  static Optional<CatalogDocument> compiledStandard() {
    try {
      Class<?> compiled = Class.forName(StandardCatalogSourceGenerator.CLASS_NAME);
      return Optional.of((CatalogDocument) compiled.getMethod("document").invoke(null));
    } catch (ClassNotFoundException e) {
      return Optional.empty(); // a build without the generation step, such as an IDE's
    } catch (ReflectiveOperationException e) {
      throw new GlutewiseException("the compiled standard catalog cannot be read", e);
    }
  }

  /** The standard catalog parsed and validated from its JSON resource. */
  static Catalog parseStandard() {
    try (InputStream in = CatalogLoader.class.getResourceAsStream(STANDARD_RESOURCE)) {
      if (in == null) {
        throw new GlutewiseException("the standard catalog " + STANDARD_RESOURCE + " is missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "standard-catalog.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Loads and validates a catalog file; messages name the file as given.
   *
   * @throws CatalogValidationException listing every problem of the file
   * @throws GlutewiseException when the file cannot be read
   */
  public static Catalog load(Path file) {
    try {
      return parse(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new GlutewiseException("cannot read catalog " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses and validates catalog JSON.
   *
   * @param json the catalog's JSON text
   * @param source names the catalog in messages, such as its file name
   * @throws CatalogValidationException listing every problem of the text
   */
  public static Catalog parse(String json, String source) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    LocatedJson tree;
    try {
      tree = LocatedJson.parse(json);
    } catch (LocatedJson.MalformedJsonException e) {
      throw CatalogValidator.malformed(e, source);
    }
    return new Catalog(CatalogValidator.validate(tree, source));
  }

  /**
   * Validates a catalog document built in code, by the same rules as a file; problems have paths
   * but no lines.
   *
   * @param document the document
   * @param source names the catalog in messages
   * @throws CatalogValidationException listing every problem of the document
   */
  public static Catalog of(CatalogDocument document, String source) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(source, "source");
    JsonNode tree = GlutewiseJson.mapper().valueToTree(document);
    return new Catalog(CatalogValidator.validate(LocatedJson.unlocated(tree), source));
  }
}
