package io.glutewise.catalog.generators;

import static io.glutewise.core.generators.CoreGenerators.optionals;
import static io.glutewise.core.generators.CoreGenerators.slugs;
import static io.glutewise.core.generators.CoreGenerators.texts;
import static org.quicktheories.generators.SourceDSL.integers;

import io.glutewise.catalog.CatalogDocument;
import io.glutewise.catalog.ImmutableCatalogDocument;
import io.glutewise.catalog.guidance.Guidance;
import io.glutewise.catalog.guidance.ImmutableGuidance;
import io.glutewise.catalog.guidance.ImmutableHabit;
import io.glutewise.catalog.guidance.ImmutableMilestone;
import io.glutewise.catalog.guidance.ImmutableRedFlagQuestion;
import io.glutewise.catalog.guidance.ImmutableRoutineTemplate;
import io.glutewise.catalog.guidance.ImmutableWeakGluteItem;
import io.glutewise.catalog.guidance.RoutineTemplate;
import io.glutewise.core.exercise.ActivationRole;
import io.glutewise.core.exercise.DoseKind;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.ImmutableExercise;
import io.glutewise.core.exercise.ImmutableMuscleActivation;
import io.glutewise.core.exercise.LadderStep;
import io.glutewise.core.exercise.MuscleActivation;
import io.glutewise.core.exercise.ProgressionCriterion;
import io.glutewise.core.generators.CoreGenerators;
import io.glutewise.core.generators.DoseGenerators;
import io.glutewise.core.generators.ExerciseGenerators;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.trainee.RedFlag;
import io.glutewise.core.trainee.WeakGluteSign;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of whole catalogs that pass validation: distinct exercise ids, a primary muscle in
 * every exercise, ladders forming a random directed acyclic graph whose criteria count what the
 * easier exercise counts, templates naming known exercises with fitting doses, and (most of the
 * time) guidance covering every red flag and weak-glute sign. Exercises, doses and criteria come
 * from core's shared generators.
 */
public final class CatalogGenerators {
  /** The largest number of exercises in a generated catalog. */
  public static final int MAX_EXERCISES = 10;

  private CatalogGenerators() {}

  /** Valid catalogs of one to {@value #MAX_EXERCISES} exercises, with or without ladder steps. */
  public static Gen<CatalogDocument> documents() {
    return documents(1, false);
  }

  /** Valid catalogs of two or more exercises and at least one ladder step. */
  public static Gen<CatalogDocument> documentsWithLadders() {
    return documents(2, true);
  }

