package io.glutewise.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The server's OpenAPI document, read from the server itself, and checks of real exchanges
 * against it: is the status documented for that operation, and does the body match the schema of
 * that response's media type.
 */
final class OpenApiDocument {
  private static final String BASE = "https://glutewise.io/openapi.json";

  private final JsonNode document;
  private final JsonSchemaFactory factory;
  private final SchemaValidatorsConfig config;
  // loading a schema reads the whole document again; properties validate thousands of bodies
  private final Map<String, JsonSchema> schemas = new java.util.concurrent.ConcurrentHashMap<>();

  OpenApiDocument(String text) {
    this.document = Requests.json(text);
    this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
        builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(BASE, text))));
    this.config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
  }

  /** The document as served. */
  JsonNode json() {
    return document;
  }

  /** Every documented operation as {@code METHOD /path}. */
  Set<String> operations() {
    Set<String> operations = new TreeSet<>();
    document.get("paths").fields().forEachRemaining(path ->
        path.getValue().fieldNames().forEachRemaining(method ->
            operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey())));
    return operations;
  }

  /** The documented path template a concrete path matches, such as {@code /api/exercises/{id}}. */
  Optional<String> template(String path) {
    for (Iterator<String> it = document.get("paths").fieldNames(); it.hasNext(); ) {
      String template = it.next();
      String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
      if (path.matches(regex)) {
        return Optional.of(template);
      }
    }
    return Optional.empty();
  }

  /** Problems with a real exchange: an undocumented status, media type, or a body off its schema. */
  List<String> check(HttpResponse<String> response) {
    String method = response.request().method().toLowerCase(Locale.ROOT);
    String path = response.request().uri().getRawPath();
    int status = response.statusCode();
    String mediaType = response.headers().firstValue("Content-Type").orElse("")
        .split(";")[0].strip().toLowerCase(Locale.ROOT);
    Optional<String> template = template(path);
    String pointer;
    if (template.isPresent() && document.get("paths").get(template.get()).has(method)) {
      String operation = "/paths/" + escape(template.get()) + "/" + method;
      JsonNode responses = document.at(operation + "/responses");
      if (!responses.has(String.valueOf(status))) {
        return List.of(method + " " + path + " answered " + status + ", which is not documented");
      }
      String responsePointer = operation + "/responses/" + status;
      JsonNode responseObject = document.at(responsePointer);
      if (responseObject.has("$ref")) {
        responsePointer = responseObject.get("$ref").asText().substring(1);
        responseObject = document.at(responsePointer);
      }
      if (!responseObject.path("content").has(mediaType)) {
        return List.of(method + " " + path + " " + status + " came as " + mediaType + ", documented as "
            + responseObject.path("content").fieldNames().next());
      }
      pointer = responsePointer + "/content/" + escape(mediaType) + "/schema";
    } else if (status == 404 || status == 405 || status == 400) {
      // no operation here: an unknown route, another method, or a request Jetty could not read
      if (!mediaType.equals("application/problem+json")) {
        return List.of(method + " " + path + " " + status + " is not a problem document");
      }
      pointer = "/components/schemas/Problem";
    } else {
      return List.of(method + " " + path + " answered " + status + " but the path is not documented");
    }
    return validate(pointer, response.body());
  }

  /** Problems with a JSON text against the schema at a pointer in the document. */
  List<String> validate(String pointer, String body) {
    JsonNode schemaNode = document.at(pointer);
    if (schemaNode.path("type").asText().equals("string") && !schemaNode.has("enum")) {
      return body.isEmpty() ? List.of(pointer + ": empty body") : List.of();
    }
    JsonSchema schema = schemas.computeIfAbsent(pointer,
        p -> factory.getSchema(SchemaLocation.of(BASE + "#" + p), config));
    Set<ValidationMessage> messages = schema.validate(Requests.json(body));
    List<String> problems = new ArrayList<>();
    messages.forEach(message -> problems.add(pointer + ": " + message.getMessage()));
    return problems;
  }

  /** The schema pointer of an operation's request body. */
  String requestSchema(String method, String template) {
    return "/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT)
        + "/requestBody/content/application~1json/schema";
  }

  /** The enum values of a component schema. */
  List<String> enumOf(String schema) {
    JsonNode values = document.at("/components/schemas/" + schema + "/enum");
    List<String> list = new ArrayList<>();
    values.forEach(value -> list.add(value.asText()));
    return list;
  }

  /** The component schema names. */
  Set<String> schemaNames() {
    Set<String> names = new TreeSet<>();
    document.get("components").get("schemas").fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  static String describe(List<String> problems) {
    return problems.stream().collect(Collectors.joining("\n"));
  }
}
