package io.glutewise.core.json;

import static io.glutewise.core.generators.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.dose.Load;
import io.glutewise.core.dose.PerformedSet;
import io.glutewise.core.dose.TargetRange;
import io.glutewise.core.exercise.EmgFigure;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.LadderStep;
import io.glutewise.core.exercise.MuscleActivation;
import io.glutewise.core.exercise.ProgressionCriterion;
import io.glutewise.core.generators.AnatomyGenerators;
import io.glutewise.core.generators.DoseGenerators;
import io.glutewise.core.generators.ExerciseGenerators;
import io.glutewise.core.generators.LogGenerators;
import io.glutewise.core.generators.ProgramGenerators;
import io.glutewise.core.generators.TraineeGenerators;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.BuiltFrom;
import io.glutewise.core.program.Phase;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.Week;
import io.glutewise.core.trainee.TraineeProfile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Every value type survives a trip through {@link GlutewiseJson#write} and
 * {@link GlutewiseJson#read} unchanged, and writing a value always gives the same text. Enums are
 * covered by {@link io.glutewise.core.EnumIdProperties}.
 */
class JsonRoundTripProperties {

  /**
   * Writes, reads back as the abstract type and requires an equal value; requires the text to be
   * the same when the value is written again, and when the value read back is written.
   */
  private static <T> void survivesRoundTrip(Gen<T> values, Class<T> type) {
    theory()
        .forAll(values)
        .checkAssert(
            value -> {
              String json = GlutewiseJson.write(value);
              T back = GlutewiseJson.read(json, type, "round trip");
              assertThat(back).as("read back from %s", json).isEqualTo(value);
              assertThat(GlutewiseJson.write(value)).as("written twice").isEqualTo(json);
              assertThat(GlutewiseJson.write(back)).as("written after reading").isEqualTo(json);
            });
  }

  /** Sets are written in one order, whatever order they were filled in. */
  @Test
  void setsAreWrittenInOneOrder() {
    theory()
        .forAll(TraineeGenerators.profiles())
        .check(
            profile -> {
              TraineeProfile reordered =
                  TraineeProfile.builder()
                      .from(profile)
                      .equipment(reversed(profile.equipment()))
                      .goals(reversed(profile.goals()))
                      .limitations(reversed(profile.limitations()))
                      .redFlags(reversed(profile.redFlags()))
                      .weakGluteSigns(reversed(profile.weakGluteSigns()))
                      .build();
              return GlutewiseJson.write(reordered).equals(GlutewiseJson.write(profile));
            });
  }

  private static <E> Set<E> reversed(Set<E> set) {
    List<E> elements = new ArrayList<>(set);
    Collections.reverse(elements);
    return new LinkedHashSet<>(elements);
  }

  @Test
  void muscles() {
    survivesRoundTrip(AnatomyGenerators.muscles(), Muscle.class);
  }

  @Test
  void targetRanges() {
    survivesRoundTrip(DoseGenerators.targetRanges(), TargetRange.class);
  }

  @Test
  void loads() {
    survivesRoundTrip(DoseGenerators.loads(), Load.class);
  }

  @Test
  void doses() {
    survivesRoundTrip(DoseGenerators.doses(), Dose.class);
  }

  @Test
  void performedSets() {
    survivesRoundTrip(DoseGenerators.performedSets(), PerformedSet.class);
  }

  @Test
  void emgFigures() {
    survivesRoundTrip(ExerciseGenerators.emgFigures(), EmgFigure.class);
  }

  @Test
  void muscleActivations() {
    survivesRoundTrip(ExerciseGenerators.muscleActivations(), MuscleActivation.class);
  }

  @Test
  void progressionCriteria() {
    survivesRoundTrip(ExerciseGenerators.progressionCriteria(), ProgressionCriterion.class);
  }

  @Test
  void ladderSteps() {
    survivesRoundTrip(ExerciseGenerators.ladderSteps(), LadderStep.class);
  }

  @Test
  void exercises() {
    survivesRoundTrip(ExerciseGenerators.exercises(), Exercise.class);
  }

  @Test
  void traineeProfiles() {
    survivesRoundTrip(TraineeGenerators.profiles(), TraineeProfile.class);
  }

  @Test
  void planOptions() {
    survivesRoundTrip(ProgramGenerators.planOptions(), PlanOptions.class);
  }

  @Test
  void builtFroms() {
    survivesRoundTrip(ProgramGenerators.builtFroms(), BuiltFrom.class);
  }

  @Test
  void prescriptions() {
    survivesRoundTrip(ProgramGenerators.prescriptions(), Prescription.class);
  }

  @Test
  void sessions() {
    survivesRoundTrip(ProgramGenerators.sessions(), Session.class);
  }

  @Test
  void weeks() {
    survivesRoundTrip(ProgramGenerators.weeks(), Week.class);
  }

  @Test
  void phases() {
    survivesRoundTrip(ProgramGenerators.phases(), Phase.class);
  }

  @Test
  void programs() {
    survivesRoundTrip(ProgramGenerators.programs(), Program.class);
  }

  @Test
  void exerciseLogs() {
    survivesRoundTrip(LogGenerators.exerciseLogs(), ExerciseLog.class);
  }

  @Test
  void sessionLogs() {
    survivesRoundTrip(LogGenerators.sessionLogs(), SessionLog.class);
  }
}
