package io.glutewise.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.glutewise.core.GlutewiseException;
import io.glutewise.core.InvalidValueException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one JSON mapping of glutewise: every module and front end reads and writes through it, so
 * that a value written anywhere reads back anywhere.
 *
 * <p>Dates are ISO strings from 1900 to 2200 ({@link CalendarWindow}), absent optionals are left
 * out, unknown properties and keys given twice are errors (a misspelt or repeated field must not
 * pass silently), and output is indented and stable. Every failure to read is worded here, once,
 * for the command line and the server alike: no parser or Java name reaches a person, and an
 * echoed value is cut to a safe length ({@link Echo}). Thread-safe.
 */
public final class GlutewiseJson {
  private static final ObjectMapper MAPPER = newMapper();

  // a property path relative to a value, as InvalidValueException.field() gives it
  private static final Pattern PROPERTY_PATH =
      Pattern.compile("[A-Za-z][A-Za-z0-9]*(\\[\\d+])*(\\.[A-Za-z][A-Za-z0-9]*(\\[\\d+])*)*");
  // how Immutables reports required attributes that were never set
  private static final Pattern MISSING =
      Pattern.compile("some of required attributes are not set \\[(.*)]");
  // how Jackson quotes the offending scalar in its coercion messages
  private static final Pattern QUOTED_VALUE =
      Pattern.compile(
          "(?:String|Floating-point|Integer|Number|Boolean) value "
              + "\\((?:(['\"])(.*?)\\1|([-+0-9.eE]+|true|false))\\)");

  private GlutewiseJson() {}

  /**
   * A new mapper with the glutewise configuration, for callers that need to add their own modules.
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(new GuavaModule())
        .addModule(new SimpleModule("glutewise-dates")
            .addDeserializer(LocalDate.class, new WindowedDateDeserializer()))
        .addModule(RepeatedValues.module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        // a key given twice is a slip (which value was meant?), not something to pick for the sender
        .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
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
    T value;
    try {
      value = MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw describe(e, source);
    } catch (InvalidValueException e) {
      throw new InvalidJsonException(source, "$", 0, 0, e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (value == null) {
      // a bare null would reach callers that rightly expect a value
      throw new InvalidJsonException(source, "$", 1, 1, "expected a value, found null", null);
    }
    return value;
  }

  /** Turns a Jackson failure into an {@link InvalidJsonException} with path and position. */
  public static InvalidJsonException describe(JsonProcessingException e, String source) {
    Throwable root = rootCause(e);
    // malformed input deep inside a document still arrives wrapped in a mapping exception
    JsonProcessingException located =
        root instanceof JsonParseException ? (JsonProcessingException) root : e;
    JsonLocation location = located.getLocation();
    int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
    int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
    String path = e instanceof JsonMappingException ? pathOf((JsonMappingException) e) : "$";
    String problem;
    if (root instanceof StreamConstraintsException) {
      problem = "malformed JSON: " + constraintInWords(((StreamConstraintsException) root).getOriginalMessage());
    } else if (root instanceof JsonParseException) {
      String message = ((JsonParseException) root).getOriginalMessage();
      Matcher duplicate = DUPLICATE.matcher(message == null ? "" : message);
      problem = duplicate.find()
          ? "the field \"" + Echo.of(duplicate.group(1)) + "\" is given twice; give it once"
          : "malformed JSON: " + cleanJacksonMessage(message);
    } else if (root instanceof InvalidValueException) {
      InvalidValueException invalid = (InvalidValueException) root;
      problem = invalid.getMessage();
      if (!(e instanceof ValueInstantiationException && isEnum((ValueInstantiationException) e))) {
        // the check names a property of the value being built; an enum's path is already exact
        path = joinPath(path, invalid.field());
      }
    } else if (e instanceof UnrecognizedPropertyException) {
      problem = "unknown field \"" + Echo.of(((UnrecognizedPropertyException) e).getPropertyName()) + "\"";
    } else if (e instanceof ValueInstantiationException && root != e) {
      problem = instantiationProblem(root);
    } else if (e instanceof MismatchedInputException) {
      problem = mismatch((MismatchedInputException) e);
    } else {
      problem = cleanJacksonMessage(e.getOriginalMessage());
    }
    return new InvalidJsonException(source, path, line, column, inWords(problem), e);
  }

