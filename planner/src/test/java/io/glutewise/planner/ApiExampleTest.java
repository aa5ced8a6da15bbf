package io.glutewise.planner;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.dose.PerformedSet;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.adapt.AdaptedSession;
import io.glutewise.planner.adapt.Adaptation;
import io.glutewise.planner.adapt.Change;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The usage example of planner/API.md runs here, and the document shows exactly this code. */
class ApiExampleTest {
  @Test
  void theUsageExampleRuns() {
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    java.io.PrintStream original = System.out;
    System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      usage();
    } finally {
      System.setOut(original);
    }
    List<String> printed = captured.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    assertThat(printed).contains("w01-s2 on 2025-01-08").anyMatch(line -> line.contains("progressed: "));
  }

  private static void usage() {
    // api-example:start
    Planner planner = Planner.standard();
    TraineeProfile profile = TraineeProfile.builder().daysPerWeek(3).minutesPerSession(30).build();
    PlanResult result = planner.plan(profile, PlanOptions.startingOn(LocalDate.of(2025, 1, 6)));
    if (result.isReferral()) {
      System.out.println(result.referral().orElseThrow().message()); // see a clinician first; no program
      return;
    }
    Program program = result.program().orElseThrow();

    // the trainee did the first session: every set of every exercise at the bottom of its range
    Session first = program.sessions().get(0);
    SessionLog.Builder log = SessionLog.builder().sessionId(first.id()).date(first.date())
        .painBefore(2).painNextMorning(2);
    first.main().forEach(p -> log.addExercises(ExerciseLog.builder()
        .exerciseId(p.exerciseId())
        .painDuring(3)
        .sets(java.util.Collections.nCopies(p.dose().sets(), p.dose().isTimed()
            ? PerformedSet.ofSeconds(p.dose().target().min(), p.dose().load())
            : PerformedSet.ofRepetitions(p.dose().target().min(), p.dose().load())))
        .build()));

    Adaptation next = planner.next(program, List.of(log.build()));
    for (AdaptedSession session : next.sessions()) {
      System.out.println(session.session().id() + " on " + session.session().date());
      for (Change change : session.changes()) {
        System.out.println("  " + change.exerciseId() + ": " + change.reason());
      }
    }
    System.out.println(planner.clinicianNotice());
    // api-example:end
  }

  @Test
  void theDocumentShowsThisCode() throws IOException {
    String source = Files.readString(Path.of("src/test/java/io/glutewise/planner/ApiExampleTest.java"));
    String code = source.substring(source.indexOf("// api-example:start") + "// api-example:start".length(),
        source.indexOf("// api-example:end"));
    String document = Files.readString(Path.of("API.md"));
    String block = document.substring(document.indexOf("```java") + "```java".length());
    block = block.substring(0, block.indexOf("```"));
    assertThat(lines(block)).contains(lines(code));
  }

  /** The text with each line stripped of its indentation and blank lines dropped, one string. */
  private static String lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
  }
}
