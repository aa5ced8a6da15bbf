package io.glutewise.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.ValidationMessage;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The shipped JSON Schemas, loaded from the classpath by their ids, with formats asserted. Shared
 * through the test jar with the web adapter, whose OpenAPI document must judge documents alike.
 */
public final class Schemas {
  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(
          VersionFlag.V202012,
          builder ->
              builder.schemaMappers(
                  mappers ->
                      mappers.mapPrefix(
                          JsonSchemas.BASE_URI,
                          "classpath:" + JsonSchemas.RESOURCE_FOLDER.substring(1))));
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
  private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

  private Schemas() {}

  /** The schema with the given file name, such as {@code program.schema.json}. */
  public static JsonSchema schema(String file) {
    return LOADED.computeIfAbsent(
        file, f -> FACTORY.getSchema(SchemaLocation.of(JsonSchemas.BASE_URI + f), CONFIG));
  }

  /** What the schema finds wrong with a JSON document; empty when it is valid. */
  public static List<String> errors(String file, String json) {
    return errors(file, tree(json));
  }

  /** What the schema finds wrong with a JSON tree; empty when it is valid. */
  public static List<String> errors(String file, JsonNode json) {
    return schema(file).validate(json).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  /** A JSON text as a tree that can be changed. */
  public static JsonNode tree(String json) {
    try {
      return PLAIN.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A tree as JSON text. */
  public static String text(JsonNode json) {
    try {
      return PLAIN.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
