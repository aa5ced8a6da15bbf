package io.glutewise.core.generators;

import static io.glutewise.core.generators.CoreGenerators.distinctListsOf;
import static io.glutewise.core.generators.CoreGenerators.listsOf;
import static io.glutewise.core.generators.CoreGenerators.optionals;
import static io.glutewise.core.generators.CoreGenerators.slugs;
import static io.glutewise.core.generators.CoreGenerators.subsetsOfExcluding;
import static io.glutewise.core.generators.CoreGenerators.texts;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.ActivationRole;
import io.glutewise.core.exercise.BalanceDemand;
import io.glutewise.core.exercise.BodyPosition;
import io.glutewise.core.exercise.Demands;
import io.glutewise.core.exercise.DoseKind;
import io.glutewise.core.exercise.JointBend;
import io.glutewise.core.exercise.EmgFigure;
import io.glutewise.core.exercise.EmgMeasure;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.LadderStep;
import io.glutewise.core.exercise.Laterality;
import io.glutewise.core.exercise.LowerBackLoad;
import io.glutewise.core.exercise.MovementPattern;
import io.glutewise.core.exercise.MuscleActivation;
import io.glutewise.core.exercise.ProgressionCriterion;
import io.glutewise.core.json.GlutewiseJson;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for exercises and their parts: the exercise enums, EMG figures, muscle activations,
 * progression criteria, ladder steps and whole exercises. Every value is valid.
 */
public final class ExerciseGenerators {
  /**
   * The ids of the standard catalog, fixed by the project. The catalog module's tests check that
   * its data uses exactly these; here they only make generated programs and logs look familiar.
   */
  public static final List<String> STANDARD_EXERCISE_IDS =
      List.of(
          "glute-squeeze",
          "glute-bridge", "bridge-march", "single-leg-glute-bridge", "hip-thrust",
          "banded-hip-thrust", "dumbbell-hip-thrust", "barbell-hip-thrust",
          "clamshell", "banded-clamshell", "side-lying-hip-abduction", "lateral-band-walk",
          "fire-hydrant",
          "donkey-kick", "forearm-hip-raise",
          "bird-dog", "side-plank", "side-plank-hip-abduction",
          "dead-bug", "front-plank", "front-plank-hip-extension",
          "romanian-deadlift", "dumbbell-romanian-deadlift", "single-leg-romanian-deadlift",
          "deadlift",
          "bodyweight-squat", "goblet-squat", "single-leg-squat",
          "split-squat", "reverse-lunge", "bulgarian-split-squat", "step-up", "lateral-step-up",
          "hip-flexor-stretch", "hamstring-stretch", "figure-four-stretch",
          "standing-hip-abduction", "banded-standing-hip-abduction", "standing-hip-extension",
          "banded-standing-hip-extension", "sit-to-stand", "box-squat", "kettlebell-box-squat",
          "band-anti-rotation-press", "wall-plank", "kettlebell-deadlift",
          "kettlebell-goblet-squat", "kettlebell-swing", "banded-glute-bridge",
          "b-stance-hip-thrust", "single-leg-hip-thrust", "frog-pump",
          "hip-dominant-back-extension", "step-down", "side-plank-on-knees", "curl-up",
          "pelvic-tilt", "standing-pelvic-tilt", "seated-pelvic-tilt", "hip-flexor-rock",
          "seated-figure-four-stretch", "b-stance-romanian-deadlift");

  private ExerciseGenerators() {}

  /** Any movement pattern. */
  public static Gen<MovementPattern> movementPatterns() {
    return Generate.enumValues(MovementPattern.class);
  }

  /** Any piece of equipment, {@link Equipment#NONE} included. */
  public static Gen<Equipment> equipment() {
    return Generate.enumValues(Equipment.class);
  }

  /** Sets of equipment an exercise may require: any subset without {@link Equipment#NONE}. */
  public static Gen<Set<Equipment>> requiredEquipment() {
    return subsetsOfExcluding(Equipment.class, Equipment.NONE);
  }

  /** Any laterality. */
  public static Gen<Laterality> lateralities() {
    return Generate.enumValues(Laterality.class);
  }

  /** Any lower-back load. */
  public static Gen<LowerBackLoad> lowerBackLoads() {
    return Generate.enumValues(LowerBackLoad.class);
  }

  /** Any body position. */
  public static Gen<BodyPosition> bodyPositions() {
    return Generate.enumValues(BodyPosition.class);
  }

  /** Any demands: every combination of joint bends, weight-bearing, balance and spinal movement. */
  public static Gen<Demands> demands() {
    Gen<JointBend> bends = Generate.enumValues(JointBend.class);
    return in -> Demands.builder()
        .kneeFlexion(bends.generate(in))
        .hipFlexion(bends.generate(in))
        .weightOnHands(booleans().all().generate(in))
        .weightOnArms(booleans().all().generate(in))
        .weightOnKnees(booleans().all().generate(in))
        .balance(Generate.enumValues(BalanceDemand.class).generate(in))
        .spinalFlexionOrTwist(booleans().all().generate(in))
        .floorWork(booleans().all().generate(in))
        .longSupine(booleans().all().generate(in))
        .build();
  }

  /**
   * Demands that agree with the position, as the catalog validator asks: on hands and knees the
   * knees, arms and floor carry weight; kneeling rests on the knees on the floor; standing needs no
   * floor; only a supine exercise lies long on the back; weight on the hands is weight on the arms.
   */
  public static Gen<Demands> demandsFor(BodyPosition position) {
    return demands().map(d -> {
      boolean quadruped = position == BodyPosition.QUADRUPED;
      boolean kneels = quadruped || position == BodyPosition.KNEELING;
      return Demands.builder().from(d)
          .weightOnKnees(d.weightOnKnees() || kneels)
          .weightOnArms(d.weightOnArms() || quadruped || d.weightOnHands())
          .floorWork(position != BodyPosition.STANDING && (d.floorWork() || kneels))
          .longSupine(position == BodyPosition.SUPINE && d.longSupine())
          .build();
    });
  }

