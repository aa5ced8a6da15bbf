package io.glutewise.export;

import io.glutewise.catalog.Catalog;
import io.glutewise.catalog.CatalogLoader;
import io.glutewise.core.dose.BandStrength;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.dose.Load;
import io.glutewise.core.dose.PerformedSet;
import io.glutewise.core.dose.TargetRange;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.log.SessionStatus;
import io.glutewise.core.program.BuiltFrom;
import io.glutewise.core.program.Phase;
import io.glutewise.core.program.PhaseKind;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.Week;
import io.glutewise.core.trainee.Goal;
import io.glutewise.core.trainee.Limitation;
import io.glutewise.core.trainee.RedFlag;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.screening.Referral;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed inputs the export tests share: a small catalog (test resource {@code
 * export/fixture-catalog.json}, the standard ids with instructions written for the tests), a
 * four-week program built by hand with a fixed start date and seed, logs with awkward text, and a
 * referral. Fixed on purpose: the golden files pin the formats, not the planner or the catalog.
 */
final class ExportFixtures {
  /** The Monday the program starts. */
  static final LocalDate START = LocalDate.of(2025, 1, 6);

  private static final Catalog CATALOG = loadCatalog();

  private ExportFixtures() {}

  /** The fixture catalog. */
  static Catalog catalog() {
    return CATALOG;
  }

  /** The notice the fixture exports carry (the catalog has no guidance, as a user's may not). */
  static String notice() {
    return "This plan informs and does not diagnose. Stop and see a clinician if pain spreads down"
        + " a leg, you feel numbness or weakness, bladder or bowel control changes, or pain keeps"
        + " getting worse.";
  }

  /** An exporter over the fixture catalog and notice. */
  static ProgramExport exporter() {
    return ProgramExport.of(catalog(), notice());
  }

  /** Four weeks, two sessions a week (Monday and Thursday), week 4 a deload. */
  static Program program() {
    TraineeProfile profile =
        TraineeProfile.builder()
            .daysPerWeek(2)
            .minutesPerSession(25)
            .currentPain(3)
            .painLimit(4)
            .goals(List.of(Goal.PAIN_RELIEF, Goal.POSTURE))
            .limitations(List.of(Limitation.WRIST_PAIN))
            .sittingHoursPerDay(9)
            .build();
    PlanOptions options = PlanOptions.builder().weeks(4).startDate(START).seed(7).build();
    List<Week> weeks = new ArrayList<>();
    for (int number = 1; number <= 4; number++) {
      boolean deload = number == 4;
      int sets = deload ? 2 : number <= 2 ? 2 : 3;
      Week.Builder week = Week.builder().number(number).deload(deload);
      for (int index = 1; index <= 2; index++) {
        LocalDate date = START.plusWeeks(number - 1).plusDays(index == 1 ? 0 : 3);
        week.addSessions(session(number, index, date, sets));
      }
      weeks.add(week.build());
    }
    return Program.builder()
        .builtFrom(BuiltFrom.of(profile, options, CATALOG.version()))
        .addPhases(
            Phase.builder()
                .kind(PhaseKind.ACTIVATION)
                .aim("Find the glutes and switch them on, with pain kept low.")
                .addWeeks(weeks.get(0), weeks.get(1))
                .build(),
            Phase.builder()
                .kind(PhaseKind.STRENGTH_ENDURANCE)
                .aim("More sets and repetitions, and the first harder variant.")
                .addWeeks(weeks.get(2), weeks.get(3))
                .build())
        .build();
  }

