package io.glutewise.planner.suitability;

import static io.glutewise.core.generators.Theories.theory;
import static io.glutewise.planner.generators.PlannerGenerators.options;
import static io.glutewise.planner.generators.PlannerGenerators.profiles;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.exercise.BalanceDemand;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.JointBend;
import io.glutewise.core.generators.ExerciseGenerators;
import io.glutewise.core.trainee.Limitation;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.NoSuitableExerciseException;
import io.glutewise.planner.Planner;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The one suitability rule over generated profiles and exercises: limitations exclude exactly the
 * exercises whose attributes conflict; a limitation only ever narrows the choice; the rule gives a
 * reason exactly when it refuses; the next rung is doable and none nearer is passed over; and the
 * program builder never prescribes anything the rule refuses.
 */
class SuitabilityProperties {
  private static final Planner PLANNER = Planner.standard();
  private static final Catalog CATALOG = PLANNER.catalog();
  private static final List<Exercise> EXERCISES = CATALOG.exercises();

  /**
   * What each limitation must keep away from, as a physiotherapist states it (evidence.md section 8
   * for osteoporosis and pregnancy): the specification the catalog's attributes answer to.
   */
  private static final Map<Limitation, Predicate<Exercise>> CONFLICTS = Map.of(
      Limitation.KNEE_PAIN, e -> e.demands().kneeFlexion() == JointBend.DEEP
          || (e.demands().kneeFlexion() != JointBend.NONE
              && (e.equipment().contains(Equipment.DUMBBELL) || e.equipment().contains(Equipment.KETTLEBELL)
                  || e.equipment().contains(Equipment.BARBELL))),
      Limitation.WRIST_PAIN, e -> e.demands().weightOnHands(),
      Limitation.SHOULDER_PAIN, e -> e.demands().weightOnArms(),
      Limitation.HIP_PAIN, e -> e.demands().hipFlexion() == JointBend.DEEP,
      Limitation.NO_KNEELING, e -> e.demands().weightOnKnees(),
      Limitation.NO_FLOOR_WORK, e -> e.demands().floorWork(),
      Limitation.POOR_BALANCE, e -> e.demands().balance() == BalanceDemand.UNSUPPORTED,
      Limitation.PREGNANCY, e -> e.demands().longSupine() || e.equipment().contains(Equipment.BARBELL),
      Limitation.OSTEOPOROSIS, e -> e.demands().spinalFlexionOrTwist());

  private static Gen<Exercise> catalogExercises() {
    return Generate.pick(EXERCISES);
  }

  private static Gen<Limitation> limitations() {
    return Generate.enumValues(Limitation.class);
  }

  @Test
  void everyLimitationExcludesExactlyTheExercisesWhoseAttributesConflict() {
    theory().forAll(ExerciseGenerators.exercises().mix(catalogExercises(), 30)).check(exercise -> {
      for (Limitation limitation : Limitation.values()) {
        if (limitation.excludes(exercise) != CONFLICTS.get(limitation).test(exercise)) {
          return false;
        }
      }
      return exercise.contraindications().stream().allMatch(l -> CONFLICTS.get(l).test(exercise));
    });
  }

  @Test
  void aLimitationOnlyEverNarrowsWhatATraineeCanDo() {
    theory().forAll(profiles(), limitations(), catalogExercises()).check((profile, limitation, exercise) -> {
      Set<Limitation> more = EnumSet.of(limitation);
      more.addAll(profile.limitations());
      TraineeProfile narrower = TraineeProfile.builder().from(profile).limitations(more).build();
      boolean allowedWith = Suitability.of(narrower).test(exercise);
      return !allowedWith || Suitability.of(profile).test(exercise);
    });
  }

  @Test
  void theRuleRefusesExactlyWhenItGivesAReason() {
    theory().forAll(profiles(), catalogExercises()).check((profile, exercise) -> {
      Suitability rule = Suitability.of(profile);
      return rule.test(exercise) == rule.reasonsAgainst(exercise).isEmpty();
    });
  }

  @Test
  void theCatalogQueryWithTheRuleListsExactlyWhatTheRuleAccepts() {
    theory().forAll(profiles()).check(profile -> {
      Suitability rule = Suitability.of(profile);
      return CATALOG.query().matching(rule).list().equals(EXERCISES.stream().filter(rule).toList());
    });
  }

  /**
   * Each next rung is doable and harder; every doable harder rung is either a next rung or above one,
   * so no doable rung nearer than those offered is passed over.
   */
  @Test
  void theNextRungIsDoableAndNoNearerDoableRungIsPassedOver() {
    theory().forAll(profiles(), catalogExercises()).check((profile, exercise) -> {
      Suitability rule = Suitability.of(profile);
      List<String> next = CATALOG.nextRungs(exercise.id(), rule).stream().map(s -> s.to()).toList();
      Set<String> harder = CATALOG.ladders().allHarder(exercise.id());
      boolean offeredAreFine = next.stream().allMatch(id -> harder.contains(id) && rule.test(CATALOG.get(id)));
      boolean noneSkipped = harder.stream().filter(id -> rule.test(CATALOG.get(id))).allMatch(id ->
          next.contains(id) || next.stream().anyMatch(n -> CATALOG.ladders().allHarder(n).contains(id)));
      return offeredAreFine && noneSkipped;
    });
  }

  @Test
  void theProgramBuilderOnlyPrescribesWhatTheRuleAccepts() {
    theory().forAll(profiles(), options()).check((profile, options) -> {
      try {
        Suitability rule = Suitability.of(profile);
        return PLANNER.plan(profile, options).program()
            .map(program -> program.sessions().stream().flatMap(s -> s.all().stream())
                .allMatch(p -> rule.test(CATALOG.get(p.exerciseId()))))
            .orElse(true);
      } catch (NoSuitableExerciseException e) {
        return true;
      }
    });
  }
}
