package io.glutewise.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.glutewise.core.dose.PerformedSet;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.PlanResult;
import io.glutewise.planner.Planner;
import io.glutewise.planner.adapt.Adaptation;
import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What an app that depends on glutewise-planner alone can do, and what it does not carry. */
class EmbeddedPlannerTest {
  @Test
  void buildsAPlanAndAdaptsItToALoggedSession() {
    Planner planner = Planner.standard();
    TraineeProfile profile = TraineeProfile.builder().daysPerWeek(3).minutesPerSession(30).build();
    PlanResult result = planner.plan(profile, PlanOptions.startingOn(LocalDate.of(2025, 1, 6)));
    assertFalse(result.isReferral(), "a profile without red flags gets a program");
    Program program = result.program().orElseThrow();

    Session first = program.sessions().get(0);
    SessionLog.Builder log = SessionLog.builder().sessionId(first.id()).date(first.date())
        .painBefore(2).painNextMorning(2);
    first.main().forEach(p -> log.addExercises(ExerciseLog.builder()
        .exerciseId(p.exerciseId())
        .painDuring(2)
        .sets(Collections.nCopies(p.dose().sets(), p.dose().isTimed()
            ? PerformedSet.ofSeconds(p.dose().target().max(), p.dose().load())
            : PerformedSet.ofRepetitions(p.dose().target().max(), p.dose().load())))
        .build()));
    Adaptation next = planner.next(program, List.of(log.build()));

    assertFalse(next.sessions().isEmpty(), "sessions remain after the first");
    assertFalse(next.sessions().get(0).session().id().equals(first.id()), "the logged session is done");
    assertFalse(planner.clinicianNotice().isBlank());
  }

  @Test
  void noPdfImageOrCalendarLibraryIsOnTheClassPath() {
    List<String> heavy = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = new File(entry).getName().toLowerCase(Locale.ROOT);
      for (String library : List.of("pdfbox", "fontbox", "openhtmltopdf", "batik", "xmlgraphics",
          "ical4j", "glutewise-export")) {
        if (name.contains(library)) {
          heavy.add(name);
        }
      }
    }
    assertEquals(List.of(), heavy);
    for (String type : List.of("org.apache.pdfbox.pdmodel.PDDocument",
        "com.openhtmltopdf.pdfboxout.PdfRendererBuilder", "org.apache.batik.dom.GenericDOMImplementation",
        "net.fortuna.ical4j.model.Calendar", "io.glutewise.export.ProgramExport")) {
      assertTrue(absent(type), type + " is loadable");
    }
  }

  private static boolean absent(String type) {
    try {
      Class.forName(type, false, EmbeddedPlannerTest.class.getClassLoader());
      return false;
    } catch (ClassNotFoundException e) {
      return true;
    }
  }
}