  private static Session session(int week, int index, LocalDate date, int sets) {
    Dose squeeze = Dose.builder().sets(2).seconds(TargetRange.of(5, 10)).restSeconds(20).build();
    Dose bridge =
        Dose.builder()
            .sets(sets)
            .repetitions(TargetRange.of(10, 15))
            .pauseAtTopSeconds(2)
            .repsInReserve(2)
            .build();
    Session.Builder session =
        Session.builder().week(week).index(index).date(date).estimatedMinutes(18 + sets * 2);
    session.addWarmUp(Prescription.of("glute-squeeze", squeeze));
    if (index == 1) {
      Prescription first = Prescription.of(week >= 3 ? "bridge-march" : "glute-bridge",
          week >= 3 ? Dose.builder().sets(sets).repetitions(TargetRange.of(6, 10)).perSide(true)
              .build() : bridge);
      session.addMain(week == 3 ? first.withNote("New: one foot at a time, slow & steady <3") : first);
      session.addMain(Prescription.of("clamshell", Dose.builder().sets(sets)
          .repetitions(TargetRange.of(12, 15)).perSide(true).load(Load.band(BandStrength.LIGHT))
          .restSeconds(45).build()));
      session.addMain(Prescription.of("dead-bug", Dose.builder().sets(2)
          .repetitions(TargetRange.of(6, 10)).perSide(true).build()));
    } else {
      session.addMain(Prescription.of("glute-bridge", bridge));
      session.addMain(Prescription.of("side-plank", Dose.builder().sets(2)
          .seconds(TargetRange.of(15, 30)).perSide(true).build()));
      session.addMain(Prescription.of("bird-dog", Dose.builder().sets(2)
          .repetitions(TargetRange.of(6, 10)).perSide(true).build()));
    }
    session.addCoolDown(Prescription.of("hip-flexor-stretch", Dose.builder().sets(1)
        .seconds(TargetRange.of(30, 45)).perSide(true).restSeconds(0).build()));
    session.addCoolDown(Prescription.of("figure-four-stretch", Dose.builder().sets(1)
        .seconds(TargetRange.of(30, 45)).perSide(true).restSeconds(0).build()));
    return session.build();
  }

  /** Logs of the first two weeks: done, partial with awkward notes, missed, and done again. */
  static List<SessionLog> logs() {
    return List.of(
        SessionLog.builder()
            .sessionId("w01-s1")
            .date(START)
            .painBefore(3)
            .painNextMorning(2)
            .addExercises(
                exercise("glute-bridge", 3, PerformedSet.ofRepetitions(12, Load.bodyweight()),
                    PerformedSet.ofRepetitions(11, Load.bodyweight())),
                exercise("clamshell", 2, PerformedSet.ofRepetitions(15, Load.band(BandStrength.LIGHT)),
                    PerformedSet.ofRepetitions(13, Load.band(BandStrength.LIGHT))),
                exercise("dead-bug", 1, PerformedSet.ofRepetitions(8, Load.bodyweight())))
            .build(),
        SessionLog.builder()
            .sessionId("w01-s2")
            .date(START.plusDays(3))
            .status(SessionStatus.PARTIAL)
            .painBefore(3)
            .painNextMorning(4)
            .addExercises(
                exercise("glute-bridge", 4, PerformedSet.ofRepetitions(10, Load.bodyweight())),
                exercise("side-plank", 5, PerformedSet.ofSeconds(15, Load.bodyweight())))
            .notes("Back felt tight after the plank; stopped <early> & skipped \"bird dog\".")
            .build(),
        SessionLog.missed("w02-s1", START.plusWeeks(1)),
        SessionLog.builder()
            .sessionId("w02-s2")
            .date(START.plusWeeks(1).plusDays(3))
            .painBefore(2)
            .painNextMorning(1)
            .addExercises(
                exercise("glute-bridge", 2, PerformedSet.ofRepetitions(15, Load.bodyweight()),
                    PerformedSet.ofRepetitions(14, Load.bodyweight())),
                exercise("side-plank", 2, PerformedSet.ofSeconds(25, Load.bodyweight()),
                    PerformedSet.ofSeconds(20, Load.bodyweight())),
                exercise("bird-dog", 1, PerformedSet.ofRepetitions(10, Load.bodyweight()),
                    PerformedSet.ofRepetitions(9, Load.bodyweight())))
            .build());
  }

  private static ExerciseLog exercise(String id, int pain, PerformedSet... sets) {
    return ExerciseLog.builder().exerciseId(id).painDuring(pain).addSets(sets).build();
  }

  /** The message of the fixture referral. */
  static String referralMessage() {
    return "Some of your answers need a clinician's look before any exercise program. Please see"
        + " your doctor or call your health service today; glutewise will not build a plan.";
  }

  /** A referral for two red flags. */
  static Referral referral() {
    return Referral.of(List.of(RedFlag.BLADDER_BOWEL, RedFlag.SADDLE_NUMBNESS), referralMessage());
  }

  private static Catalog loadCatalog() {
    try (InputStream in = ExportFixtures.class.getResourceAsStream("/export/fixture-catalog.json")) {
      if (in == null) {
        throw new IllegalStateException("test resource /export/fixture-catalog.json is missing");
      }
      return CatalogLoader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
          "fixture-catalog.json");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
