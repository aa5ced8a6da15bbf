package io.glutewise.planner.stats;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.dose.DoseWords;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.Week;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.model.GluteGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A plan week by week, as a coach reads it: for each week the phase, the hard sets per glute group,
 * the exercise and weight changes since the week before, and the estimated minutes. The command
 * line's {@code plan --summary}, the statistics API and the HTML page all show these numbers.
 * Thread-safe.
 */
public final class PlanSummary {
  private PlanSummary() {}

  /**
   * The sentence that opens every rendering of the summary, such as {@code 12 weeks for a beginner,
   * 3 days a week, 45 minutes a session; linear periodization. Hard sets: ...}: what the plan was
   * built for and what its set counts mean.
   */
  public static String heading(Program program) {
    TraineeProfile profile = program.builtFrom().profile();
    return program.weeks().size() + " weeks for " + profile.level().person() + ", "
        + profile.daysPerWeek() + (profile.daysPerWeek() == 1 ? " day" : " days") + " a week, "
        + profile.minutesPerSession() + " minutes a session; " + program.builtFrom().options().model().id()
        + " periodization. Hard sets: sets of the main block in which the group is a primary mover.";
  }

  /**
   * The summary of every week of a program.
   *
   * @throws io.glutewise.catalog.UnknownExerciseException when the program names an exercise the
   *     catalog does not know
   */
  public static List<WeekSummary> of(Program program, Catalog catalog) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(catalog, "catalog");
    List<WeekSummary> weeks = new ArrayList<>();
    Week before = null;
    for (Week week : program.weeks()) {
      int minutes = 0;
      int longest = 0;
      for (Session session : week.sessions()) {
        int m = SessionDuration.estimateMinutes(session, catalog);
        minutes += m;
        longest = Math.max(longest, m);
      }
      weeks.add(WeekSummary.builder()
          .week(week.number())
          .phase(program.phaseOf(week.number()).kind())
          .deload(week.deload())
          .gluteusMaximusSets(hardSets(week, GluteGroup.MAXIMUS, catalog))
          .gluteusMediusMinimusSets(hardSets(week, GluteGroup.MEDIUS_MINIMUS, catalog))
          .variantChanges(before == null ? List.of() : variantChanges(before, week, catalog))
          .loadChanges(before == null ? List.of() : loadChanges(before, week, catalog))
          .estimatedMinutes(minutes)
          .longestSessionMinutes(longest)
          .build());
      before = week;
    }
    return List.copyOf(weeks);
  }

  /** The week's hard sets for a glute group: main-block sets in which the group is a primary mover. */
  public static double hardSets(Week week, GluteGroup group, Catalog catalog) {
    double sets = 0;
    for (Session session : week.sessions()) {
      for (Prescription p : session.main()) {
        sets += p.dose().sets() * group.setsPerSet(catalog.get(p.exerciseId()));
      }
    }
    return sets;
  }

  private static Set<String> exercises(Week week) {
    Set<String> ids = new LinkedHashSet<>();
    week.sessions().forEach(s -> s.main().forEach(p -> ids.add(p.exerciseId())));
    return ids;
  }

  /** New exercises, each paired with the one it replaced on its ladder where there is one. */
  private static List<String> variantChanges(Week before, Week week, Catalog catalog) {
    Set<String> gone = new LinkedHashSet<>(exercises(before));
    gone.removeAll(exercises(week));
    Set<String> added = new LinkedHashSet<>(exercises(week));
    added.removeAll(exercises(before));
    List<String> changes = new ArrayList<>();
    for (String id : added) {
      String replaced = null;
      for (String old : gone) {
        if (catalog.ladders().allHarder(old).contains(id) || catalog.ladders().allEasier(old).contains(id)
            || catalog.get(old).pattern() == catalog.get(id).pattern()) {
          replaced = old;
          break;
        }
      }
      String weight = heaviest(week).containsKey(id) ? " (" + kg(heaviest(week).get(id)) + " kg)" : "";
      if (replaced != null) {
        gone.remove(replaced);
        changes.add(name(replaced, catalog) + " -> " + name(id, catalog) + weight);
      } else {
        changes.add("+ " + name(id, catalog) + weight);
      }
    }
    gone.forEach(id -> changes.add("- " + name(id, catalog)));
    return changes;
  }

  /** Exercises in both weeks whose heaviest planned weight changed. */
  private static List<String> loadChanges(Week before, Week week, Catalog catalog) {
    Map<String, Double> then = heaviest(before);
    List<String> changes = new ArrayList<>();
    heaviest(week).forEach((id, kilograms) -> {
      Double old = then.get(id);
      if (old != null && Math.abs(old - kilograms) > 1e-9) {
        changes.add(name(id, catalog) + " " + kg(old) + " -> " + kg(kilograms) + " kg");
      }
    });
    return changes;
  }

  private static Map<String, Double> heaviest(Week week) {
    Map<String, Double> heaviest = new LinkedHashMap<>();
    for (Session session : week.sessions()) {
      for (Prescription p : session.main()) {
        if (p.dose().load().isWeight()) {
          heaviest.merge(p.exerciseId(), p.dose().load().kilogramsOrZero(), Math::max);
        }
      }
    }
    return heaviest;
  }

  private static String name(String id, Catalog catalog) {
    Exercise exercise = catalog.get(id);
    return exercise.name();
  }

  private static String kg(double kilograms) {
    return DoseWords.number(Math.round(kilograms * 10) / 10.0);
  }
}
