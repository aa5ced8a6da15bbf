package io.glutewise.planner.stats;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.program.PhaseKind;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * One week of a plan at a glance: its phase, whether it deloads, the hard sets of each glute group,
 * what changed since the week before (a harder or different exercise, a weight step) and the
 * estimated minutes. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWeekSummary.class)
@JsonDeserialize(as = ImmutableWeekSummary.class)
public abstract class WeekSummary {
  /** The week number, from 1. */
  public abstract int week();

  /** The phase the week belongs to. */
  public abstract PhaseKind phase();

  /** Whether this is a deload week. */
  public abstract boolean deload();

  /**
   * Hard sets of the gluteus maximus: working sets of the main block in which it is a primary mover
   * (see {@link io.glutewise.planner.model.GluteGroup#setsPerSet}).
   */
  public abstract double gluteusMaximusSets();

  /** Hard sets of the gluteus medius and minimus, counted the same way. */
  public abstract double gluteusMediusMinimusSets();

  /** Exercise changes since the week before, such as {@code "Glute bridge -> Bridge march"}. */
  public abstract List<String> variantChanges();

  /** Weight changes since the week before, such as {@code "Dumbbell hip thrust 10 -> 12.5 kg"}. */
  public abstract List<String> loadChanges();

  /** The estimated minutes of all the week's sessions together. */
  public abstract int estimatedMinutes();

  /** The estimated minutes of the week's longest session. */
  public abstract int longestSessionMinutes();

  /** The phase as a summary's row names it: {@code strength}, or {@code strength (deload)}. */
  @JsonIgnore
  public String phaseLabel() {
    return phase().id() + (deload() ? " (deload)" : "");
  }

  /** Every change since the week before, the exercises' then the weights', joined by {@code "; "}. */
  @JsonIgnore
  public String changesInWords() {
    List<String> changes = new ArrayList<>(variantChanges());
    changes.addAll(loadChanges());
    return String.join("; ", changes);
  }

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WeekSummary}. */
  public static final class Builder extends ImmutableWeekSummary.Builder {}
}
