package io.glutewise.planner;

import io.glutewise.catalog.Catalog;
import io.glutewise.catalog.CatalogLoader;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.Week;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** The test fixture catalog (the fixed exercise ids, with made-up but plausible attributes). */
public final class Fixtures {
  /** A Monday. */
  public static final LocalDate MONDAY = LocalDate.of(2025, 1, 6);

  private static final Catalog CATALOG = load();

  private Fixtures() {}

  /** The fixture catalog. */
  public static Catalog catalog() {
    return CATALOG;
  }

  /** A planner over the fixture catalog. */
  public static Planner planner() {
    return new Planner(CATALOG);
  }

  private static Catalog load() {
    try (InputStream in = Fixtures.class.getResourceAsStream("/io/glutewise/planner/fixture-catalog.json")) {
      return CatalogLoader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "fixture-catalog.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A compact text of a program, for failure messages. */
  public static String describe(Program program) {
    StringBuilder text = new StringBuilder();
    for (Week week : program.weeks()) {
      text.append("week ").append(week.number()).append(" (").append(program.phaseOf(week.number()).kind().id())
          .append(week.deload() ? ", deload" : "").append(")\n");
      for (Session session : week.sessions()) {
        text.append("  ").append(session.id()).append(' ').append(session.date()).append(' ')
            .append(session.dayOfWeek()).append(' ').append(session.estimatedMinutes()).append(" min\n");
        append(text, "warm", session.warmUp());
        append(text, "main", session.main());
        append(text, "cool", session.coolDown());
      }
    }
    return text.toString();
  }

  private static void append(StringBuilder text, String part, java.util.List<Prescription> items) {
    text.append("    ").append(part).append(':');
    for (Prescription p : items) {
      text.append(' ').append(p.exerciseId()).append(" [").append(p.dose()).append(p.dose().pauseAtTopSeconds() > 0 ? " pause " + p.dose().pauseAtTopSeconds() : "").append(']');
    }
    text.append('\n');
  }
}
