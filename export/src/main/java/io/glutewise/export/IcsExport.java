package io.glutewise.export;

import com.google.common.hash.Hashing;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.SessionPart;
import io.glutewise.export.internal.ProgramView;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * A program as an iCalendar file (RFC 5545), written and validated by ical4j: one event per
 * session, all day on the session's date or at a set time (see {@link ExportOptions}).
 *
 * <p>The output is deterministic, so that re-importing a program updates events instead of adding
 * copies, and so that it can be compared byte for byte: each UID is the session id plus a key
 * derived from what the program was built from, and DTSTAMP is the program's start date at
 * midnight UTC, never the clock. Each description lists the exercises and doses and ends with the
 * clinician notice. With {@link ExportOptions#reminderBefore()} each session carries a display
 * alarm; with {@link ExportOptions#deskBreaks()} the calendar adds {@link DeskBreaks}. Stateless and
 * thread-safe.
 */
final class IcsExport {
  /** The product id written into every calendar. */
  static final String PRODUCT_ID = "-//glutewise//glutewise planner//EN";

  private static final int MINIMUM_MINUTES = 5;

  private IcsExport() {}

  /** The calendar for a program. */
  static String calendar(ProgramView view, ExportOptions options) {
    Program program = view.program();
    String key = programKey(program);
    Instant stamp = program.builtFrom().options().startDate().atStartOfDay(ZoneOffset.UTC).toInstant();
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT_ID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new XProperty("X-WR-CALNAME", ProgramView.TITLE));
    for (Session session : program.sessions()) {
      VEvent event = new VEvent(false); // false: no DTSTAMP from the clock
      event.add(new Uid(session.id() + "-" + key + "@glutewise.io"));
      event.add(new DtStamp(stamp));
      times(event, session, options);
      event.add(new Summary("Glute session " + session.id() + " (" + view.phaseOf(session) + ")"));
      event.add(new Description(description(view, session)));
      options.reminderBefore().ifPresent(before -> event.add(reminder(session, before)));
      calendar.add(event);
    }
    if (options.deskBreaks()) {
      DeskBreaks.events(program, key, stamp).forEach(calendar::add);
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(true).output(calendar, out);
    } catch (ValidationException e) {
      throw new ExportFailedException(ExportFormat.ICS, "the calendar is not valid RFC 5545: "
          + e.getMessage(), e);
    } catch (IOException e) {
      throw new ExportFailedException(ExportFormat.ICS, e.getMessage(), e);
    }
    return out.toString();
  }

  /** Sixteen hex digits from what the program was built from: the same for a rebuilt program. */
  static String programKey(Program program) {
    String builtFrom = GlutewiseJson.write(program.builtFrom());
    return Hashing.sha256().hashString(builtFrom, StandardCharsets.UTF_8).toString().substring(0, 16);
  }

  private static void times(VEvent event, Session session, ExportOptions options) {
    if (options.sessionTime().isEmpty()) {
      event.add(new DtStart<>(session.date()));
      event.add(new DtEnd<>(session.date().plusDays(1)));
      event.add(ImmutableTransp.TRANSPARENT); // an all-day reminder should not block the day
      return;
    }
    LocalDateTime start = session.date().atTime(options.sessionTime().get());
    LocalDateTime end =
        start.plus(Duration.ofMinutes(Math.max(MINIMUM_MINUTES, session.estimatedMinutes())));
    Temporal startTime = start;
    Temporal endTime = end;
    if (options.timeZone().isPresent()) {
      // written in UTC, which needs no VTIMEZONE block and means the same instant everywhere
      startTime = start.atZone(options.timeZone().get()).toInstant();
      endTime = end.atZone(options.timeZone().get()).toInstant();
    }
    event.add(new DtStart<>(startTime));
    event.add(new DtEnd<>(endTime));
  }

  /** A display alarm the given time before the session starts. */
  private static VAlarm reminder(Session session, Duration before) {
    VAlarm alarm = new VAlarm(before.negated());
    alarm.add(ImmutableAction.DISPLAY);
    alarm.add(new Description("Glute session " + session.id() + " starts in " + words(before) + "."));
    return alarm;
  }

  /** A duration as people say it: {@code 30 minutes}, {@code 2 hours}. */
  static String words(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes % 60 == 0) {
      long hours = minutes / 60;
      return hours + (hours == 1 ? " hour" : " hours");
    }
    return minutes + (minutes == 1 ? " minute" : " minutes");
  }

  private static String description(ProgramView view, Session session) {
    StringBuilder text = new StringBuilder();
    io.glutewise.planner.screening.Clearances.statement(view.program().builtFrom().profile())
        .ifPresent(c -> text.append(c).append("\n\n"));
    text.append("Week ").append(session.week()).append(", session ").append(session.index())
        .append(" (").append(view.phaseOf(session)).append(" phase")
        .append(view.program().weeks().get(session.week() - 1).deload() ? ", deload week" : "")
        .append("), about ").append(session.estimatedMinutes()).append(" minutes.\n");
    for (SessionPart part : SessionPart.values()) {
      List<Prescription> prescriptions = session.part(part);
      if (prescriptions.isEmpty()) {
        continue;
      }
      text.append('\n').append(ProgramView.partName(part)).append(":\n");
      for (Prescription prescription : prescriptions) {
        text.append("- ").append(view.prescriptionLine(prescription)).append('\n');
      }
    }
    text.append("\nWhen to see a clinician: ").append(view.notice());
    return text.toString();
  }
}