  // how Jackson words a key given twice: Duplicate Object property "x" (older: Duplicate field 'x')
  private static final Pattern DUPLICATE =
      Pattern.compile("^Duplicate (?:Object property|field) [\"']([^\"']*)[\"']");

  // how Jackson words a limit of its stream reader: "String value length (N) exceeds the maximum
  // allowed (M, from `StreamReadConstraints...`)"
  private static final Pattern CONSTRAINT =
      Pattern.compile("^\\s*([A-Za-z ]+?) \\((\\d+)\\) exceeds the maximum (?:allowed )?\\((\\d+)");

  /** A limit of the reader in words: what was too long and what the limit is. */
  static String constraintInWords(String message) {
    Matcher limit = CONSTRAINT.matcher(message == null ? "" : message);
    if (!limit.find()) {
      return "the document is larger or deeper than glutewise reads";
    }
    String what = limit.group(1).toLowerCase(java.util.Locale.ROOT);
    String most = limit.group(3);
    if (what.startsWith("string value")) {
      return "a text is longer than " + most + " characters";
    }
    if (what.startsWith("number value")) {
      return "a number has more than " + most + " digits";
    }
    if (what.contains("nesting depth")) {
      return "values are nested more than " + most + " levels deep";
    }
    if (what.startsWith("name")) {
      return "a field name is longer than " + most + " characters";
    }
    return "the document is larger than glutewise reads (at most " + most + ")";
  }

  // the parser's hints about its own switches, which a person cannot act on
  private static final Pattern SOURCE = Pattern.compile("\\s*\\(?\\s*(?:at )?\\[Source: [^\\]]*\\]\\)?");
  private static final Pattern FEATURE_HINT =
      Pattern.compile("\\s*[(;:,]?\\s*(?:\\(?not recognized as one since )?(?:enable |since )?"
          + "`?(?:[A-Za-z]+Feature\\.[A-Z_]+|Feature '[A-Z_]+')`?[^)]*\\)?(?: to allow)?");
  private static final Pattern INTERNAL =
      Pattern.compile("Feature|Constraints|Exception|java\\.|com\\.fasterxml|io\\.glutewise|REDACTED|`|\\$Json|\\$Builder");

  /**
   * The problem as a person reads it: no parser locations or switches, any echoed value cut to a
   * safe length, and a plain sentence where Jackson's own words would still show through.
   */
  static String inWords(String problem) {
    String text = SOURCE.matcher(Echo.message(problem, 300)).replaceAll("");
    text = text.replace("maybe a (non-standard) comment?", "comments are not allowed in JSON");
    text = FEATURE_HINT.matcher(text).replaceAll("");
    text = Echo.message(text.strip());
    if (text.isEmpty() || INTERNAL.matcher(text).find()) {
      return "the JSON cannot be read at this point";
    }
    return text;
  }

  /**
   * Reads ISO dates as the time module does, then refuses one outside {@link CalendarWindow}, so
   * that a far-off year is a clear error wherever JSON is read. It wraps the module's reader
   * rather than extending it, because that reader makes fresh copies of itself per property.
   */
  private static final class WindowedDateDeserializer extends StdDeserializer<LocalDate>
      implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;

    private final JsonDeserializer<?> delegate;

    WindowedDateDeserializer() {
      this(LocalDateDeserializer.INSTANCE);
    }

