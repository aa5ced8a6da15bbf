package io.glutewise.core.generators;

import static io.glutewise.core.generators.CoreGenerators.dates;
import static io.glutewise.core.generators.CoreGenerators.listsOf;
import static io.glutewise.core.generators.CoreGenerators.nonEmptySubsetsOf;
import static io.glutewise.core.generators.CoreGenerators.optionals;
import static io.glutewise.core.generators.CoreGenerators.texts;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.glutewise.core.program.BuiltFrom;
import io.glutewise.core.program.PeriodizationModel;
import io.glutewise.core.program.Phase;
import io.glutewise.core.program.PhaseKind;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.SessionPart;
import io.glutewise.core.program.Week;
import io.glutewise.core.trainee.TraineeProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for programs and their parts: plan options, prescriptions, sessions, weeks, phases
 * and whole programs. Every value is valid; programs are also coherent with what they were built
 * from (see {@link #programs()}).
 */
public final class ProgramGenerators {
  private ProgramGenerators() {}

  /** Any periodization model. */
  public static Gen<PeriodizationModel> periodizationModels() {
    return Generate.enumValues(PeriodizationModel.class);
  }

  /** Any phase kind. */
  public static Gen<PhaseKind> phaseKinds() {
    return Generate.enumValues(PhaseKind.class);
  }

  /** Any session part. */
  public static Gen<SessionPart> sessionParts() {
    return Generate.enumValues(SessionPart.class);
  }

  /** Valid plan options: 4 to 26 weeks, any model, start date and seed, deloads every 3 to 8. */
  public static Gen<PlanOptions> planOptions() {
    return in ->
        PlanOptions.builder()
            .weeks(integers().between(4, 26).generate(in))
            .model(periodizationModels().generate(in))
            .startDate(dates().generate(in))
            .seed(longs().all().generate(in))
            .deloadEvery(integers().between(3, 8).generate(in))
            .build();
  }

  /** What a program may be built from: any profile, any options, a catalog version. */
  public static Gen<BuiltFrom> builtFroms() {
    return in ->
        BuiltFrom.of(
            TraineeGenerators.profiles().generate(in),
            planOptions().generate(in),
            catalogVersions().generate(in));
  }

  /** Catalog versions such as {@code 2025.3}. */
  public static Gen<String> catalogVersions() {
    return integers()
        .between(2024, 2030)
        .zip(integers().between(1, 20), (year, release) -> year + "." + release);
  }

  /** Valid prescriptions: an exercise id, any dose and an optional note. */
  public static Gen<Prescription> prescriptions() {
    return in -> {
      Prescription prescription =
          Prescription.of(
              ExerciseGenerators.exerciseIds().generate(in), DoseGenerators.doses().generate(in));
      return optionals(texts()).generate(in).map(prescription::withNote).orElse(prescription);
    };
  }

  /** Valid sessions of any week (1 to 52) and index (1 to 7). */
  public static Gen<Session> sessions() {
    return in ->
        sessionOn(
            integers().between(1, 52).generate(in),
            integers().between(1, 7).generate(in),
            dates().generate(in),
            600)
            .generate(in);
  }

  /**
   * Valid sessions with the given week, index and date: zero to two warm-up prescriptions, one to
   * four in the main block, zero to two in the cool-down, and 5 to {@code maxMinutes} minutes.
   */
  public static Gen<Session> sessionOn(int week, int index, LocalDate date, int maxMinutes) {
    return in ->
        Session.builder()
            .week(week)
            .index(index)
            .date(date)
            .warmUp(listsOf(prescriptions(), 0, 2).generate(in))
            .main(listsOf(prescriptions(), 1, 4).generate(in))
            .coolDown(listsOf(prescriptions(), 0, 2).generate(in))
            .estimatedMinutes(integers().between(5, Math.max(5, maxMinutes)).generate(in))
            .build();
  }

  /** Valid weeks numbered 1 to 52, with one to four sessions of that week on following days. */
  public static Gen<Week> weeks() {
    return in -> weekNumbered(integers().between(1, 52).generate(in)).generate(in);
  }

  /** Valid weeks with the given number, starting on any date. */
  public static Gen<Week> weekNumbered(int number) {
    return in -> {
      LocalDate start = dates().generate(in);
      int sessions = integers().between(1, 4).generate(in);
      return week(number, booleans().all().generate(in), start, sessions, 600).generate(in);
    };
  }

  private static Gen<Week> week(
      int number, boolean deload, LocalDate weekStart, int sessionCount, int maxMinutes) {
    return in -> {
      List<Session> sessions = new ArrayList<>();
      for (int index = 1; index <= sessionCount; index++) {
        // spread the sessions over the seven days, so that none share a date
        LocalDate date = weekStart.plusDays((index - 1) * 7L / sessionCount);
        sessions.add(sessionOn(number, index, date, maxMinutes).generate(in));
      }
      return Week.builder().number(number).deload(deload).sessions(sessions).build();
    };
  }

  /** Valid phases of any kind with one to four consecutive weeks, starting at any week number. */
  public static Gen<Phase> phases() {
    return in -> {
      int first = integers().between(1, 49).generate(in);
      int count = integers().between(1, 4).generate(in);
      List<Week> weeks = new ArrayList<>();
      for (int number = first; number < first + count; number++) {
        weeks.add(weekNumbered(number).generate(in));
      }
      return Phase.builder()
          .kind(phaseKinds().generate(in))
          .aim(texts().generate(in))
          .weeks(weeks)
          .build();
    };
  }

  /**
   * Valid programs of 4 to 8 weeks that are also coherent with what they were built from, as a
   * planner would build them: the profile has no red flag; there are exactly {@code options.weeks()} weeks,
   * numbered 1..n across one phase per chosen phase kind (in the order of {@link PhaseKind});
   * week n starts {@code 7 * (n - 1)} days after the start date; every week has the profile's
   * days per week of sessions, on distinct dates within that week, each estimated within the
   * profile's minutes; every {@code deloadEvery}-th week is a deload. Exercise ids and doses are
   * arbitrary (no catalog is consulted).
   */
  public static Gen<Program> programs() {
    return programsUpTo(8);
  }

  /**
   * Programs as {@link #programs()}, of 4 to {@code maxWeeks} weeks (at most 26). Long programs
   * make properties slow; ask for them where length matters.
   */
  public static Gen<Program> programsUpTo(int maxWeeks) {
    Gen<Integer> weekCounts = integers().between(4, Math.max(4, Math.min(26, maxWeeks)));
    return in -> {
      TraineeProfile profile = TraineeGenerators.profilesWithoutRedFlags().generate(in);
      PlanOptions options =
          PlanOptions.builder()
              .from(planOptions().generate(in))
              .weeks(weekCounts.generate(in))
              .build();
      List<PhaseKind> kinds = new ArrayList<>(nonEmptySubsetsOf(PhaseKind.class).generate(in));
      int[] phaseLengths = splitWeeks(options.weeks(), kinds.size()).generate(in);
      List<Phase> phases = new ArrayList<>();
      int number = 1;
      for (int p = 0; p < kinds.size(); p++) {
        List<Week> weeks = new ArrayList<>();
        for (int w = 0; w < phaseLengths[p]; w++, number++) {
          LocalDate weekStart = options.startDate().plusWeeks(number - 1L);
          boolean deload = number % options.deloadEvery() == 0;
          weeks.add(
              week(number, deload, weekStart, profile.daysPerWeek(), profile.minutesPerSession())
                  .generate(in));
        }
        phases.add(
            Phase.builder().kind(kinds.get(p)).aim(texts().generate(in)).weeks(weeks).build());
      }
      return Program.builder()
          .builtFrom(BuiltFrom.of(profile, options, catalogVersions().generate(in)))
          .phases(phases)
          .build();
    };
  }

  /** Splits {@code total} weeks into {@code parts} phases of at least one week each. */
  private static Gen<int[]> splitWeeks(int total, int parts) {
    return in -> {
      int[] lengths = new int[parts];
      Arrays.fill(lengths, 1);
      for (int extra = parts; extra < total; extra++) {
        lengths[integers().between(0, parts - 1).generate(in)]++;
      }
      return lengths;
    };
  }
}