  private static Gen<CatalogDocument> documents(int minExercises, boolean needsStep) {
    Gen<CatalogDocument> documents = in -> {
      int count = integers().between(minExercises, MAX_EXERCISES).generate(in);
      List<Exercise> exercises = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        exercises.add(exercise(in, i));
      }
      return ImmutableCatalogDocument.builder()
          .version(slugs().generate(in))
          .exercises(exercises)
          .ladders(ladders(in, exercises, needsStep))
          .templates(templates(in, exercises))
          // most catalogs carry guidance; a user's may leave it out
          .guidance(integers().between(1, 4).generate(in) > 1 ? Optional.of(guidance(in)) : Optional.empty())
          .build();
    };
    return documents.describedAs(GlutewiseJson::write);
  }

  /** A core exercise with a distinct id and a primary muscle. */
  private static Exercise exercise(RandomnessSource in, int index) {
    Exercise generated = ExerciseGenerators.exercises().generate(in);
    List<MuscleActivation> muscles = new ArrayList<>(generated.muscles());
    if (generated.musclesIn(ActivationRole.PRIMARY).isEmpty()) {
      int chosen = integers().between(0, muscles.size() - 1).generate(in);
      muscles.set(chosen, ImmutableMuscleActivation.copyOf(muscles.get(chosen)).withRole(ActivationRole.PRIMARY));
    }
    // a numbered prefix keeps ids distinct while the rest stays as varied as core makes it
    return ImmutableExercise.copyOf(generated).withId("x" + index + "-" + generated.id()).withMuscles(muscles);
  }

  /**
   * Steps of a random DAG: the exercises in a random order, a step from an earlier to a later
   * one with a random density, the steps themselves in a random file order.
   */
  private static List<LadderStep> ladders(RandomnessSource in, List<Exercise> exercises, boolean needsStep) {
    List<Exercise> order = shuffled(in, exercises);
    int density = integers().between(0, 60).generate(in);
    List<LadderStep> steps = new ArrayList<>();
    for (int a = 0; a < order.size(); a++) {
      for (int b = a + 1; b < order.size(); b++) {
        if (integers().between(1, 100).generate(in) <= density) {
          steps.add(LadderStep.of(order.get(a).id(), order.get(b).id(), criterionFor(in, order.get(a))));
        }
      }
    }
    if (needsStep && steps.isEmpty()) {
      steps.add(LadderStep.of(order.get(0).id(), order.get(1).id(), criterionFor(in, order.get(0))));
    }
    return shuffled(in, steps);
  }

  /** A criterion counting what the exercise counts: repetitions, or seconds for timed work. */
  public static ProgressionCriterion criterionFor(RandomnessSource in, Exercise easier) {
    ProgressionCriterion.Builder criterion = ProgressionCriterion.builder()
        .sets(integers().between(1, 10).generate(in))
        .maxPain(CoreGenerators.painScores().generate(in))
        .consecutiveSessions(integers().between(1, 5).generate(in));
    if (easier.doseKind() == DoseKind.REPETITIONS) {
      criterion.repetitions(integers().between(1, 100).generate(in));
    } else {
      criterion.seconds(integers().between(1, 3600).generate(in));
    }
    return criterion.build();
  }

  private static List<RoutineTemplate> templates(RandomnessSource in, List<Exercise> exercises) {
    int count = integers().between(0, 2).generate(in);
    List<RoutineTemplate> templates = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      templates.add(ImmutableRoutineTemplate.builder()
          .id("template-" + t)
          .name(texts().generate(in))
          .source(texts().generate(in))
          .timesPerWeek(DoseGenerators.targetRanges().generate(in))
          .warmUp(prescriptions(in, exercises))
          .main(prescriptions(in, exercises))
          .coolDown(prescriptions(in, exercises))
          .build());
    }
    return templates;
  }

  private static List<Prescription> prescriptions(RandomnessSource in, List<Exercise> exercises) {
    int count = integers().between(0, 3).generate(in);
    List<Prescription> prescriptions = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      Exercise exercise = exercises.get(integers().between(0, exercises.size() - 1).generate(in));
      Prescription prescription = Prescription.of(exercise.id(),
          DoseGenerators.dosesFor(exercise.doseKind(), exercise.laterality()).generate(in));
      Optional<String> note = optionals(texts()).generate(in);
      prescriptions.add(note.map(prescription::withNote).orElse(prescription));
    }
    return prescriptions;
  }

  private static Guidance guidance(RandomnessSource in) {
    ImmutableGuidance.Builder guidance = ImmutableGuidance.builder().clinicianNotice(texts().generate(in));
    for (RedFlag flag : shuffled(in, Arrays.asList(RedFlag.values()))) {
      guidance.addRedFlagQuestions(ImmutableRedFlagQuestion.builder()
          .flag(flag).question(texts().generate(in)).source(texts().generate(in)).build());
    }
    for (WeakGluteSign sign : shuffled(in, Arrays.asList(WeakGluteSign.values()))) {
      guidance.addWeakGluteChecklist(ImmutableWeakGluteItem.builder()
          .sign(sign).statement(texts().generate(in)).source(texts().generate(in)).build());
    }
    int habits = integers().between(0, 3).generate(in);
    for (int h = 0; h < habits; h++) {
      guidance.addHabits(ImmutableHabit.builder()
          .id("habit-" + h).title(texts().generate(in)).advice(texts().generate(in)).source(texts().generate(in))
          .build());
    }
    for (int m = integers().between(0, 3).generate(in); m > 0; m--) {
      guidance.addTimeline(ImmutableMilestone.builder()
          .weeks(DoseGenerators.targetRanges().generate(in))
          .expectation(texts().generate(in))
          .source(texts().generate(in))
          .build());
    }
    return guidance.build();
  }

  /** A random permutation (Fisher-Yates), drawn from the randomness source so that it shrinks. */
  public static <T> List<T> shuffled(RandomnessSource in, List<T> items) {
    List<T> shuffled = new ArrayList<>(items);
    for (int k = shuffled.size() - 1; k > 0; k--) {
      int j = integers().between(0, k).generate(in);
      T swap = shuffled.get(k);
      shuffled.set(k, shuffled.get(j));
      shuffled.set(j, swap);
    }
    return shuffled;
  }
}
