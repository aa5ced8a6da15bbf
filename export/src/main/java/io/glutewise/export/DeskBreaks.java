package io.glutewise.export;

import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;

/**
 * Short desk-break events for people who sit most of the day: a mid-morning and a mid-afternoon
 * break on every weekday of the program, as two recurring events.
 *
 * <p>Why: breaking up sitting with a few minutes of light movement lowered discomfort and fatigue
 * in office workers (Thorp et al. 2014; Dunstan et al. 2012; docs/evidence.md, section 11). The
 * events are reminders of a habit, not a treatment, and say so.
 */
final class DeskBreaks {
  /** Minutes each break lasts: "a couple of minutes" of light walking, rounded up. */
  static final int MINUTES = 5;

  private static final List<LocalTime> TIMES = List.of(LocalTime.of(10, 30), LocalTime.of(15, 0));

  private DeskBreaks() {}

  /** The recurring break events for a program, with stable UIDs derived from its key. */
  static List<VEvent> events(Program program, String key, Instant stamp) {
    List<Session> sessions = program.sessions();
    LocalDate first = sessions.get(0).date();
    LocalDate last = sessions.get(sessions.size() - 1).date();
    return TIMES.stream().map(time -> event(first, last, time, key, stamp)).toList();
  }

  private static VEvent event(LocalDate first, LocalDate last, LocalTime time, String key, Instant stamp) {
    VEvent event = new VEvent(false);
    event.add(new Uid("desk-break-" + time.toString().replace(":", "") + "-" + key + "@glutewise.io"));
    event.add(new DtStamp(stamp));
    LocalDate start = first;
    while (start.getDayOfWeek() == DayOfWeek.SATURDAY || start.getDayOfWeek() == DayOfWeek.SUNDAY) {
      start = start.plusDays(1);
    }
    event.add(new DtStart<>(start.atTime(time)));
    event.add(new DtEnd<>(start.atTime(time).plusMinutes(MINUTES)));
    // weekdays only, up to the last day of the program, in floating local time like the start
    Recur<java.time.LocalDateTime> recur = new Recur<>("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;UNTIL="
        + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(last.atTime(23, 59)));
    event.add(new RRule<>(recur));
    event.add(new Summary("Desk break: stand up and move"));
    event.add(new Description("Stand up, walk about or climb a flight of stairs for a couple of minutes."
        + " Breaking up long spells of sitting eased discomfort and tiredness in studies of office"
        + " work; between these breaks, try to get up every half hour. A habit that helps, not a cure."));
    event.add(ImmutableTransp.TRANSPARENT);
    return event;
  }
}
