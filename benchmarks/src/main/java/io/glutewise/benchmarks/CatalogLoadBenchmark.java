package io.glutewise.benchmarks;

import io.glutewise.catalog.Catalog;
import io.glutewise.catalog.CatalogDocument;
import io.glutewise.catalog.CatalogLoader;
import io.glutewise.core.json.GlutewiseJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of reading the standard catalog: parsing and validating its JSON as {@link
 * Catalog#standard()} does once per process (which JMH cannot time cold), next to plain binding
 * without validation, to show what listing every problem costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CatalogLoadBenchmark {
  private String json;

  /** Reads the shipped catalog's text once. */
  @Setup
  public void readResource() {
    try (InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.STANDARD_RESOURCE)) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parse, validate and build the catalog with its ladder graph: what a load costs. */
  @Benchmark
  public Catalog parseAndValidate() {
    return CatalogLoader.parse(json, "standard-catalog.json");
  }

  /** Bind the document with the shared mapper and no validation: the floor to compare with. */
  @Benchmark
  public CatalogDocument bindOnly() {
    return GlutewiseJson.read(json, CatalogDocument.class, "standard-catalog.json");
  }
}
