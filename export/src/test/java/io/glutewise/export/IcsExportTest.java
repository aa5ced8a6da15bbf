package io.glutewise.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.glutewise.core.program.BuiltFrom;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class IcsExportTest {
  private final ProgramExport export = ExportFixtures.exporter();
  private final Program program = ExportFixtures.program();

  @Test
  void hasOneAllDayEventPerSessionOnItsDate() throws Exception {
    List<VEvent> events = events(export.ics(program));
    List<Session> sessions = program.sessions();

    assertThat(events).hasSameSizeAs(sessions);
    for (int i = 0; i < sessions.size(); i++) {
      Session session = sessions.get(i);
      VEvent event = events.get(i);
      assertThat(event.getDateTimeStart().getDate()).isEqualTo(session.date());
      assertThat(event.getDateTimeEnd().getDate()).isEqualTo(session.date().plusDays(1));
      assertThat(event.getSummary().getValue()).contains(session.id());
    }
  }

  @Test
  void descriptionListsTheExercisesAndEndsWithTheNotice() throws Exception {
    VEvent first = events(export.ics(program)).get(0);
    String description = first.getDescription().getValue();

    assertThat(description).contains("Glute bridge: 2 x 10-15 reps", "Clamshell", "Dead bug",
        "Warm-up:", "Cool-down:");
    assertThat(description).endsWith(ExportFixtures.notice());
  }

  @Test
  void uidsAreUniqueAndStableAndStampsComeFromTheStartDate() throws Exception {
    List<VEvent> events = events(export.ics(program));
    List<VEvent> again = events(ExportFixtures.exporter().ics(ExportFixtures.program()));

    Set<String> uids = events.stream().map(e -> e.getUid().orElseThrow().getValue())
        .collect(Collectors.toSet());
    assertThat(uids).hasSameSizeAs(events);
    assertThat(again.stream().map(e -> e.getUid().orElseThrow().getValue()).toList())
        .isEqualTo(events.stream().map(e -> e.getUid().orElseThrow().getValue()).toList());
    for (VEvent event : events) {
      assertThat(event.getDateTimeStamp().getDate())
          .isEqualTo(Instant.parse(ExportFixtures.START + "T00:00:00Z"));
    }
  }

  @Test
  void timedEventsInAZoneAreWrittenInUtcAndLastTheSession() throws Exception {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    List<VEvent> events = events(
        export.withOptions(ExportOptions.at(LocalTime.of(7, 30), berlin)).ics(program));
    Session first = program.sessions().get(0);

    Instant start = Instant.from(events.get(0).getDateTimeStart().getDate());
    Instant end = Instant.from(events.get(0).getDateTimeEnd().getDate());
    assertThat(start).isEqualTo(ZonedDateTime.of(first.date(), LocalTime.of(7, 30), berlin).toInstant());
    assertThat(end).isEqualTo(start.plusSeconds(60L * first.estimatedMinutes()));
  }

  @Test
  void timedEventsWithoutAZoneAreFloating() throws Exception {
    List<VEvent> events = events(export.withOptions(ExportOptions.at(LocalTime.of(18, 0))).ics(program));

    assertThat(events.get(0).getDateTimeStart().getDate())
        .isEqualTo(LocalDateTime.of(program.sessions().get(0).date(), LocalTime.of(18, 0)));
  }

  @Test
  void usesCrlfLineEndsAndFoldsLongLines() {
    String ics = export.ics(program);

    assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
    assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
    for (String line : ics.split("\r\n")) {
      assertThat(line.length()).as(line).isLessThanOrEqualTo(75);
    }
  }

  @Test
  void aReferralHasNoCalendar() {
    assertThatThrownBy(() -> export.exportReferral(ExportFormat.ICS, ExportFixtures.referral()))
        .isInstanceOf(ExportFailedException.class)
        .hasMessageContaining("a referral has no sessions")
        .extracting(e -> ((ExportFailedException) e).format())
        .isEqualTo(ExportFormat.ICS);
  }

  @Test
  void theProgramKeyChangesWithWhatTheProgramWasBuiltFrom() {
    PlanOptions reseeded =
        PlanOptions.builder().from(program.builtFrom().options()).seed(8).build();
    Program other =
        Program.builder()
            .from(program)
            .builtFrom(BuiltFrom.of(program.builtFrom().profile(), reseeded,
                program.builtFrom().catalogVersion()))
            .build();

    assertThat(IcsExport.programKey(other)).isNotEqualTo(IcsExport.programKey(program));
    assertThat(IcsExport.programKey(ExportFixtures.program()))
        .isEqualTo(IcsExport.programKey(program))
        .matches("[0-9a-f]{16}");
  }

  /** The events of a calendar, after parsing it back with ical4j and validating it. */
  static List<VEvent> events(String ics) {
    try {
      Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
      calendar.validate();
      return calendar.getComponents(Component.VEVENT);
    } catch (IOException | ParserException e) {
      throw new AssertionError("not a readable calendar: " + e.getMessage(), e);
    }
  }
}
