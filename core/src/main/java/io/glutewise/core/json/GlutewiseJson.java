package io.glutewise.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.glutewise.core.GlutewiseException;
import io.glutewise.core.InvalidValueException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The one JSON mapping of glutewise: every module and front end reads and writes through it, so
 * that a value written anywhere reads back anywhere.
 *
 * <p>Dates are ISO strings, absent optionals are left out, unknown properties are errors (a
 * misspelt field must not pass silently), and output is indented and stable. Thread-safe.
 */
public final class GlutewiseJson {
  private static final ObjectMapper MAPPER = newMapper();

  private GlutewiseJson() {}

  /**
   * A new mapper with the glutewise configuration, for callers that need to add their own modules.
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(new GuavaModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .serializationInclusion(JsonInclude.Include.NON_ABSENT)
        .build();
  }

  /** The shared mapper. Do not reconfigure it; use {@link #newMapper()} for a variant. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Writes a value as indented JSON. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new GlutewiseException("could not write " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * Reads a value, turning every failure into an {@link InvalidJsonException} that names the
   * source, the JSON path and the problem.
   *
   * @param json the JSON text
   * @param type the type to read
   * @param source where the JSON came from, for messages: a file name or "request body"
   */
  public static <T> T read(String json, Class<T> type, String source) {
    return read(json, MAPPER.constructType(type), source);
  }

  /** Reads a generic value such as a list; see {@link #read(String, Class, String)}. */
  public static <T> T read(String json, TypeReference<T> type, String source) {
    return read(json, MAPPER.getTypeFactory().constructType(type), source);
  }

  private static <T> T read(String json, JavaType type, String source) {
    Objects.requireNonNull(json, "json");
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw describe(e, source);
    } catch (InvalidValueException e) {
      throw new InvalidJsonException(source, "$", 0, 0, e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Turns a Jackson failure into an {@link InvalidJsonException} with path and position. */
  public static InvalidJsonException describe(JsonProcessingException e, String source) {
    JsonLocation location = e.getLocation();
    int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
    int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
    String path = "$";
    String problem = e.getOriginalMessage();
    if (e instanceof JsonMappingException) {
      JsonMappingException mapping = (JsonMappingException) e;
      path = pathOf(mapping);
      Throwable root = rootCause(e);
      if (root instanceof InvalidValueException) {
        problem = root.getMessage();
      } else if (e instanceof UnrecognizedPropertyException) {
        UnrecognizedPropertyException unknown = (UnrecognizedPropertyException) e;
        problem = "unknown field \"" + unknown.getPropertyName() + "\"";
      } else if (e instanceof ValueInstantiationException && root != null && root != e) {
        problem = root.getMessage();
      } else {
        problem = cleanJacksonMessage(problem);
      }
    } else {
      problem = "malformed JSON: " + cleanJacksonMessage(problem);
    }
    return new InvalidJsonException(source, path, line, column, problem, e);
  }

  private static Throwable rootCause(Throwable e) {
    Throwable current = e;
    while (current.getCause() != null && current.getCause() != current) {
      current = current.getCause();
      if (current instanceof InvalidValueException) {
        return current;
      }
    }
    return current;
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** Drops Jackson's internal class names so that a message never leaks them to a person. */
  private static String cleanJacksonMessage(String message) {
    if (message == null) {
      return "unreadable value";
    }
    String firstLine = message.split("\n", 2)[0];
    return firstLine
        .replaceAll("`[a-zA-Z0-9_.$]+\\.(Immutable)?([A-Z][A-Za-z0-9]*)(\\$Json)?`", "$2")
        .replaceAll("[a-z]+(\\.[a-z0-9]+)+\\.(Immutable)?([A-Z][A-Za-z0-9]*)(\\$[A-Za-z]+)?", "$3");
  }
}
