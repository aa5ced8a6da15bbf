package io.glutewise.core.trainee;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.exercise.ActivationRole;
import io.glutewise.core.exercise.BalanceDemand;
import io.glutewise.core.exercise.BodyPosition;
import io.glutewise.core.exercise.Demands;
import io.glutewise.core.exercise.DoseKind;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.JointBend;
import io.glutewise.core.exercise.Laterality;
import io.glutewise.core.exercise.LowerBackLoad;
import io.glutewise.core.exercise.MovementPattern;
import io.glutewise.core.exercise.MuscleActivation;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each limitation rules out exactly the exercises whose attributes conflict with it. */
class LimitationTest {
  /** A standing exercise that asks nothing of any joint: no limitation rules it out. */
  private static Exercise standing(UnaryOperator<Demands.Builder> demands, Equipment... equipment) {
    Demands.Builder d = Demands.builder()
        .kneeFlexion(JointBend.NONE)
        .hipFlexion(JointBend.NONE)
        .weightOnHands(false)
        .weightOnArms(false)
        .weightOnKnees(false)
        .balance(BalanceDemand.STABLE)
        .spinalFlexionOrTwist(false)
        .floorWork(false)
        .longSupine(false);
    return Exercise.builder()
        .id("test-exercise")
        .name("Test exercise")
        .pattern(MovementPattern.SQUAT)
        .addMuscles(MuscleActivation.of(Muscle.GLUTEUS_MAXIMUS, ActivationRole.PRIMARY))
        .addEquipment(equipment)
        .laterality(Laterality.BILATERAL)
        .lowerBackLoad(LowerBackLoad.LOW)
        .difficulty(2)
        .doseKind(DoseKind.REPETITIONS)
        .defaultDose(Dose.ofRepetitions(2, 8, 12))
        .position(BodyPosition.STANDING)
        .demands(demands.apply(d).build())
        .build();
  }

  @Test
  void anExerciseThatAsksNothingIsRuledOutByNoLimitation() {
    assertThat(standing(d -> d).contraindications()).isEmpty();
  }

  @Test
  void kneePainRulesOutDeepKneeBendingAndWeightedPartialBending() {
    assertThat(Limitation.KNEE_PAIN.excludes(standing(d -> d.kneeFlexion(JointBend.DEEP)))).isTrue();
    assertThat(Limitation.KNEE_PAIN.excludes(standing(d -> d.kneeFlexion(JointBend.PARTIAL)))).isFalse();
    assertThat(Limitation.KNEE_PAIN.excludes(standing(d -> d.kneeFlexion(JointBend.PARTIAL), Equipment.BAND)))
        .isFalse();
    assertThat(Limitation.KNEE_PAIN.excludes(standing(d -> d.kneeFlexion(JointBend.PARTIAL), Equipment.KETTLEBELL)))
        .isTrue();
  }

  @Test
  void eachDemandRulesOutItsOwnLimitationOnly() {
    assertThat(standing(d -> d.weightOnHands(true)).contraindications()).containsExactly(Limitation.WRIST_PAIN);
    assertThat(standing(d -> d.weightOnArms(true)).contraindications()).containsExactly(Limitation.SHOULDER_PAIN);
    assertThat(standing(d -> d.weightOnKnees(true)).contraindications()).containsExactly(Limitation.NO_KNEELING);
    assertThat(standing(d -> d.hipFlexion(JointBend.DEEP)).contraindications()).containsExactly(Limitation.HIP_PAIN);
    assertThat(standing(d -> d.balance(BalanceDemand.UNSUPPORTED)).contraindications())
        .containsExactly(Limitation.POOR_BALANCE);
    assertThat(standing(d -> d.balance(BalanceDemand.SUPPORTED)).contraindications()).isEmpty();
    assertThat(standing(d -> d.spinalFlexionOrTwist(true)).contraindications())
        .containsExactly(Limitation.OSTEOPOROSIS);
  }

  @Test
  void pregnancyRulesOutLongSpellsOnTheBackAndBarbellLoadsButNotDumbbells() {
    assertThat(Limitation.PREGNANCY.excludes(standing(d -> d, Equipment.BARBELL))).isTrue();
    assertThat(Limitation.PREGNANCY.excludes(standing(d -> d, Equipment.DUMBBELL))).isFalse();
    assertThat(standing(d -> d.longSupine(true)).contraindications()).containsExactly(Limitation.PREGNANCY);
  }

  @Test
  void noFloorWorkRulesOutFloorWorkWhateverThePosition() {
    assertThat(standing(d -> d.floorWork(true)).contraindications()).containsExactly(Limitation.NO_FLOOR_WORK);
    Exercise onABench = Exercise.builder().from(standing(d -> d)).position(BodyPosition.PRONE).build();
    assertThat(Limitation.NO_FLOOR_WORK.excludes(onABench)).isFalse();
  }

  @Test
  void everyLimitationSaysWhatItRulesOutInPlainWords() {
    for (Limitation limitation : Limitation.values()) {
      assertThat(limitation.conflict()).isNotBlank().doesNotContain("_");
    }
  }
}
