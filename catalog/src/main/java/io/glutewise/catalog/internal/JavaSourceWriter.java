package io.glutewise.catalog.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Writes Java source that rebuilds a graph of Immutables values through their builders, found by
 * reflection: every attribute of a generated {@code Immutable*} class that its builder can set is
 * written, so a new field of a value type is carried without touching this class.
 *
 * <p>Large values become methods of their own, to stay under the JVM's 64 KB per method. Used at
 * build time only, by {@link StandardCatalogSourceGenerator}.
 */
final class JavaSourceWriter {
  // a value whose source is longer than this becomes a method; small enough for any method limit
  private static final int INLINE_LIMIT = 1_500;

  private final List<String> methods = new ArrayList<>();

  /** The methods written so far for large values, as source. */
  List<String> methods() {
    return methods;
  }

  /** A Java expression equal to the value. */
  String expression(Object value) {
    if (value == null) {
      throw new IllegalArgumentException("null inside a value: Immutables values hold no nulls");
    }
    if (value instanceof String s) {
      return literal(s);
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return value.toString();
    }
    if (value instanceof Long l) {
      return l + "L";
    }
    if (value instanceof Double d) {
      return Double.isFinite(d) ? d + "d" : "Double.longBitsToDouble(" + Double.doubleToRawLongBits(d) + "L)";
    }
    if (value instanceof Float f) {
      return f + "f";
    }
    if (value instanceof Boolean b) {
      return b.toString();
    }
    if (value instanceof Character c) {
      return "'\\u" + String.format("%04x", (int) c) + "'";
    }
    if (value instanceof Enum<?> e) {
      return e.getDeclaringClass().getCanonicalName() + "." + e.name();
    }
    if (value instanceof java.time.temporal.TemporalAccessor || value instanceof java.time.Duration
        || value instanceof java.time.Period) {
      return value.getClass().getCanonicalName() + ".parse(" + literal(value.toString()) + ")";
    }
    if (value instanceof java.net.URI) {
      return "java.net.URI.create(" + literal(value.toString()) + ")";
    }
    if (value instanceof Optional<?> o) {
      return o.isPresent() ? "java.util.Optional.of(" + expression(o.get()) + ")" : "java.util.Optional.empty()";
    }
    if (value instanceof Collection<?> c) {
      List<String> items = new ArrayList<>();
      c.forEach(item -> items.add(expression(item)));
      return "java.util.List.of(" + String.join(", ", items) + ")";
    }
    if (value instanceof Map<?, ?> m) {
      List<String> items = new ArrayList<>();
      m.forEach((k, v) -> items.add(expression(k) + ", " + expression(v)));
      return "orderedMap(" + String.join(", ", items) + ")";
    }
    return immutable(value);
  }

  private String immutable(Object value) {
    Class<?> type = value.getClass();
    Method builderFactory;
    try {
      builderFactory = type.getMethod("builder");
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException("cannot write a " + type.getName()
          + " as Java source: it is not an Immutables value with a builder", e);
    }
    Class<?> builder = builderFactory.getReturnType();
    StringBuilder source = new StringBuilder(type.getCanonicalName()).append(".builder()");
    for (Field field : type.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())
          || !settable(builder, field.getName())) {
        continue;
      }
      Object attribute = read(value, field);
      if (absent(attribute)) {
        continue; // the builder's own empty or default stands
      }
      source.append("\n    .").append(field.getName()).append('(').append(unwrapped(attribute)).append(')');
    }
    source.append("\n    .build()");
    if (source.length() <= INLINE_LIMIT) {
      return source.toString();
    }
    String name = "value" + methods.size();
    methods.add("  private static " + type.getCanonicalName() + " " + name + "() {\n    return "
        + source + ";\n  }\n");
    return name + "()";
  }

  private String unwrapped(Object attribute) {
    if (attribute instanceof Optional<?> o) {
      return expression(o.get());
    }
    if (attribute instanceof OptionalInt o) {
      return Integer.toString(o.getAsInt());
    }
    if (attribute instanceof OptionalLong o) {
      return o.getAsLong() + "L";
    }
    if (attribute instanceof OptionalDouble o) {
      return expression(o.getAsDouble());
    }
    return expression(attribute);
  }

  private static boolean absent(Object attribute) {
    return attribute == null
        || attribute instanceof Optional<?> o && o.isEmpty()
        || attribute instanceof OptionalInt o && o.isEmpty()
        || attribute instanceof OptionalLong o && o.isEmpty()
        || attribute instanceof OptionalDouble o && o.isEmpty()
        || attribute instanceof Collection<?> c && c.isEmpty()
        || attribute instanceof Map<?, ?> m && m.isEmpty();
  }

  private static boolean settable(Class<?> builder, String name) {
    for (Method method : builder.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == 1) {
        return true;
      }
    }
    return false;
  }

  // the field rather than the accessor: accessors may be named is* or get*, fields never are
  private static Object read(Object value, Field field) {
    try {
      field.setAccessible(true);
      return field.get(value);
    } catch (IllegalAccessException | RuntimeException e) {
      throw new IllegalArgumentException("cannot read " + field.getName() + " of "
          + value.getClass().getName(), e);
    }
  }

  /** A Java string literal, with everything outside printable ASCII escaped. */
  static String literal(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.append('"').toString();
  }
}
