package io.glutewise.cli.command;

import io.glutewise.core.GlutewiseException;
import io.glutewise.core.Slugs;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.program.Program;
import io.glutewise.planner.Planner;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The formats {@code glutewise plan --format} writes, each rendered by the planner's exports. */
public enum PlanFormat {
  /** Plain text for the terminal. */
  TEXT,
  /** Markdown. */
  MARKDOWN,
  /** The program as JSON. */
  JSON,
  /** An iCalendar file with one event per session. */
  ICS,
  /** A standalone HTML page. */
  HTML,
  /** A PDF document; binary, so it needs a file. */
  PDF;

  /** The id typed on the command line, such as {@code markdown}. */
  public String id() {
    return Slugs.of(this);
  }

  /** Renders a program in a format, as the bytes of the file. */
  static byte[] render(PlanFormat format, Program program, Planner planner) {
    switch (format) {
      case JSON:
        return (GlutewiseJson.write(program) + "\n").getBytes(StandardCharsets.UTF_8);
      default:
        throw new GlutewiseException("the " + format.id() + " format is not wired yet");
    }
  }

  /** Reads a format id. */
  public static final class Converter implements ITypeConverter<PlanFormat> {
    /** Creates the converter. */
    public Converter() {}

    @Override
    public PlanFormat convert(String value) {
      String id = value.trim().toLowerCase(Locale.ROOT);
      for (PlanFormat format : values()) {
        if (format.id().equals(id)) {
          return format;
        }
      }
      throw new TypeConversionException(
          "format must be one of " + Arrays.stream(values()).map(PlanFormat::id).toList() + ", was \"" + value + "\"");
    }
  }

  /** The format ids, for help and completion. */
  public static final class Ids implements Iterable<String> {
    /** Creates the candidates. */
    public Ids() {}

    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(PlanFormat::id).iterator();
    }
  }
}
