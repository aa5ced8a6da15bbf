package io.glutewise.web.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.catalog.Catalog;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Week;
import io.glutewise.planner.stats.PlanSummary;
import io.glutewise.planner.stats.ProgramStatistics;
import io.glutewise.planner.stats.WeekSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The answer of {@code POST /api/plans/statistics}: the planner's volume statistics laid out for a
 * chart, one entry per week with working sets per muscle (by muscle id), and the estimated minutes
 * of each session, and the plan week by week. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStatisticsView.class)
@JsonDeserialize(as = ImmutableStatisticsView.class)
public abstract class StatisticsView {
  /** The weeks in order. */
  public abstract List<WeekVolume> weeks();

  /** The display name of every muscle that appears in {@link #weeks()}, by muscle id. */
  public abstract Map<String, String> muscleNames();

  /** The estimated minutes of each session, by session id, in program order. */
  public abstract Map<String, Integer> estimatedMinutesBySession();

  /** The plan week by week, as the planner's {@link PlanSummary} gives it. */
  public abstract List<WeekSummary> summary();

  /** The statistics of a program, computed by the planner over the catalog. */
  public static StatisticsView of(Program program, Catalog catalog) {
    ProgramStatistics statistics = ProgramStatistics.of(program, catalog);
    ImmutableStatisticsView.Builder view = ImmutableStatisticsView.builder();
    Map<String, String> names = new LinkedHashMap<>();
    for (Week week : program.weeks()) {
      Map<String, Double> perMuscle = new LinkedHashMap<>();
      for (Muscle muscle : Muscle.values()) {
        Double sets = statistics.weeklySetsPerMuscle().getOrDefault(week.number(), Map.of()).get(muscle);
        if (sets != null) {
          perMuscle.put(muscle.id(), sets);
          names.put(muscle.id(), muscle.displayName());
        }
      }
      view.addWeeks(ImmutableWeekVolume.builder()
          .week(week.number())
          .deload(week.deload())
          .totalSets(statistics.weeklySets().getOrDefault(week.number(), 0))
          .setsPerMuscle(perMuscle)
          .build());
    }
    return view.muscleNames(names)
        .estimatedMinutesBySession(statistics.estimatedMinutesBySession())
        .summary(PlanSummary.of(program, catalog))
        .build();
  }

  /** One week's working volume. Immutable and thread-safe. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableWeekVolume.class)
  @JsonDeserialize(as = ImmutableWeekVolume.class)
  public abstract static class WeekVolume {
    /** The week number, from 1. */
    public abstract int week();

    /** Whether this is a lighter deload week. */
    public abstract boolean deload();

    /** Total working sets of the week's main blocks. */
    public abstract int totalSets();

    /** Working sets per muscle id: 1 per set for a primary mover, 0.5 for a secondary one. */
    public abstract Map<String, Double> setsPerMuscle();
  }
}