  /** Any dose kind. */
  public static Gen<DoseKind> doseKinds() {
    return Generate.enumValues(DoseKind.class);
  }

  /** Any activation role. */
  public static Gen<ActivationRole> activationRoles() {
    return Generate.enumValues(ActivationRole.class);
  }

  /** Any EMG measure. */
  public static Gen<EmgMeasure> emgMeasures() {
    return Generate.enumValues(EmgMeasure.class);
  }

  /** The ids of the standard catalog; see {@link #STANDARD_EXERCISE_IDS}. */
  public static Gen<String> standardExerciseIds() {
    return Generate.pick(STANDARD_EXERCISE_IDS);
  }

  /** Exercise ids: standard ones three times in four, any other slug otherwise. */
  public static Gen<String> exerciseIds() {
    return standardExerciseIds().mix(slugs(), 25);
  }

  /**
   * EMG percentages from 0 to 300: one-decimal figures as papers print them, mixed with arbitrary
   * decimals.
   */
  public static Gen<Double> emgPercentages() {
    return integers().between(0, 3000).map(tenths -> tenths / 10.0).mix(doubles().between(0, 300));
  }

  /** Valid EMG figures: single values and ranges, with or without a condition. */
  public static Gen<EmgFigure> emgFigures() {
    return in -> {
      double low = emgPercentages().generate(in);
      double high =
          booleans().all().generate(in) ? low : doubles().between(low, 300).generate(in);
      return EmgFigure.builder()
          .low(low)
          .high(high)
          .measure(emgMeasures().generate(in))
          .condition(optionals(texts()).generate(in))
          .source(texts().generate(in))
          .build();
    };
  }

  /** A muscle in a role with zero to two EMG figures. */
  public static Gen<MuscleActivation> muscleActivations() {
    return AnatomyGenerators.muscles().flatMap(ExerciseGenerators::activationsOf);
  }

  /** Activations of the given muscle in any role with zero to two EMG figures. */
  public static Gen<MuscleActivation> activationsOf(Muscle muscle) {
    return in ->
        MuscleActivation.builder()
            .muscle(muscle)
            .role(activationRoles().generate(in))
            .emg(listsOf(emgFigures(), 0, 2).generate(in))
            .build();
  }

  /** One to five activations of distinct muscles, as an exercise lists them. */
  public static Gen<List<MuscleActivation>> muscleActivationLists() {
    return in ->
        distinctListsOf(AnatomyGenerators.muscles(), 1, 5).generate(in).stream()
            .map(muscle -> activationsOf(muscle).generate(in))
            .toList();
  }

  /** Valid progression criteria: repetitions or seconds, any pain ceiling and session count. */
  public static Gen<ProgressionCriterion> progressionCriteria() {
    return in -> {
      ProgressionCriterion.Builder criterion =
          ProgressionCriterion.builder().sets(integers().between(1, 10).generate(in));
      if (booleans().all().generate(in)) {
        criterion.seconds(integers().between(1, 3600).generate(in));
      } else {
        criterion.repetitions(integers().between(1, 100).generate(in));
      }
      return criterion
          .maxPain(CoreGenerators.painScores().generate(in))
          .consecutiveSessions(integers().between(1, 5).generate(in))
          .build();
    };
  }

  /** Valid ladder steps between two different exercise ids. */
  public static Gen<LadderStep> ladderSteps() {
    return in -> {
      String from = exerciseIds().generate(in);
      String to = exerciseIds().generate(in);
      if (to.equals(from)) {
        to = from + "-harder";
      }
      return LadderStep.of(from, to, progressionCriteria().generate(in));
    };
  }

  /**
   * Valid exercises: a slug id, a non-blank name, distinct muscles, required equipment without
   * {@code none}, a difficulty from 1 to 5, and a default dose in seconds exactly when the dose
   * kind is a hold or a duration, per side exactly when the exercise is unilateral. Described in
   * failure reports by their JSON, since an exercise's {@code toString} is only its id.
   */
  public static Gen<Exercise> exercises() {
    Gen<Exercise> exercises =
        in -> {
          DoseKind kind = doseKinds().generate(in);
          Laterality laterality = lateralities().generate(in);
          BodyPosition position = bodyPositions().generate(in);
          return Exercise.builder()
              .id(exerciseIds().generate(in))
              .name(texts().generate(in))
              .aliases(listsOf(texts(), 0, 3).generate(in))
              .pattern(movementPatterns().generate(in))
              .muscles(muscleActivationLists().generate(in))
              .equipment(requiredEquipment().generate(in))
              .laterality(laterality)
              .lowerBackLoad(lowerBackLoads().generate(in))
              .difficulty(integers().between(1, 5).generate(in))
              .doseKind(kind)
              .defaultDose(DoseGenerators.dosesFor(kind, laterality).generate(in))
              .steps(listsOf(texts(), 0, 5).generate(in))
              .cues(listsOf(texts(), 0, 3).generate(in))
              .cautions(listsOf(texts(), 0, 3).generate(in))
              .position(position)
              .demands(demandsFor(position).generate(in))
              .sources(listsOf(texts(), 0, 3).generate(in))
              .summary(optionals(texts()).generate(in))
              .build();
        };
    return exercises.describedAs(GlutewiseJson::write);
  }
}
