package io.glutewise.catalog.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Small readings of tree nodes that the checks share. */
final class JsonShapes {
  private JsonShapes() {}

  /** What kind of JSON value a node is, for messages: "a text", "an array", "null". */
  static String describe(JsonNode node) {
    switch (node.getNodeType()) {
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      case STRING:
        return "a text";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "true or false";
      case NULL:
        return "null";
      default:
        return "an unreadable value";
    }
  }

  /** The text of a field, if the node is an object and the field holds a text. */
  static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
  }

  /** The elements of an array field, or nothing when the field is absent or not an array. */
  static Iterable<JsonNode> elements(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isArray() ? value : java.util.List.of();
  }

  /** The array field's node, if the field holds an array. */
  static Optional<JsonNode> array(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isArray() ? Optional.of(value) : Optional.empty();
  }
}
