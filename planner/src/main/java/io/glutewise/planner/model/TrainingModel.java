package io.glutewise.planner.model;

import io.glutewise.core.program.PeriodizationModel;
import io.glutewise.core.program.PhaseKind;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.trainee.Goal;
import io.glutewise.core.trainee.Limitation;
import io.glutewise.core.trainee.TraineeProfile;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The training model: the aim of each phase for a trainee and a periodization model, as numbers.
 *
 * <p>Weekly hard sets per glute group (evidence.md section 7, our synthesis of Schoenfeld 2017,
 * Baz-Valle 2022 and Pelland 2024): an untrained person starts at about {@value #MINIMUM_EFFECTIVE_SETS}
 * and works towards about 10; trained people 10-20; a pain-monitored back program stays under a
 * ceiling of about {@value #CEILING_SETS}. So, per normal week:
 *
 * <pre>
 *                 activation  strength-endurance  strength  consolidation
 *   beginner        4-6            6-8              8-10        5-7
 *   intermediate    6-8            8-10            10-12        7-9
 *   advanced        8-10          10-12            12-16        9-11
 * </pre>
 *
 * <p>Under the block model, strength-endurance is an accumulation block (the band's most sets, flat,
 * weights one step above the block before), strength an intensification block (the fewest sets of
 * the strength-endurance band, flat, fewer repetitions, weights rising every second week) and consolidation a realization
 * block (its fewest sets, the fewest repetitions, weights one step up).
 *
 * <p>Each band starts where the one before ends (strength-endurance at least activation) and
 * consolidation stays below strength. Since the seeds dose each exercise at 2-3 sets, no exercise
 * of a normal week has fewer than {@value #MIN_SETS_PER_EXERCISE} sets, and a band is raised to what
 * the opening movements give at two sets ({@link #openingFloor(int)}). Pain relief as a goal, or pain of 4-6/10 now, keeps to the
 * lower half of each band; strength or shape without pain relief, with pain at most 3/10, to the
 * upper half; pain of 7/10 or more to the band's minimum.
 *
 * <p>Repetitions, effort and rest (ACSM 2009, evidence.md sections 2 and 7): 8-12 repetitions for
 * strength, 12-15 with short rests for staying power; 2-3 min rest on the main lifts and 1-2 min on
 * the rest (90 s here, 120 s for barbell lifts); about 3 repetitions in reserve for novices, whose
 * judgement of it is imprecise (Steele 2017). A squeeze of 1-3 s at the top of bridges (the seeds).
 * Novices do 1-3 sets of an exercise (ACSM). Deloads keep at most {@value #DELOAD_MAX_FRACTION_PERCENT}%
 * of the week before (a 41-60% cut, Bosquet 2007), with the same exercises and no heavier weights
 * (Bell 2023).
 */
public final class TrainingModel {
  /** The fewest weekly hard sets per glute group the model plans for anyone (an untrained start). */
  public static final int MINIMUM_EFFECTIVE_SETS = 4;

  /** The most weekly hard sets per glute group a pain-monitored back program plans. */
  public static final int CEILING_SETS = 16;

  /** The largest share of the week before's sets that a deload week keeps. */
  public static final double DELOAD_MAX_FRACTION = 0.6;

  /** {@link #DELOAD_MAX_FRACTION} in percent, for documentation. */
  public static final int DELOAD_MAX_FRACTION_PERCENT = 60;

  /** The repetitions in reserve a weight is chosen for in its first week. */
  public static final String FIND_WEIGHT_RESERVE = "2-3";

  private static final int[][][] BANDS = {
    {{4, 6}, {6, 8}, {8, 10}, {5, 7}},
    {{6, 8}, {8, 10}, {10, 12}, {7, 9}},
    {{8, 10}, {10, 12}, {12, 16}, {9, 11}},
  };

  /** Every aim made so far, by what it depends on (see {@link #aim}). */
  private static final ConcurrentMap<Long, PhaseAim> AIMS = new ConcurrentHashMap<>();

  private TrainingModel() {}

  /** The base band of a phase for a level, before goals and pain narrow it. */
  public static SetBand baseBand(PhaseKind kind, ExperienceLevel level) {
    int[] band = BANDS[level.ordinal()][kind.ordinal()];
    return SetBand.of(band[0], band[1]);
  }

  /** The aim of a phase for a trainee under a periodization model. */
  public static PhaseAim aim(PhaseKind kind, TraineeProfile profile, PeriodizationModel model) {
    ExperienceLevel level = profile.level();
    boolean careful = careful(profile);
    // pain relief and moderate pain keep the lower half; careful plans also keep their exercises
    SetBand band = band(kind, profile);
    SetBand endurance = band(PhaseKind.STRENGTH_ENDURANCE, profile);
    // an aim depends on these few values alone, and writing its description is a visible part of
    // planning: each aim is made once and shared (aims are immutable), so each description is too.
    // Each value fits the width it is given: 3 levels and 3 models in 8, weekly sets (at most
    // CEILING_SETS) in 256, so no two sets of values share a key
    long key = kind.ordinal();
    key = key * 8 + level.ordinal();
    key = key * 8 + model.ordinal();
    key = key * 2 + (careful ? 1 : 0);
    for (int sets : new int[] {band.min(), band.max(), endurance.min(), endurance.max()}) {
      key = key * 256 + sets;
    }
    return AIMS.computeIfAbsent(key, k -> make(kind, level, model, careful, band, endurance));
  }

  private static PhaseAim make(PhaseKind kind, ExperienceLevel level, PeriodizationModel model, boolean careful,
      SetBand band, SetBand endurance) {
    boolean beginner = level == ExperienceLevel.BEGINNER;
    boolean block = model == PeriodizationModel.BLOCK;
    int reserve = beginner || careful ? 3 : 2;
    int maxSets = new int[] {3, 4, 5}[level.ordinal()];
    boolean undulating = model == PeriodizationModel.UNDULATING && kind != PhaseKind.ACTIVATION;
    LoadMove weights = careful ? LoadMove.HOLD : block ? LoadMove.EACH_BLOCK : LoadMove.EVERY_SECOND_WEEK;
    switch (kind) {
      case ACTIVATION:
        return new PhaseAim(kind, Optional.empty(), band, 10, 15, 3, 45, 2, Math.min(3, maxSets), false, true,
            beginner ? LoadMove.BODYWEIGHT_ONLY : LoadMove.HOLD, false);
      case STRENGTH_ENDURANCE:
        return new PhaseAim(kind, block ? Optional.of("accumulation") : Optional.empty(), band, 12, 15,
            Math.max(reserve, block ? 3 : 0), 45, 2, maxSets, !careful, !block, weights, undulating);
      case STRENGTH:
        // an intensification block holds fewer sets than the accumulation block before it
        return new PhaseAim(kind, block ? Optional.of("intensification") : Optional.empty(),
            block ? SetBand.of(endurance.min(), endurance.min()) : band, 8, block && !beginner ? 10 : 12, reserve,
            block ? 120 : 90, 3, maxSets, !careful, !block,
            careful ? LoadMove.HOLD : LoadMove.EVERY_SECOND_WEEK, undulating);
      default:
        return new PhaseAim(kind, block ? Optional.of("realization") : Optional.empty(),
            block ? SetBand.of(band.min(), band.min()) : band, block && !beginner ? 6 : 10,
            block && !beginner ? 8 : 12, reserve, block ? 120 : 60, 2, maxSets, false, false,
            block ? weights : LoadMove.HOLD, undulating);
    }
  }

  /** The fewest sets of one exercise in a session of a normal week: the seeds' 2-3 sets. */
  public static final int MIN_SETS_PER_EXERCISE = 2;

  /**
   * The fewest weekly hard sets per glute group that the opening movements give at
   * {@value #MIN_SETS_PER_EXERCISE} sets each: every session opens with one of them with 1-3 days a
   * week, every second session with 4-6 days.
   */
  public static int openingFloor(int daysPerWeek) {
    int sessions = daysPerWeek <= 3 ? daysPerWeek : (daysPerWeek + 1) / 2;
    return MIN_SETS_PER_EXERCISE * sessions;
  }

  /**
   * The weekly band of a phase after goals and pain, raised where needed to the floor the opening
   * movements give at two sets each ({@link #openingFloor(int)}).
   */
  static SetBand band(PhaseKind kind, TraineeProfile profile) {
    SetBand narrowed = narrowed(kind, profile);
    int floor = openingFloor(profile.daysPerWeek());
    int min = Math.max(narrowed.min(), floor);
    return SetBand.of(min, Math.max(narrowed.max(), min));
  }

  private static SetBand narrowed(PhaseKind kind, TraineeProfile profile) {
    SetBand base = baseBand(kind, profile.level());
    Set<Goal> goals = profile.goals();
    if (profile.currentPain() >= 7) {
      return SetBand.of(base.min(), base.min());
    }
    if (goals.contains(Goal.PAIN_RELIEF) || profile.currentPain() >= 4) {
      return base.lowerHalf();
    }
    if ((goals.contains(Goal.STRENGTH) || goals.contains(Goal.SHAPE)) && profile.currentPain() <= 3) {
      return base.upperHalf();
    }
    return base;
  }

  /**
   * Whether weights stay as found, effort stays moderate and exercises do not climb within a phase:
   * with pregnancy (moderate loads, evidence.md section 8) or pain of 7/10 or more now.
   */
  public static boolean careful(TraineeProfile profile) {
    return profile.limitations().contains(Limitation.PREGNANCY) || profile.currentPain() >= 7;
  }
}
