package io.glutewise.core.exercise;

import static io.glutewise.core.generators.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.dose.TargetRange;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.trainee.Limitation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExerciseTest {

  /** A valid single-leg bridge to vary one field at a time. */
  private static Exercise.Builder singleLegBridge() {
    Exercise.Builder builder = Exercise.builder();
    builder
        .id("single-leg-glute-bridge")
        .name("Single-leg glute bridge")
        .pattern(MovementPattern.BRIDGE)
        .addMuscles(
            MuscleActivation.of(Muscle.GLUTEUS_MAXIMUS, ActivationRole.PRIMARY),
            MuscleActivation.of(Muscle.GLUTEUS_MEDIUS, ActivationRole.SECONDARY),
            MuscleActivation.of(Muscle.HAMSTRINGS, ActivationRole.SECONDARY))
        .laterality(Laterality.UNILATERAL)
        .lowerBackLoad(LowerBackLoad.LOW)
        .position(BodyPosition.SUPINE)
        .demands(Demands.builder()
            .kneeFlexion(JointBend.NONE)
            .hipFlexion(JointBend.NONE)
            .weightOnHands(false)
            .weightOnArms(false)
            .weightOnKnees(false)
            .balance(BalanceDemand.STABLE)
            .spinalFlexionOrTwist(false)
            .floorWork(true)
            .longSupine(true)
            .build())
        .difficulty(3)
        .doseKind(DoseKind.REPETITIONS)
        .defaultDose(
            Dose.builder().sets(3).repetitions(TargetRange.of(8, 12)).perSide(true).build());
    return builder;
  }

  @Test
  void aValidExerciseAnswersQuestionsAboutItsMuscles() {
    Exercise exercise = singleLegBridge().build();
    assertThat(exercise).hasToString("single-leg-glute-bridge");
    assertThat(exercise.musclesIn(ActivationRole.PRIMARY)).containsExactly(Muscle.GLUTEUS_MAXIMUS);
    assertThat(exercise.musclesIn(ActivationRole.SECONDARY))
        .containsExactly(Muscle.GLUTEUS_MEDIUS, Muscle.HAMSTRINGS);
    assertThat(exercise.roleOf(Muscle.HAMSTRINGS)).contains(ActivationRole.SECONDARY);
    assertThat(exercise.roleOf(Muscle.CALVES)).isEmpty();
    assertThat(exercise.isPrimary(Muscle.GLUTEUS_MAXIMUS)).isTrue();
    assertThat(exercise.isPrimary(Muscle.GLUTEUS_MEDIUS)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Single Leg Bridge", "single_leg_bridge", "-bridge", "bridge-", "a--b", ""})
  void anIdThatIsNoSlugIsRejected(String id) {
    assertRejected(() -> singleLegBridge().id(id).build(), "id", "\"" + id + "\"")
        .hasMessageContaining("slug");
  }

  @Test
  void aBlankNameIsRejected() {
    assertRejected(() -> singleLegBridge().name("  ").build(), "name", "\"  \"");
  }

  @Test
  void aMuscleListedTwiceIsRejected() {
    assertRejected(
            () ->
                singleLegBridge()
                    .addMuscles(
                        MuscleActivation.of(Muscle.GLUTEUS_MAXIMUS, ActivationRole.STABILISER))
                    .build(),
            "muscles[3].muscle",
            "gluteus-maximus")
        .hasMessageContaining("once in single-leg-glute-bridge");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6, -1})
  void aDifficultyOutsideOneToFiveIsRejected(int difficulty) {
    assertRejected(
        () -> singleLegBridge().difficulty(difficulty).build(),
        "difficulty",
        String.valueOf(difficulty));
  }

  @Test
  void aHoldDosedInRepetitionsIsRejected() {
    assertRejected(
            () -> singleLegBridge().doseKind(DoseKind.HOLD).build(),
            "defaultDose",
            "3 x 8-12 per side")
        .hasMessageContaining("must be dosed in seconds for an exercise dosed by hold");
  }

  @Test
  void aCountedExerciseDosedInSecondsIsRejected() {
    Dose timed = Dose.builder().sets(2).seconds(TargetRange.of(20, 30)).perSide(true).build();
    assertRejected(
            () -> singleLegBridge().defaultDose(timed).build(),
            "defaultDose",
            "2 x 20-30 s per side")
        .hasMessageContaining("must be dosed in repetitions");
  }

  @Test
  void aDurationMayBeDosedInSeconds() {
    Dose timed = Dose.builder().sets(1).seconds(TargetRange.of(30, 60)).perSide(true).build();
    assertThat(singleLegBridge().doseKind(DoseKind.DURATION).defaultDose(timed).build().doseKind())
        .isEqualTo(DoseKind.DURATION);
  }

  @Test
  void aUnilateralExerciseMustBeDosedPerSide() {
    assertRejected(
            () -> singleLegBridge().defaultDose(Dose.ofRepetitions(3, 8, 12)).build(),
            "defaultDose.perSide",
            "false")
        .hasMessageContaining("must be true for a unilateral exercise");
  }

  @Test
  void aBilateralExerciseMustNotBeDosedPerSide() {
    assertRejected(
            () -> singleLegBridge().laterality(Laterality.BILATERAL).build(),
            "defaultDose.perSide",
            "true")
        .hasMessageContaining("must be false for a bilateral exercise");
  }

  @Test
  void equipmentListingNoneIsRejected() {
    assertRejected(
            () -> singleLegBridge().addEquipment(Equipment.MAT, Equipment.NONE).build(),
            "equipment",
            "none")
        .hasMessageContaining("left empty");
  }

  @Test
  void noEquipmentIsAnEmptySet() {
    assertThat(singleLegBridge().build().equipment()).isEmpty();
    assertThat(singleLegBridge().equipment(List.of(Equipment.MAT)).build().equipment())
        .containsExactly(Equipment.MAT);
  }

  @Test
  void contraindicationsFollowFromTheAttributesAndAreWrittenButNotReadBack() {
    Exercise bridge = singleLegBridge().build();
    // a supine floor exercise: lying on the back rules out pregnancy, the floor rules out no-floor work
    assertThat(bridge.contraindications())
        .containsExactlyInAnyOrder(Limitation.PREGNANCY, Limitation.NO_FLOOR_WORK);
    String json = GlutewiseJson.write(bridge);
    assertThat(json).contains("\"contraindications\" : [ \"no-floor-work\", \"pregnancy\" ]");
    assertThat(GlutewiseJson.read(json, Exercise.class, "test")).isEqualTo(bridge);
  }

  @Test
  void externalLoadIsReadFromTheEquipment() {
    assertThat(singleLegBridge().build().externalLoad()).isEqualTo(ExternalLoad.NONE);
    assertThat(singleLegBridge().addEquipment(Equipment.BAND).build().externalLoad())
        .isEqualTo(ExternalLoad.LIGHT);
    assertThat(singleLegBridge().addEquipment(Equipment.BAND, Equipment.KETTLEBELL).build().externalLoad())
        .isEqualTo(ExternalLoad.MODERATE);
    assertThat(singleLegBridge().addEquipment(Equipment.BENCH, Equipment.BARBELL).build().externalLoad())
        .isEqualTo(ExternalLoad.HEAVY);
  }
}
