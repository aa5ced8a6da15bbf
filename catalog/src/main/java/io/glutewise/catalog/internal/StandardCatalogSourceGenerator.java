package io.glutewise.catalog.internal;

import io.glutewise.catalog.CatalogDocument;
import io.glutewise.catalog.CatalogLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Build-time step: validates the standard catalog JSON and writes it as Java source, the class
 * {@value #CLASS_NAME}, so that a run loads the catalog without parsing JSON or starting Jackson.
 * The build runs it after compiling the catalog module and compiles its output into the same jar;
 * an invalid catalog fails the build here with the validator's message.
 *
 * <p>{@code java -cp <catalog classes and dependencies> ...StandardCatalogSourceGenerator
 * <catalog.json> <source folder> <classes folder>}
 */
public final class StandardCatalogSourceGenerator {
  /** The fully qualified name of the generated class. */
  public static final String CLASS_NAME = "io.glutewise.catalog.internal.StandardCatalogSource";

  private StandardCatalogSourceGenerator() {}

  /**
   * Writes the source.
   *
   * @param args the catalog JSON file, the folder to write the source into and the folder to
   *     compile it into
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException(
          "usage: StandardCatalogSourceGenerator <catalog.json> <source folder> <classes folder>");
    }
    Path json = Path.of(args[0]);
    CatalogDocument document = CatalogLoader.parse(Files.readString(json), json.getFileName().toString()).document();
    String source = source(document);
    Path file = Path.of(args[1]).resolve(CLASS_NAME.replace('.', '/') + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source, StandardCharsets.UTF_8);
    compile(file, Path.of(args[2]));
  }

  // compiled here rather than by a second compiler execution, whose order in the phase Maven
  // does not promise; the class path is this run's, which holds the catalog's classes
  private static void compile(Path source, Path classes) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException("the build must run on a JDK: no Java compiler is available");
    }
    int status = compiler.run(null, null, null, "--release", "17", "-proc:none", "-nowarn",
        "-encoding", "UTF-8", "-cp", System.getProperty("java.class.path"),
        "-d", classes.toString(), source.toString());
    if (status != 0) {
      throw new IllegalStateException("the generated catalog source did not compile: " + source);
    }
  }

  /** The Java source of the generated class for a document. */
  static String source(CatalogDocument document) {
    JavaSourceWriter writer = new JavaSourceWriter();
    String root = writer.expression(document);
    String simpleName = CLASS_NAME.substring(CLASS_NAME.lastIndexOf('.') + 1);
    StringBuilder out = new StringBuilder();
    out.append("package io.glutewise.catalog.internal;\n\n")
        .append("/** Generated at build time from standard-catalog.json, already validated: do not edit. */\n")
        .append("@SuppressWarnings(\"all\")\n")
        .append("public final class ").append(simpleName).append(" {\n")
        .append("  private ").append(simpleName).append("() {}\n\n")
        .append("  /** The standard catalog document. */\n")
        .append("  public static io.glutewise.catalog.CatalogDocument document() {\n")
        .append("    return ").append(root).append(";\n  }\n\n");
    writer.methods().forEach(method -> out.append(method).append('\n'));
    out.append("  @SuppressWarnings(\"unchecked\")\n")
        .append("  private static <K, V> java.util.Map<K, V> orderedMap(Object... keysAndValues) {\n")
        .append("    java.util.Map<K, V> map = new java.util.LinkedHashMap<>();\n")
        .append("    for (int i = 0; i < keysAndValues.length; i += 2) {\n")
        .append("      map.put((K) keysAndValues[i], (V) keysAndValues[i + 1]);\n")
        .append("    }\n")
        .append("    return map;\n  }\n}\n");
    return out.toString();
  }
}
