package io.glutewise.core.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.core.json.WriterBasedJsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import io.glutewise.core.program.Prescription;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes each distinct prescription's JSON once and copies it after that.
 *
 * <p>A program repeats its prescriptions: the same warm-up and cool-down in every session, the
 * same main exercise and dose through a week. Writing a 12-week plan's answer went through
 * Jackson's bean serializer about 450 times for 45 distinct prescriptions, and was the
 * larger half of {@code POST /api/plans}; copied, the same bytes take about a fifth of the time
 * (docs/web.md, under load). The copy is exactly what the bean serializer wrote, so the JSON is
 * unchanged; it is used only where it cannot differ: compact text written by a JSON generator
 * with Jackson's default features, never indented output or a token buffer (which
 * {@code valueToTree} reads back as a tree).
 *
 * <p>Immutable values make this safe: equal prescriptions write equal JSON. The cache is bounded,
 * so a stream of distinct ones costs memory only up to {@link #LIMIT} entries (a few megabytes);
 * after that, new ones are written as before.
 */
final class RepeatedValues extends BeanSerializerModifier {
  /** The most prescriptions kept for each kind of output, each about 600 bytes with its JSON. */
  static final int LIMIT = 4096;

  // the copies are written, and used, only with Jackson's default generator features
  private static final int DEFAULT_FEATURES = JsonGenerator.Feature.collectDefaults();

  private RepeatedValues() {}

  /** The module that installs the copying serializer for prescriptions. */
  static SimpleModule module() {
    return new SimpleModule("glutewise-repeated-values").setSerializerModifier(new RepeatedValues());
  }

  @Override
  @SuppressWarnings("unchecked")
  public JsonSerializer<?> modifySerializer(
      SerializationConfig config, BeanDescription description, JsonSerializer<?> serializer) {
    return Prescription.class.isAssignableFrom(description.getBeanClass())
        ? new Copying((JsonSerializer<Object>) serializer)
        : serializer;
  }

  /**
   * The JSON kept for each distinct value, for one kind of output. Compared by identity, so that
   * it can name this call's own look-ups cheaply.
   */
  private static final class Copies {
    final Map<Object, SerializableString> values = new ConcurrentHashMap<>();
  }

  /** The bean serializer of one type, with the JSON it wrote for each distinct value. */
  private static final class Copying extends JsonSerializer<Object> {
    private final JsonSerializer<Object> written;
    // Jackson escapes some characters differently when it writes bytes and when it writes text
    // (characters outside the basic plane, for one), so each kind of output has its own copies
    private final Copies asBytes = new Copies();
    private final Copies asText = new Copies();

    Copying(JsonSerializer<Object> written) {
      this.written = written;
    }

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      Copies copies = copiesFor(generator);
      if (copies == null) {
        written.serialize(value, generator, provider);
        return;
      }
      Map<Object, SerializableString> thisCall = copiesInThisCall(copies, provider);
      SerializableString copy = thisCall.get(value);
      if (copy == null) {
        copy = shared(copies, value, generator, provider);
        if (copy == null) {
          written.serialize(value, generator, provider);
          return;
        }
        thisCall.put(value, copy);
      }
      generator.writeRawValue(copy);
    }

    /**
     * The copies already used in this call to the mapper, by identity. A program shares one
     * prescription object among the sessions that repeat it, and finding it here costs far less
     * than hashing and comparing a prescription field by field in the shared map: those look-ups
     * had taken 9% of the web server's time under load (JFR profile, docs/web.md).
     */
    @SuppressWarnings("unchecked")
    private static Map<Object, SerializableString> copiesInThisCall(
        Copies copies, SerializerProvider provider) {
      Map<Object, SerializableString> thisCall =
          (Map<Object, SerializableString>) provider.getAttribute(copies);
      if (thisCall == null) {
        thisCall = new IdentityHashMap<>();
        // a per-call attribute, kept by this call's provider only; keyed by the shared copies so
        // bytes and text never mix
        provider.setAttribute(copies, thisCall);
      }
      return thisCall;
    }

    /** The shared copy of the value, made now if there is room, or null when it cannot be kept. */
    private SerializableString shared(Copies copies, Object value,
        JsonGenerator generator, SerializerProvider provider) throws IOException {
      SerializableString copy = copies.values.get(value);
      if (copy == null) {
        if (copies.values.size() >= LIMIT) {
          return null;
        }
        copy = writeAlone(value, generator, provider);
        if (copy != null) {
          copies.values.putIfAbsent(value, copy);
        }
      }
      return copy;
    }

    /** The copies that write exactly what the generator would, or null when none can. */
    private Copies copiesFor(JsonGenerator generator) {
      if (generator.getCodec() == null
          || generator.getPrettyPrinter() != null
          || generator.getCharacterEscapes() != null
          || generator.getFeatureMask() != DEFAULT_FEATURES) {
        return null;
      }
      if (generator instanceof UTF8JsonGenerator) {
        return asBytes;
      }
      return generator instanceof WriterBasedJsonGenerator ? asText : null;
    }

    /**
     * The value's JSON from a generator of the same kind, or null when it cannot be kept exactly.
     * Bytes are kept as the text they decode to, which encodes back to the same bytes when they
     * are valid UTF-8, as Jackson writes them; that is checked, since the copy must be exact.
     */
    private SerializableString writeAlone(Object value, JsonGenerator like, SerializerProvider provider)
        throws IOException {
      JsonFactory factory = like.getCodec().getFactory();
      if (like instanceof UTF8JsonGenerator) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator alone = factory.createGenerator(bytes, JsonEncoding.UTF8)) {
          writeWith(alone, like, value, provider);
        }
        SerializedString copy = new SerializedString(bytes.toString(StandardCharsets.UTF_8));
        return Arrays.equals(copy.asUnquotedUTF8(), bytes.toByteArray()) ? copy : null;
      }
      StringWriter text = new StringWriter(256);
      try (JsonGenerator alone = factory.createGenerator(text)) {
        writeWith(alone, like, value, provider);
      }
      return new SerializedString(text.toString());
    }

    private void writeWith(JsonGenerator alone, JsonGenerator like, Object value, SerializerProvider provider)
        throws IOException {
      alone.setCodec(like.getCodec());
      alone.setFeatureMask(like.getFeatureMask());
      written.serialize(value, alone, provider);
    }
  }
}
