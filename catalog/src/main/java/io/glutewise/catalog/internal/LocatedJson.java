package io.glutewise.catalog.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.glutewise.core.json.GlutewiseJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * JSON read into a tree together with the line and column where each value starts, keyed by JSON
 * path ({@code $.exercises[3].muscles[0].muscle}).
 *
 * <p>Jackson's trees forget where their nodes came from, and binding a tree node by node (so that
 * one bad exercise does not hide the others) needs those places for its messages. One streaming
 * pass builds both. Fields given twice in one object are remembered, since a tree keeps only one.
 */
public final class LocatedJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonNode root;
  private final Map<String, Position> positions;
  private final List<String> repeatedFields;

  private LocatedJson(JsonNode root, Map<String, Position> positions, List<String> repeatedFields) {
    this.root = root;
    this.positions = positions;
    this.repeatedFields = repeatedFields;
  }

  /** Where a value starts: 1-based line and column, or zeros when unknown. */
  public record Position(int line, int column) {
    /** The position of nothing known. */
    public static final Position UNKNOWN = new Position(0, 0);

    static Position of(JsonLocation location) {
      return location == null
          ? UNKNOWN
          : new Position(Math.max(location.getLineNr(), 0), Math.max(location.getColumnNr(), 0));
    }
  }

  /** JSON that is not well formed, with where the parser gave up. */
  public static final class MalformedJsonException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final Position position;

    MalformedJsonException(String path, Position position, String message, Throwable cause) {
      super(message, cause);
      this.path = path;
      this.position = position;
    }

    /** The path of the value being read when the parser gave up. */
    public String path() {
      return path;
    }

    /** Where the parser gave up. */
    public Position position() {
      return position;
    }
  }

  /**
   * Parses JSON text.
   *
   * @throws MalformedJsonException when the text is not one well-formed JSON value
   */
  public static LocatedJson parse(String json) throws MalformedJsonException {
    Objects.requireNonNull(json, "json");
    Map<String, Position> positions = new HashMap<>();
    List<String> repeated = new ArrayList<>();
    TreeReader reader = new TreeReader(positions, repeated);
    try (JsonParser parser = GlutewiseJson.mapper().getFactory().createParser(json)) {
      reader.parser = parser;
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new MalformedJsonException("$", Position.of(parser.currentLocation()), "the file is empty", null);
      }
      JsonNode root = reader.value(first, "$");
      if (parser.nextToken() != null) {
        throw new MalformedJsonException(
            "$", Position.of(parser.currentTokenLocation()),
            "unexpected content after the end of the JSON value", null);
      }
      return new LocatedJson(root, positions, List.copyOf(repeated));
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage() == null ? "unreadable JSON" : e.getOriginalMessage();
      throw new MalformedJsonException(
          reader.currentPath, Position.of(e.getLocation()), firstLine(message), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A tree that has no known positions, such as one made from a value built in code. */
  public static LocatedJson unlocated(JsonNode root) {
    return new LocatedJson(Objects.requireNonNull(root, "root"), Map.of(), List.of());
  }

  /** The root of the tree. */
  public JsonNode root() {
    return root;
  }

  /** The paths of fields given more than once in the same object; the tree holds the last. */
  public List<String> repeatedFields() {
    return repeatedFields;
  }

  /** Where the value at the path starts, or else where its nearest enclosing value starts. */
  public Position positionOf(String path) {
    for (String at = path; at != null; at = JsonPaths.parent(at).orElse(null)) {
      Position found = positions.get(at);
      if (found != null) {
        return found;
      }
    }
    return Position.UNKNOWN;
  }

  /** Whether the text had a value at exactly this path. */
  public boolean has(String path) {
    return positions.containsKey(path);
  }

  /** The position of the value at exactly this path, if the text had one. */
  public Optional<Position> exactPositionOf(String path) {
    return Optional.ofNullable(positions.get(path));
  }

  private static String firstLine(String message) {
    return message.split("\n", 2)[0].replaceAll("\\s+at \\[Source.*$", "");
  }

  /** Builds the tree from tokens, one recursive call per value. */
  private static final class TreeReader {
    private final Map<String, Position> positions;
    private final List<String> repeated;
    private JsonParser parser;
    private String currentPath = "$";

    TreeReader(Map<String, Position> positions, List<String> repeated) {
      this.positions = positions;
      this.repeated = repeated;
    }

    JsonNode value(JsonToken token, String path) throws IOException {
      currentPath = path;
      positions.put(path, Position.of(parser.currentTokenLocation()));
      switch (token) {
        case START_OBJECT:
          return object(path);
        case START_ARRAY:
          return array(path);
        case VALUE_STRING:
          return NODES.textNode(parser.getText());
        case VALUE_NUMBER_INT:
          switch (parser.getNumberType()) {
            case INT:
              return NODES.numberNode(parser.getIntValue());
            case LONG:
              return NODES.numberNode(parser.getLongValue());
            default:
              return NODES.numberNode(parser.getBigIntegerValue());
          }
        case VALUE_NUMBER_FLOAT:
          return NODES.numberNode(parser.getDoubleValue());
        case VALUE_TRUE:
          return NODES.booleanNode(true);
        case VALUE_FALSE:
          return NODES.booleanNode(false);
        case VALUE_NULL:
          return NODES.nullNode();
        default:
          throw new IllegalStateException("unexpected token " + token + " at " + path);
      }
    }

    private ObjectNode object(String path) throws IOException {
      ObjectNode object = NODES.objectNode();
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
        String name = parser.currentName();
        String child = JsonPaths.field(path, name);
        JsonToken valueToken = parser.nextToken();
        if (object.has(name)) {
          repeated.add(child);
        }
        object.set(name, value(valueToken, child));
      }
      currentPath = path;
      return object;
    }

    private ArrayNode array(String path) throws IOException {
      ArrayNode array = NODES.arrayNode();
      int index = 0;
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
        array.add(value(token, JsonPaths.index(path, index++)));
      }
      currentPath = path;
      return array;
    }
  }
}
