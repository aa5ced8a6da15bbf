package io.glutewise.core.generators;

import static io.glutewise.core.generators.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.Slugs;
import io.glutewise.core.exercise.DoseKind;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.Laterality;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.dose.PerformedSet;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.log.SessionStatus;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.Week;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The shared generators keep the promises their Javadoc makes, which other modules rely on. */
class GeneratorsProperties {

  @Test
  void slugsAreSlugsAndInvalidSlugsAreNot() {
    theory().forAll(CoreGenerators.slugs()).check(Slugs::isSlug);
    theory().forAll(CoreGenerators.invalidSlugs()).check(text -> !Slugs.isSlug(text));
  }

  @Test
  void textsAreNeverBlankAndBlankTextsAlwaysAre() {
    theory().forAll(CoreGenerators.texts()).check(text -> !text.isBlank());
    theory().forAll(CoreGenerators.blankTexts()).check(String::isBlank);
  }

  @Test
  void invalidPainScoresAreOffTheScale() {
    theory().forAll(CoreGenerators.invalidPainScores()).check(p -> p < 0 || p > 10);
  }

  @Test
  void redFlagGeneratorsSplitProfilesAsNamed() {
    theory()
        .forAll(TraineeGenerators.profilesWithoutRedFlags())
        .check(p -> p.redFlags().isEmpty());
    theory()
        .forAll(TraineeGenerators.profilesWithRedFlags())
        .check(p -> !p.redFlags().isEmpty());
  }

  @Test
  void requiredEquipmentNeverListsNone() {
    theory()
        .forAll(ExerciseGenerators.requiredEquipment())
        .check(set -> !set.contains(Equipment.NONE));
  }

  @Test
  void distinctListsHaveNoRepeats() {
    theory()
        .forAll(CoreGenerators.distinctListsOf(AnatomyGenerators.muscles(), 1, 8))
        .check(list -> !list.isEmpty() && list.stream().distinct().count() == list.size());
  }

  private record KindAndDose(DoseKind kind, Laterality laterality, Dose dose) {}

  @Test
  void dosesForAnExerciseMatchItsKindAndLaterality() {
    Gen<KindAndDose> cases =
        in -> {
          DoseKind kind = ExerciseGenerators.doseKinds().generate(in);
          Laterality laterality = ExerciseGenerators.lateralities().generate(in);
          return new KindAndDose(
              kind, laterality, DoseGenerators.dosesFor(kind, laterality).generate(in));
        };
    theory()
        .forAll(cases)
        .checkAssert(
            c -> {
              assertThat(c.dose().isTimed()).isEqualTo(c.kind() != DoseKind.REPETITIONS);
              assertThat(c.dose().perSide()).isEqualTo(c.laterality() == Laterality.UNILATERAL);
            });
  }

  private record DoseAndSet(Dose dose, PerformedSet set) {}

  @Test
  void performedSetsForADoseCountWhatTheDoseCounts() {
    Gen<DoseAndSet> cases =
        DoseGenerators.doses()
            .flatMap(d -> DoseGenerators.performedSetsFor(d).map(set -> new DoseAndSet(d, set)));
    theory()
        .forAll(cases)
        .check(c -> c.dose().isTimed() == c.set().seconds().isPresent());
  }

  @Test
  void programsAreCoherentWithWhatTheyWereBuiltFrom() {
    theory().forAll(ProgramGenerators.programs()).checkAssert(GeneratorsProperties::isCoherent);
  }

  private static void isCoherent(Program program) {
    var profile = program.builtFrom().profile();
    var options = program.builtFrom().options();
    assertThat(profile.redFlags()).isEmpty();
    assertThat(program.weeks()).hasSize(options.weeks());
    for (Week week : program.weeks()) {
      assertThat(week.deload()).isEqualTo(week.number() % options.deloadEvery() == 0);
      assertThat(week.sessions()).hasSize(profile.daysPerWeek());
      var weekStart = options.startDate().plusWeeks(week.number() - 1L);
      for (Session session : week.sessions()) {
        assertThat(ChronoUnit.DAYS.between(weekStart, session.date())).isBetween(0L, 6L);
        assertThat(session.estimatedMinutes()).isLessThanOrEqualTo(profile.minutesPerSession());
      }
      assertThat(week.sessions().stream().map(Session::date).distinct())
          .hasSameSizeAs(week.sessions());
    }
  }

  private record SessionAndLog(Session session, SessionLog log) {}

  @Test
  void sessionLogsForASessionFollowItsStatus() {
    Gen<SessionAndLog> cases =
        ProgramGenerators.sessions()
            .flatMap(s -> LogGenerators.sessionLogsFor(s).map(log -> new SessionAndLog(s, log)));
    theory()
        .forAll(cases)
        .checkAssert(
            c -> {
              SessionLog log = c.log();
              assertThat(log.sessionId()).isEqualTo(c.session().id());
              List<String> logged = log.exercises().stream().map(ExerciseLog::exerciseId).toList();
              List<String> planned =
                  c.session().main().stream().map(Prescription::exerciseId).toList();
              assertThat(planned.subList(0, logged.size())).isEqualTo(logged);
              if (log.status() == SessionStatus.COMPLETED) {
                assertThat(logged).hasSameSizeAs(planned);
              } else {
                assertThat(logged.size()).isLessThan(planned.size());
              }
            });
  }
}
