package io.glutewise.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.catalog.Catalog;
import io.glutewise.catalog.CatalogLoader;
import io.glutewise.catalog.guidance.Guidance;
import io.glutewise.catalog.guidance.Habit;
import io.glutewise.catalog.guidance.Milestone;
import io.glutewise.catalog.guidance.RedFlagQuestion;
import io.glutewise.catalog.guidance.RoutineTemplate;
import io.glutewise.catalog.guidance.WeakGluteItem;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.dose.BandStrength;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.dose.LoadKind;
import io.glutewise.core.dose.TargetRange;
import io.glutewise.core.exercise.ActivationRole;
import io.glutewise.core.exercise.DoseKind;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.LadderStep;
import io.glutewise.core.exercise.Laterality;
import io.glutewise.core.exercise.MovementPattern;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.trainee.Limitation;
import io.glutewise.core.trainee.RedFlag;
import io.glutewise.core.trainee.WeakGluteSign;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped standard catalog holds what the seeds and the design ask of it. */
class StandardCatalogContentTest {
  private static final Catalog CATALOG = Catalog.standard();

  /** The fixed exercise ids, in the order the project fixed them. */
  static final List<String> FIXED_IDS =
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
          // issue 8: the standing pathway, kettlebell work, the missing rungs, posture drills
          "standing-hip-abduction", "banded-standing-hip-abduction", "standing-hip-extension",
          "banded-standing-hip-extension", "sit-to-stand", "box-squat", "kettlebell-box-squat",
          "band-anti-rotation-press", "wall-plank", "kettlebell-deadlift",
          "kettlebell-goblet-squat", "kettlebell-swing", "banded-glute-bridge",
          "b-stance-hip-thrust", "single-leg-hip-thrust", "frog-pump",
          "hip-dominant-back-extension", "step-down", "side-plank-on-knees", "curl-up",
          "pelvic-tilt", "standing-pelvic-tilt", "seated-pelvic-tilt", "hip-flexor-rock",
          "seated-figure-four-stretch", "b-stance-romanian-deadlift");

  /** The ladder steps, easier to harder, as the project fixed them. */
  private static final List<List<String>> LADDERS =
      List.of(
          List.of("glute-bridge", "bridge-march"),
          List.of("bridge-march", "single-leg-glute-bridge"),
          List.of("glute-bridge", "hip-thrust"),
          List.of("hip-thrust", "banded-hip-thrust"),
          List.of("banded-hip-thrust", "dumbbell-hip-thrust"),
          List.of("dumbbell-hip-thrust", "barbell-hip-thrust"),
          List.of("clamshell", "banded-clamshell"),
          List.of("banded-clamshell", "lateral-band-walk"),
          List.of("side-lying-hip-abduction", "side-plank-hip-abduction"),
          List.of("side-plank", "side-plank-hip-abduction"),
          List.of("donkey-kick", "forearm-hip-raise"),
          List.of("romanian-deadlift", "dumbbell-romanian-deadlift"),
          List.of("dumbbell-romanian-deadlift", "single-leg-romanian-deadlift"),
          List.of("dumbbell-romanian-deadlift", "deadlift"),
          List.of("bodyweight-squat", "goblet-squat"),
          List.of("bodyweight-squat", "single-leg-squat"),
          List.of("split-squat", "reverse-lunge"),
          List.of("reverse-lunge", "bulgarian-split-squat"),
          List.of("step-up", "lateral-step-up"),
          List.of("dead-bug", "front-plank"),
          List.of("front-plank", "front-plank-hip-extension"),
          List.of("standing-hip-abduction", "banded-standing-hip-abduction"),
          List.of("banded-standing-hip-abduction", "lateral-band-walk"),
          List.of("standing-hip-extension", "banded-standing-hip-extension"),
          List.of("box-squat", "sit-to-stand"),
          List.of("sit-to-stand", "bodyweight-squat"),
          List.of("box-squat", "kettlebell-box-squat"),
          List.of("kettlebell-box-squat", "kettlebell-goblet-squat"),
          List.of("bodyweight-squat", "kettlebell-goblet-squat"),
          List.of("romanian-deadlift", "kettlebell-deadlift"),
          List.of("kettlebell-deadlift", "kettlebell-swing"),
          List.of("romanian-deadlift", "hip-dominant-back-extension"),
          List.of("romanian-deadlift", "b-stance-romanian-deadlift"),
          List.of("b-stance-romanian-deadlift", "single-leg-romanian-deadlift"),
          List.of("glute-bridge", "banded-glute-bridge"),
          List.of("hip-thrust", "b-stance-hip-thrust"),
          List.of("b-stance-hip-thrust", "single-leg-hip-thrust"),
          List.of("step-up", "step-down"),
          List.of("side-plank-on-knees", "side-plank"),
          List.of("wall-plank", "front-plank"),
          List.of("seated-pelvic-tilt", "standing-pelvic-tilt"));

  static Stream<Exercise> exercises() {
    return CATALOG.exercises().stream();
  }

  @Test
  void bindsAsADocumentAndParsesWithTheLoader() throws IOException {
    String json;
    try (InputStream in = CatalogLoader.class.getResourceAsStream(CatalogLoader.STANDARD_RESOURCE)) {
      assertThat(in).as("the standard catalog resource").isNotNull();
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(GlutewiseJson.read(json, io.glutewise.catalog.CatalogDocument.class, "standard-catalog.json")
            .version())
        .isEqualTo("2026.11.0");
    assertThat(CatalogLoader.parse(json, "standard-catalog.json").exercises()).hasSize(FIXED_IDS.size());
  }

  @Test
  void hasTheVersion() {
    assertThat(CATALOG.version()).isEqualTo("2026.11.0");
  }

  @Test
  void holdsExactlyTheFixedIdsInOrder() {
    assertThat(CATALOG.exercises()).extracting(Exercise::id).containsExactlyElementsOf(FIXED_IDS);
  }

  @Test
  void holdsExactlyTheFixedLadders() {
    assertThat(CATALOG.ladders().steps())
        .extracting(step -> List.of(step.from(), step.to()))
        .containsExactlyInAnyOrderElementsOf(LADDERS);
  }

  @Test
  void laddersAreAcyclicAndNameKnownExercises() {
    for (LadderStep step : CATALOG.ladders().steps()) {
      assertThat(CATALOG.find(step.from())).as(step.from()).isPresent();
      assertThat(CATALOG.find(step.to())).as(step.to()).isPresent();
    }
    for (String id : FIXED_IDS) {
      assertThat(CATALOG.ladders().allHarder(id)).as("exercises harder than " + id).doesNotContain(id);
    }
  }

  @Test
  void easierRungsAreNeverHarderThanTheRungsAbove() {
    for (LadderStep step : CATALOG.ladders().steps()) {
      assertThat(CATALOG.get(step.from()).difficulty())
          .as(step.from() + " -> " + step.to())
          .isLessThanOrEqualTo(CATALOG.get(step.to()).difficulty());
    }
  }

  @Test
  void ladderCriteriaAskForTheTopOfTheEasierExercisesDefaultDose() {
    for (LadderStep step : CATALOG.ladders().steps()) {
      Dose dose = CATALOG.get(step.from()).defaultDose();
      assertThat(step.criterion().sets()).as(step.toString()).isEqualTo(dose.sets());
      assertThat(step.criterion().target()).as(step.toString()).isEqualTo(dose.target().max());
      assertThat(step.criterion().seconds().isPresent()).as(step.toString()).isEqualTo(dose.isTimed());
      assertThat(step.criterion().maxPain()).isEqualTo(3);
      assertThat(step.criterion().consecutiveSessions()).isEqualTo(2);
    }
    assertThat(CATALOG.ladders().step("side-plank", "side-plank-hip-abduction").orElseThrow().criterion()
            .seconds())
        .contains(30);
  }

  @ParameterizedTest
  @MethodSource("exercises")
  void everyExerciseIsComplete(Exercise exercise) {
    assertThat(exercise.musclesIn(ActivationRole.PRIMARY)).as("primary muscles").isNotEmpty();
    assertThat(exercise.aliases()).as("aliases").isNotEmpty();
    assertThat(exercise.steps()).as("steps").hasSizeBetween(3, 6);
    assertThat(exercise.cues()).as("cues").hasSizeBetween(2, 4);
    assertThat(exercise.cautions()).as("cautions").hasSizeBetween(1, 3);
    assertThat(exercise.sources()).as("sources").isNotEmpty();
    assertThat(exercise.summary()).as("summary").isPresent();
    assertThat(exercise.equipment()).doesNotContain(Equipment.NONE);
    assertThat(exercise.defaultDose().perSide())
        .isEqualTo(exercise.laterality() == Laterality.UNILATERAL);
  }

  @ParameterizedTest
  @MethodSource("exercises")
  void doseKindFollowsTheMovement(Exercise exercise) {
    DoseKind expected;
    if (exercise.pattern() == MovementPattern.STRETCH) {
      expected = DoseKind.DURATION;
    } else if (Set.of("front-plank", "side-plank", "side-plank-on-knees", "wall-plank").contains(exercise.id())) {
      expected = DoseKind.HOLD;
    } else {
      expected = DoseKind.REPETITIONS;
    }
    assertThat(exercise.doseKind()).isEqualTo(expected);
  }

  @ParameterizedTest
  @MethodSource("exercises")
  void loadsMatchTheEquipment(Exercise exercise) {
    LoadKind load = exercise.defaultDose().load().kind();
    boolean weighted = exercise.equipment().contains(Equipment.DUMBBELL)
        || exercise.equipment().contains(Equipment.KETTLEBELL) || exercise.equipment().contains(Equipment.BARBELL);
    if (weighted) {
      assertThat(load).isEqualTo(LoadKind.KILOGRAMS);
    } else if (exercise.equipment().contains(Equipment.BAND)) {
      assertThat(load).isEqualTo(LoadKind.BAND);
    } else {
      assertThat(load).isEqualTo(LoadKind.BODYWEIGHT);
    }
  }

  @Test
  void abductionWorkMakesGluteusMediusAndMinimusPrimary() {
    List<Exercise> abduction = CATALOG.query().pattern(MovementPattern.ABDUCTION).list();
    assertThat(abduction).hasSize(7);
    for (Exercise exercise : abduction) {
      assertThat(exercise.isPrimary(Muscle.GLUTEUS_MEDIUS)).as(exercise.id()).isTrue();
      assertThat(exercise.isPrimary(Muscle.GLUTEUS_MINIMUS)).as(exercise.id()).isTrue();
    }
    assertThat(CATALOG.get("side-plank-hip-abduction").isPrimary(Muscle.GLUTEUS_MEDIUS)).isTrue();
  }

  @Test
  void bridgesAndHipThrustsMakeGluteusMaximusPrimary() {
    for (Exercise exercise : CATALOG.query().pattern(MovementPattern.BRIDGE).list()) {
      assertThat(exercise.isPrimary(Muscle.GLUTEUS_MAXIMUS)).as(exercise.id()).isTrue();
    }
    assertThat(CATALOG.get("donkey-kick").isPrimary(Muscle.GLUTEUS_MAXIMUS)).isTrue();
    assertThat(CATALOG.get("forearm-hip-raise").isPrimary(Muscle.GLUTEUS_MAXIMUS)).isTrue();
  }

  @Test
  void equipmentIsWhatEachExerciseNeeds() {
    assertThat(equipment("hip-thrust")).containsExactly(Equipment.BENCH);
    assertThat(equipment("banded-hip-thrust")).contains(Equipment.BAND, Equipment.BENCH);
    assertThat(equipment("banded-clamshell")).contains(Equipment.BAND);
    assertThat(equipment("lateral-band-walk")).contains(Equipment.BAND);
    assertThat(equipment("dumbbell-hip-thrust")).contains(Equipment.DUMBBELL, Equipment.BENCH);
    assertThat(equipment("dumbbell-romanian-deadlift")).contains(Equipment.DUMBBELL);
    assertThat(equipment("goblet-squat")).contains(Equipment.DUMBBELL);
    assertThat(equipment("barbell-hip-thrust")).contains(Equipment.BARBELL, Equipment.BENCH);
    assertThat(equipment("deadlift")).contains(Equipment.BARBELL);
    assertThat(equipment("step-up")).contains(Equipment.STEP);
    assertThat(equipment("lateral-step-up")).contains(Equipment.STEP);
    assertThat(equipment("bulgarian-split-squat")).contains(Equipment.BENCH);
    assertThat(equipment("romanian-deadlift")).isEmpty();
    assertThat(equipment("glute-squeeze")).isEmpty();
  }

  @Test
  void aTraineeWithNoEquipmentCanDoTheFloorBasics() {
    // a mat makes floor work comfortable, but a carpet or a folded blanket does too: never required
    assertThat(CATALOG.query().needing(Equipment.MAT).list()).isEmpty();
    Set<String> available =
        CATALOG.query().availableWith(EnumSet.noneOf(Equipment.class)).list().stream()
            .map(Exercise::id)
            .collect(Collectors.toSet());
    assertThat(available)
        .contains(
            "glute-squeeze", "glute-bridge", "bridge-march", "single-leg-glute-bridge", "clamshell",
            "side-lying-hip-abduction", "donkey-kick", "forearm-hip-raise", "bird-dog", "dead-bug",
            "front-plank", "side-plank", "romanian-deadlift", "bodyweight-squat", "split-squat",
            "hip-flexor-stretch", "hamstring-stretch", "figure-four-stretch")
        .doesNotContain("hip-thrust", "banded-clamshell", "goblet-squat", "step-up", "deadlift");
  }

  @Test
  void contraindicationsRuleOutTheRightExercises() {
    assertThat(ruledOutBy(Limitation.KNEE_PAIN))
        .contains("bulgarian-split-squat", "single-leg-squat", "reverse-lunge", "goblet-squat", "split-squat",
            "step-up", "lateral-step-up", "step-down", "bodyweight-squat", "sit-to-stand", "kettlebell-box-squat",
            "kettlebell-goblet-squat", "kettlebell-deadlift", "kettlebell-swing")
        // a shallow bend with body weight only, or no loaded bend at all
        .doesNotContain("box-squat", "lateral-band-walk", "glute-bridge", "hip-thrust", "romanian-deadlift");
    // on the forearms, planks keep the weight off the wrists
    assertThat(ruledOutBy(Limitation.WRIST_PAIN))
        .contains("bird-dog", "donkey-kick", "fire-hydrant")
        .doesNotContain("forearm-hip-raise", "glute-bridge", "front-plank", "side-plank");
    assertThat(ruledOutBy(Limitation.SHOULDER_PAIN))
        .contains("front-plank", "side-plank", "bird-dog", "donkey-kick", "forearm-hip-raise");
    assertThat(ruledOutBy(Limitation.NO_KNEELING))
        .contains("donkey-kick", "forearm-hip-raise", "bird-dog", "fire-hydrant");
    assertThat(ruledOutBy(Limitation.NO_FLOOR_WORK))
        .contains("glute-bridge", "clamshell", "dead-bug", "front-plank", "figure-four-stretch")
        .doesNotContain("step-up", "romanian-deadlift", "hip-flexor-stretch", "glute-squeeze");
    assertThat(ruledOutBy(Limitation.POOR_BALANCE))
        .contains("single-leg-romanian-deadlift", "single-leg-squat", "bulgarian-split-squat");
    assertThat(ruledOutBy(Limitation.PREGNANCY))
        .contains("glute-bridge", "dead-bug", "barbell-hip-thrust", "deadlift", "frog-pump", "curl-up")
        .doesNotContain("hip-thrust", "side-lying-hip-abduction", "standing-hip-extension");
    // evidence.md section 8: loaded spinal flexion and twisting, not hinging with a long back
    assertThat(ruledOutBy(Limitation.OSTEOPOROSIS)).containsExactly("curl-up");
    assertThat(ruledOutBy(Limitation.HIP_PAIN)).contains("bodyweight-squat", "deadlift", "kettlebell-deadlift")
        .doesNotContain("romanian-deadlift", "glute-bridge");
  }

  @Test
  void defaultDosesFollowTheSeeds() {
    assertDose("glute-bridge", 3, 8, 12, false);
    assertThat(dose("glute-bridge").pauseAtTopSeconds()).isBetween(1, 3);
    assertDose("hip-thrust", 3, 8, 12, false);
    assertThat(dose("hip-thrust").pauseAtTopSeconds()).isEqualTo(2);
    assertDose("clamshell", 3, 15, 20, true);
    assertDose("side-lying-hip-abduction", 3, 15, 15, true);
    assertDose("romanian-deadlift", 3, 10, 12, false);
    assertDose("step-up", 3, 8, 10, true);
    assertDose("donkey-kick", 3, 12, 15, true);
    assertDose("bridge-march", 3, 10, 10, true);
    assertThat(dose("single-leg-glute-bridge").repetitions()).contains(TargetRange.exactly(10));
    assertThat(dose("single-leg-glute-bridge").perSide()).isTrue();
    assertThat(dose("forearm-hip-raise").repetitions()).contains(TargetRange.exactly(10));
    assertThat(dose("forearm-hip-raise").perSide()).isTrue();
    assertThat(dose("glute-squeeze").repetitions()).contains(TargetRange.exactly(10));
    assertThat(dose("glute-squeeze").pauseAtTopSeconds()).isPositive();
  }

  @Test
  void loadedExercisesCarryModestLoads() {
    assertThat(dose("banded-clamshell").load().band()).contains(BandStrength.LIGHT);
    assertThat(dose("lateral-band-walk").load().kind()).isEqualTo(LoadKind.BAND);
    assertThat(dose("barbell-hip-thrust").load().kilogramsOrZero()).isBetween(10.0, 40.0);
    assertThat(dose("deadlift").load().kilogramsOrZero()).isBetween(10.0, 40.0);
    assertThat(dose("goblet-squat").load().kilogramsOrZero()).isBetween(2.0, 16.0);
  }

  @Test
  void theBeginnerRoutineMatchesSeed003() {
    RoutineTemplate routine = CATALOG.template("seed-beginner-routine").orElseThrow();
    assertThat(routine.source()).contains("seed 003");
    assertThat(routine.timesPerWeek()).isEqualTo(TargetRange.of(2, 3));

    assertThat(routine.warmUp()).extracting(Prescription::exerciseId)
        .containsExactly("glute-squeeze", "glute-bridge", "clamshell");
    assertPrescription(routine.warmUp().get(0), 1, 10, false);
    assertPrescription(routine.warmUp().get(1), 1, 20, false);
    assertPrescription(routine.warmUp().get(2), 1, 10, true);

    assertThat(routine.main()).extracting(Prescription::exerciseId)
        .containsExactly("hip-thrust", "clamshell", "side-lying-hip-abduction", "romanian-deadlift",
            "donkey-kick", "bridge-march");
    assertPrescription(routine.main().get(0), 3, 12, false);
    assertPrescription(routine.main().get(1), 3, 15, true);
    assertPrescription(routine.main().get(2), 3, 15, true);
    assertPrescription(routine.main().get(3), 3, 10, false);
    assertPrescription(routine.main().get(4), 3, 12, true);
    assertPrescription(routine.main().get(5), 2, 10, true);

    assertThat(routine.coolDown()).extracting(Prescription::exerciseId)
        .containsExactly("hip-flexor-stretch", "hamstring-stretch", "figure-four-stretch");
    for (Prescription stretch : routine.coolDown()) {
      assertThat(stretch.dose().seconds()).contains(TargetRange.exactly(30));
      assertThat(stretch.dose().perSide()).isTrue();
      assertThat(stretch.dose().sets()).isBetween(1, 2);
    }
  }

  @Test
  void theResearchTrioMatchesSeed001() {
    RoutineTemplate trio = CATALOG.template("seed-research-trio").orElseThrow();
    assertThat(trio.source()).contains("seed 001");
    assertThat(trio.main()).extracting(Prescription::exerciseId)
        .containsExactly("forearm-hip-raise", "clamshell", "single-leg-glute-bridge");
    for (Prescription prescription : trio.main()) {
      assertThat(prescription.dose().repetitions()).contains(TargetRange.exactly(10));
      assertThat(prescription.dose().perSide()).isTrue();
      assertThat(prescription.dose().sets()).isBetween(1, 3);
    }
  }

  @Test
  void templatePrescriptionsFitTheirExercises() {
    for (RoutineTemplate template : CATALOG.templates()) {
      List<Prescription> all =
          Stream.of(template.warmUp(), template.main(), template.coolDown())
              .flatMap(List::stream)
              .toList();
      for (Prescription prescription : all) {
        Exercise exercise = CATALOG.get(prescription.exerciseId());
        String what = template.id() + "/" + exercise.id();
        assertThat(prescription.dose().perSide()).as(what)
            .isEqualTo(exercise.laterality() == Laterality.UNILATERAL);
        assertThat(prescription.dose().isTimed()).as(what)
            .isEqualTo(exercise.doseKind() != DoseKind.REPETITIONS);
      }
    }
  }

  @Test
  void everyRedFlagHasOneQuestion() {
    List<RedFlagQuestion> questions = guidance().redFlagQuestions();
    assertThat(questions).extracting(RedFlagQuestion::flag)
        .containsExactlyInAnyOrder(RedFlag.values());
    for (RedFlagQuestion question : questions) {
      assertThat(question.question()).as(question.flag().id()).endsWith("?");
      assertThat(question.source()).contains("NHS/NICE");
    }
  }

  @Test
  void everyWeakGluteSignHasOneStatement() {
    List<WeakGluteItem> items = guidance().weakGluteChecklist();
    assertThat(items).extracting(WeakGluteItem::sign)
        .containsExactlyInAnyOrder(WeakGluteSign.values());
    assertThat(items).allSatisfy(item -> assertThat(item.source()).contains("seed 003"));
  }

  @Test
  void theClinicianNoticeNamesWhenToStop() {
    String notice = guidance().clinicianNotice();
    assertThat(notice)
        .contains("does not diagnose", "down a leg", "numbness", "tingling", "weakness", "bladder",
            "bowel", "worse over weeks", "severely limits", "new symptoms");
  }

  @Test
  void theHabitsAreTheSeedsFive() {
    assertThat(guidance().habits()).extracting(Habit::id)
        .containsExactly("stand-and-walk-more", "stretch-hip-flexors", "avoid-excessive-arching",
            "strengthen-core", "sleep-well");
  }

  @Test
  void theTimelineIsModest() {
    List<Milestone> timeline = guidance().timeline();
    assertThat(timeline).extracting(Milestone::weeks)
        .containsExactly(TargetRange.of(1, 1), TargetRange.of(2, 3), TargetRange.of(4, 6),
            TargetRange.of(8, 12));
    Milestone last = timeline.get(3);
    assertThat(last.expectation()).contains("4-8 weeks", "small and inconsistent");
    assertThat(last.source()).contains("evidence.md section 5");
    for (Milestone milestone : timeline) {
      assertThat(milestone.expectation().toLowerCase())
          .doesNotContain("will ", "guarantee", "cure");
    }
  }

  private static Guidance guidance() {
    return CATALOG.guidance().orElseThrow();
  }

  private static Set<Equipment> equipment(String id) {
    return CATALOG.get(id).equipment();
  }

  private static Dose dose(String id) {
    return CATALOG.get(id).defaultDose();
  }

  private static Set<String> ruledOutBy(Limitation limitation) {
    return CATALOG.exercises().stream()
        .filter(e -> e.contraindications().contains(limitation))
        .map(Exercise::id)
        .collect(Collectors.toSet());
  }

  private static void assertDose(String id, int sets, int min, int max, boolean perSide) {
    Dose dose = dose(id);
    assertThat(dose.sets()).as(id + " sets").isEqualTo(sets);
    assertThat(dose.repetitions()).as(id + " repetitions").contains(TargetRange.of(min, max));
    assertThat(dose.perSide()).as(id + " per side").isEqualTo(perSide);
  }

  private static void assertPrescription(Prescription prescription, int sets, int reps, boolean perSide) {
    String id = prescription.exerciseId();
    assertThat(prescription.dose().sets()).as(id + " sets").isEqualTo(sets);
    assertThat(prescription.dose().repetitions()).as(id + " repetitions").contains(TargetRange.exactly(reps));
    assertThat(prescription.dose().perSide()).as(id + " per side").isEqualTo(perSide);
  }
}
