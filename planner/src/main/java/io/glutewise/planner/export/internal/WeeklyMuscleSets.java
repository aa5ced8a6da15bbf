package io.glutewise.planner.export.internal;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.ActivationRole;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.MuscleActivation;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.Week;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Working sets per muscle per week, counted the way the planner's statistics count them: a set
 * counts 1 for each primary muscle and 0.5 for each secondary one; stabilisers and the cool-down
 * stretches do not count. Exercises the catalog does not know count for nothing.
 */
public final class WeeklyMuscleSets {
  private WeeklyMuscleSets() {}

  /** Week number to sets per muscle; every week of the program is present, muscles only if hit. */
  public static SortedMap<Integer, Map<Muscle, Double>> of(Program program, Catalog catalog) {
    SortedMap<Integer, Map<Muscle, Double>> weeks = new TreeMap<>();
    for (Week week : program.weeks()) {
      Map<Muscle, Double> sets = new EnumMap<>(Muscle.class);
      for (Session session : week.sessions()) {
        for (Prescription prescription : session.warmUp()) {
          add(sets, prescription, catalog);
        }
        for (Prescription prescription : session.main()) {
          add(sets, prescription, catalog);
        }
      }
      weeks.put(week.number(), sets);
    }
    return weeks;
  }

  private static void add(Map<Muscle, Double> sets, Prescription prescription, Catalog catalog) {
    Exercise exercise = catalog.find(prescription.exerciseId()).orElse(null);
    if (exercise == null) {
      return;
    }
    for (MuscleActivation activation : exercise.muscles()) {
      double weight = activation.role() == ActivationRole.PRIMARY ? 1.0
          : activation.role() == ActivationRole.SECONDARY ? 0.5 : 0.0;
      if (weight > 0) {
        sets.merge(activation.muscle(), weight * prescription.dose().sets(), Double::sum);
      }
    }
  }
}
