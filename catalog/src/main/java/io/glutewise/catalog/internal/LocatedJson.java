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

/**
 * JSON read into a tree together with the line and column where each value starts, keyed by JSON
 * path ({@code $.exercises[3].muscles[0].muscle}).
 *
 * <p>Jackson's trees forget where their nodes came from, and binding a tree node by node (so that
 * one bad exercise does not hide the others) needs those places for its messages. Positions are
 * only needed when something is wrong, so the text is read once into a tree, and read again for
 * positions on the first question about one. Fields given twice in one object are remembered,
 * since a tree keeps only one. Not thread-safe until the positions have been read.
 */
public final class LocatedJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String text;
  private final JsonNode root;
  private final List<String> repeatedFields;
  private Map<String, Position> positions;

  private LocatedJson(String text, JsonNode root, List<String> repeatedFields, Map<String, Position> positions) {
    this.text = text;
    this.root = root;
    this.repeatedFields = repeatedFields;
    this.positions = positions;
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
    TreeReader reader = new TreeReader(null);
    JsonNode root = reader.read(json);
    return new LocatedJson(json, root, List.copyOf(reader.repeated), null);
  }

  /** A tree that has no known positions, such as one made from a value built in code. */
  public static LocatedJson unlocated(JsonNode root) {
    return new LocatedJson(null, Objects.requireNonNull(root, "root"), List.of(), Map.of());
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
    Map<String, Position> known = positions();
    for (String at = path; at != null; at = JsonPaths.parent(at).orElse(null)) {
      Position found = known.get(at);
      if (found != null) {
        return found;
      }
    }
    return Position.UNKNOWN;
  }

  private Map<String, Position> positions() {
    if (positions == null) {
      Map<String, Position> read = new HashMap<>();
      try {
        new TreeReader(read).read(text);
      } catch (MalformedJsonException e) {
        throw new IllegalStateException("the text was well formed when first read", e);
      }
      positions = read;
    }
    return positions;
  }

  private static String firstLine(String message) {
    return message.split("\n", 2)[0];
  }

  /**
   * Builds the tree from tokens, one recursive call per value, keeping the path as a stack of
   * segments so that path texts are only made when they are needed: for every value when
   * positions are wanted, otherwise only for a repeated field or where the parser gives up.
   */
  private static final class TreeReader {
    private final Map<String, Position> positions;
    private final List<String> repeated = new ArrayList<>();
    private final List<Object> segments = new ArrayList<>();
    private JsonParser parser;

    TreeReader(Map<String, Position> positions) {
      this.positions = positions;
    }

    JsonNode read(String json) throws MalformedJsonException {
      try (JsonParser p = GlutewiseJson.mapper().getFactory().createParser(json)) {
        // this reader names a repeated field itself, beside every other problem of the file,
        // rather than stopping at the first one as the shared mapper does
        p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        parser = p;
        JsonToken first = p.nextToken();
        if (first == null) {
          throw new MalformedJsonException("$", Position.of(p.currentLocation()), "the file is empty", null);
        }
        JsonNode root = value(first);
        if (p.nextToken() != null) {
          throw new MalformedJsonException(
              "$", Position.of(p.currentTokenLocation()), "unexpected content after the end of the JSON value", null);
        }
        return root;
      } catch (JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "unreadable JSON" : e.getOriginalMessage();
        throw new MalformedJsonException(path(), Position.of(e.getLocation()), firstLine(message), e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private String path() {
      StringBuilder path = new StringBuilder("$");
      for (Object segment : segments) {
        if (segment instanceof Integer) {
          path.append('[').append(segment).append(']');
        } else {
          path.append('.').append(segment);
        }
      }
      return path.toString();
    }

    private JsonNode value(JsonToken token) throws IOException {
      if (positions != null) {
        positions.put(path(), Position.of(parser.currentTokenLocation()));
      }
      switch (token) {
        case START_OBJECT:
          return object();
        case START_ARRAY:
          return array();
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
          throw new IllegalStateException("unexpected token " + token + " at " + path());
      }
    }

    private ObjectNode object() throws IOException {
      ObjectNode object = NODES.objectNode();
      int depth = segments.size();
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
        String name = parser.currentName();
        segments.add(name);
        JsonToken valueToken = parser.nextToken();
        if (object.has(name)) {
          repeated.add(path());
        }
        object.set(name, value(valueToken));
        segments.remove(depth);
      }
      return object;
    }

    private ArrayNode array() throws IOException {
      ArrayNode array = NODES.arrayNode();
      int depth = segments.size();
      int index = 0;
      for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
        segments.add(index++);
        array.add(value(token));
        segments.remove(depth);
      }
      return array;
    }
  }
}
