package io.glutewise.catalog.importer;

import io.glutewise.core.GlutewiseException;
import io.glutewise.core.json.GlutewiseJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes an {@link ImportedCatalog} as JSON through glutewise's one mapper, and reads it back, so
 * that an import can be saved, reviewed and curated.
 */
public final class ImportedCatalogWriter {
  private ImportedCatalogWriter() {}

  /** The imported catalog as indented JSON; absent (unknown) fields are left out. */
  public static String toJson(ImportedCatalog catalog) {
    return GlutewiseJson.write(Objects.requireNonNull(catalog, "catalog"));
  }

  /**
   * Writes the imported catalog as JSON to a file, replacing it.
   *
   * @throws GlutewiseException when the file cannot be written
   */
  public static void write(ImportedCatalog catalog, Path file) {
    Objects.requireNonNull(file, "file");
    try {
      Files.writeString(file, toJson(catalog));
    } catch (IOException e) {
      throw new GlutewiseException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads back what {@link #toJson} wrote.
   *
   * @throws io.glutewise.core.json.InvalidJsonException naming the path of what cannot be read
   */
  public static ImportedCatalog read(String json, String source) {
    return GlutewiseJson.read(json, ImportedCatalog.class, source);
  }
}