    private WindowedDateDeserializer(JsonDeserializer<?> delegate) {
      super(LocalDate.class);
      this.delegate = delegate;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property)
        throws JsonMappingException {
      JsonDeserializer<?> contextual = delegate instanceof ContextualDeserializer
          ? ((ContextualDeserializer) delegate).createContextual(context, property)
          : delegate;
      return new WindowedDateDeserializer(contextual);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      LocalDate date = (LocalDate) delegate.deserialize(parser, context);
      if (date != null && !CalendarWindow.contains(date)) {
        throw InvalidFormatException.from(parser,
            "date outside " + CalendarWindow.IN_WORDS, date.toString(), LocalDate.class);
      }
      return date;
    }
  }

  private static boolean isEnum(ValueInstantiationException e) {
    return e.getType() != null && e.getType().isEnumType();
  }

  /** Appends a relative property path such as {@code sets} or {@code weeks[1].number}. */
  private static String joinPath(String path, String field) {
    return PROPERTY_PATH.matcher(field).matches() ? path + "." + field : path;
  }

  /** The builder refused the value: a required field missing, or a null where none may be. */
  private static String instantiationProblem(Throwable root) {
    String message = root.getMessage() == null ? "" : root.getMessage();
    Matcher missing = MISSING.matcher(message);
    if (missing.find()) {
      List<String> names = List.of(missing.group(1).split(",\\s*"));
      return (names.size() == 1 ? "missing field " : "missing fields ")
          + names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }
    if (root instanceof NullPointerException) {
      // the builder's own message names an internal parameter, which would not help a person
      return "a value is null where one is required";
    }
    return cleanJacksonMessage(message);
  }

  private static final Pattern FROM_STRING = Pattern.compile("from String \"(.*?)\"");

  /** Says what was expected and what was found, in words rather than Java types. */
  private static String mismatch(MismatchedInputException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (message.startsWith("No content to map")) {
      return "no JSON found: the input is empty";
    }
    if (message.startsWith("Trailing token")) {
      return "malformed JSON: more content follows the end of the value";
    }
    Class<?> target = e.getTargetType();
    if (target == null) {
      return cleanJacksonMessage(message);
    }
    return "expected " + expectation(target) + found(e, message);
  }

  private static String expectation(Class<?> target) {
    if (target == int.class || target == Integer.class || target == long.class
        || target == Long.class || target == short.class || target == Short.class) {
      return "a whole number";
    }
    if (target == double.class || target == Double.class || target == float.class
        || target == Float.class) {
      return "a number";
    }
    if (target == boolean.class || target == Boolean.class) {
      return "true or false";
    }
    if (target == String.class) {
      return "a text";
    }
    if (target == LocalDate.class) {
      return "a date " + CalendarWindow.IN_WORDS + " such as 2025-03-01";
    }
    if (target.isEnum()) {
      return "a text id";
    }
    if (Collection.class.isAssignableFrom(target) || target.isArray()) {
      return "a list";
    }
    return "an object";
  }

  private static String found(MismatchedInputException e, String message) {
    if (e instanceof InvalidFormatException && ((InvalidFormatException) e).getValue() != null) {
      Object value = ((InvalidFormatException) e).getValue();
      return ", found " + (value instanceof String ? "\"" + Echo.of((String) value) + "\"" : Echo.of(String.valueOf(value)));
    }
    Matcher quoted = QUOTED_VALUE.matcher(message);
    if (quoted.find()) {
      String literal = quoted.group(3);
      return ", found " + (literal != null ? Echo.of(literal) : "\"" + Echo.of(quoted.group(2)) + "\"");
    }
    Matcher fromString = FROM_STRING.matcher(message);
    if (fromString.find()) {
      return ", found \"" + Echo.of(fromString.group(1)) + "\"";
    }
    if (message.contains("`null`")) {
      return ", found null";
    }
    if (message.contains("Array value")) {
      return ", found a list";
    }
    if (message.contains("Object value")) {
      return ", found an object";
    }
    if (message.contains("String value")) {
      return ", found a text";
    }
    return "";
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

  /** Drops Jackson's internal class names and hints so that a message never leaks them. */
  private static String cleanJacksonMessage(String message) {
    if (message == null) {
      return "unreadable value";
    }
    // cut first: the patterns below backtrack, and a value can be 200 kB long
    String firstLine = Echo.message(message.split("\n", 2)[0], 300);
    return firstLine
        .replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)]", "line $1, column $2")
        .replaceAll(" ?\\((?:but |set |token )[^)]*\\)", "")
        .replaceAll("`[a-zA-Z0-9_.$]+\\.(Immutable)?([A-Z][A-Za-z0-9]*)(\\$Json)?`", "$2")
        .replaceAll("[a-z]+(\\.[a-z0-9]+)+\\.(Immutable)?([A-Z][A-Za-z0-9]*)(\\$[A-Za-z]+)?", "$3")
        .replace("`", "");
  }
}
