package io.glutewise.planner.internal;

import io.glutewise.core.dose.DoseWords;
import io.glutewise.core.dose.Load;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.model.DayType;
import io.glutewise.planner.model.LoadMove;
import io.glutewise.planner.model.LoadSteps;
import io.glutewise.planner.model.PhaseAim;
import io.glutewise.planner.model.TrainingModel;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The planned weights of every weighted exercise, week by week: its first week starts from the
 * exercise's own starting weight, taken to a weight the trainee has, with a note to find the weight
 * that leaves 2-3 repetitions in reserve; then it moves by real steps of the equipment as the phase's
 * aim says; heavy and light days of an undulating week are one step above and below.
 */
final class LoadPlan {
  private final TraineeProfile profile;
  /** Steps above the starting weight, per exercise. */
  private final Map<String, Integer> steps = new HashMap<>();
  /** Normal weeks the exercise has been planned so far. */
  private final Map<String, Integer> weeks = new HashMap<>();
  // asked for every item of every week: worked out once per exercise, and one Load and one note
  // per weight, so that equal prescriptions compare their loads and notes by identity
  private final Map<String, Optional<LoadSteps>> equipment = new HashMap<>();
  private final Map<Double, Load> loads = new HashMap<>();
  private final Map<Double, String> findYourWeight = new HashMap<>();

  LoadPlan(TraineeProfile profile) {
    this.profile = profile;
  }

  /**
   * Sets the weights of the {@code index}-th normal week of a phase (from 0): a phase's first week
   * keeps the weight the phase before left, and where the aim moves weights every second week they
   * rise in the phase's second, fourth, ... week.
   */
  void apply(List<DraftSession> week, PhaseAim aim, int index) {
    boolean phaseStart = index == 0;
    Set<String> seen = new LinkedHashSet<>();
    Map<String, Exercise> exercises = new HashMap<>();
    for (DraftSession session : week) {
      for (DraftItem item : session.main) {
        if (steps(item.exercise).isPresent()) {
          seen.add(item.exercise.id());
          exercises.put(item.exercise.id(), item.exercise);
        }
      }
    }
    Set<String> fresh = new LinkedHashSet<>();
    for (String id : seen) {
      Integer done = weeks.get(id);
      // a rung new to this week finds its weight first and rises a week later at the earliest
      if (done == null) {
        steps.put(id, 0);
        fresh.add(id);
      } else if (aim.loadMove() == LoadMove.EVERY_SECOND_WEEK && index % 2 == 1
          || aim.loadMove() == LoadMove.EACH_BLOCK && phaseStart) {
        steps.merge(id, 1, Integer::sum);
      }
      weeks.merge(id, 1, Integer::sum);
    }
    for (DraftSession session : week) {
      for (DraftItem item : session.main) {
        Optional<LoadSteps> equipment = steps(item.exercise);
        if (equipment.isEmpty()) {
          continue;
        }
        double start = start(item.exercise, equipment.get());
        int offset = item.dayType == DayType.HEAVY ? 1 : item.dayType == DayType.LIGHT ? -1 : 0;
        double kilograms = equipment.get().move(start, steps.get(item.exercise.id()) + offset);
        item.load = loads.computeIfAbsent(kilograms, Load::kilograms);
        if (fresh.contains(item.exercise.id())) {
          item.note = findYourWeight.computeIfAbsent(start, LoadPlan::findYourWeight);
        }
      }
    }
  }

  /** The weights the trainee has for the exercise; empty when it takes none. */
  private Optional<LoadSteps> steps(Exercise exercise) {
    // get, then put: a capturing lambda for computeIfAbsent would be made at every one of these calls
    Optional<LoadSteps> steps = equipment.get(exercise.id());
    if (steps == null) {
      steps = LoadSteps.forExercise(exercise, profile);
      equipment.put(exercise.id(), steps);
    }
    return steps;
  }

  /** The exercise's own starting weight, taken to the heaviest the trainee has at or below it. */
  private static double start(Exercise exercise, LoadSteps equipment) {
    double own = exercise.defaultDose().load().kilogramsOrZero();
    return equipment.atOrBelow(own > 0 ? own : equipment.weights().get(0));
  }

  private static String findYourWeight(double start) {
    return "First week with this weight: find your weight. " + DoseWords.number(start) + " kg is only a starting guess; "
        + "use the weight with which every set ends with " + TrainingModel.FIND_WEIGHT_RESERVE
        + " repetitions still in reserve, and keep to the weeks' steps from there.";
  }
}
