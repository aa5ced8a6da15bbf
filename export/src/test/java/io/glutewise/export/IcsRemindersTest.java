package io.glutewise.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.glutewise.core.InvalidValueException;
import io.glutewise.core.program.Program;
import java.io.StringReader;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Trigger;
import org.junit.jupiter.api.Test;

/** Alarms before sessions and desk-break events, read back with ical4j. */
class IcsRemindersTest {
  private final ProgramExport export = ExportFixtures.exporter();
  private final Program program = ExportFixtures.program();

  private static List<VEvent> events(String ics) throws Exception {
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    calendar.validate();
    return calendar.getComponents(Component.VEVENT);
  }

  @Test
  void everySessionHasADisplayAlarmTheAskedTimeBeforeItStarts() throws Exception {
    ExportOptions options = ExportOptions.builder().sessionTime(LocalTime.of(18, 0))
        .reminderBefore(Duration.ofMinutes(30)).build();
    List<VEvent> events = events(export.withOptions(options).ics(program));
    assertThat(events).hasSameSizeAs(program.sessions());
    for (VEvent event : events) {
      List<VAlarm> alarms = event.getAlarms();
      assertThat(alarms).hasSize(1);
      Trigger trigger = alarms.get(0).getTrigger().orElseThrow();
      assertThat(trigger.getDuration()).isEqualTo(Duration.ofMinutes(-30));
      assertThat(alarms.get(0).getAction().orElseThrow().getValue()).isEqualTo("DISPLAY");
      assertThat(alarms.get(0).getDescription().getValue()).endsWith("starts in 30 minutes.");
      assertThat(event.getDateTimeStart().getDate().toString()).endsWith("T18:00");
    }
  }

  @Test
  void withoutAReminderThereIsNoAlarm() throws Exception {
    assertThat(events(export.withOptions(ExportOptions.at(LocalTime.of(7, 0))).ics(program)))
        .allSatisfy(e -> assertThat(e.getAlarms()).isEmpty());
  }

  @Test
  void deskBreaksAreTwoRecurringWeekdayEventsWithinTheProgram() throws Exception {
    ExportOptions options = ExportOptions.builder().deskBreaks(true).build();
    List<VEvent> events = events(export.withOptions(options).ics(program));
    List<VEvent> breaks = events.stream()
        .filter(e -> e.getSummary().getValue().startsWith("Desk break")).toList();
    assertThat(breaks).hasSize(2);
    assertThat(events).hasSize(program.sessions().size() + 2);
    for (VEvent event : breaks) {
      String rule = event.getProperty("RRULE").orElseThrow().getValue();
      assertThat(rule).contains("FREQ=DAILY").contains("BYDAY=MO,TU,WE,TH,FR").contains("UNTIL=");
      assertThat(event.getDescription().getValue()).contains("not a cure");
    }
  }

  @Test
  void aReminderNeedsASessionTime() {
    assertThatThrownBy(() -> ExportOptions.builder().reminderBefore(Duration.ofMinutes(30)).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("needs a sessionTime");
  }
}
