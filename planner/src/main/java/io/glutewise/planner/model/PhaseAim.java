package io.glutewise.planner.model;

import io.glutewise.core.program.PhaseKind;
import java.util.Optional;

/**
 * What one phase aims at, in numbers: weekly hard sets per glute group, repetitions, effort, rest,
 * squeeze, the most sets of one exercise in a session, and how variants, loads and volume move. The
 * description a person reads is written from these numbers ({@link #describe(boolean)}).
 * Immutable and thread-safe.
 */
public final class PhaseAim {
  private final PhaseKind kind;
  private final Optional<String> block;
  private final SetBand weeklySets;
  private final int repsLow;
  private final int repsHigh;
  private final int repsInReserve;
  private final int restSeconds;
  private final int squeezeSeconds;
  private final int maxSetsPerExercise;
  private final boolean climbsMidPhase;
  private final boolean volumeRises;
  private final LoadMove loadMove;
  private final boolean undulating;
  // written on first use: the aims are shared between plans (see TrainingModel.aim)
  private String description;
  private String descriptionWithDeload;

  PhaseAim(PhaseKind kind, Optional<String> block, SetBand weeklySets, int repsLow, int repsHigh,
      int repsInReserve, int restSeconds, int squeezeSeconds, int maxSetsPerExercise,
      boolean climbsMidPhase, boolean volumeRises, LoadMove loadMove, boolean undulating) {
    this.kind = kind;
    this.block = block;
    this.weeklySets = weeklySets;
    this.repsLow = repsLow;
    this.repsHigh = repsHigh;
    this.repsInReserve = repsInReserve;
    this.restSeconds = restSeconds;
    this.squeezeSeconds = squeezeSeconds;
    this.maxSetsPerExercise = maxSetsPerExercise;
    this.climbsMidPhase = climbsMidPhase;
    this.volumeRises = volumeRises;
    this.loadMove = loadMove;
    this.undulating = undulating;
  }

  /** The phase. */
  public PhaseKind kind() {
    return kind;
  }

  /** For the block model, the block's name (accumulation, intensification, realization). */
  public Optional<String> block() {
    return block;
  }

  /** Weekly hard sets each glute group aims at in a normal week. */
  public SetBand weeklySets() {
    return weeklySets;
  }

  /** The low end of the repetition range of counted exercises. */
  public int repsLow() {
    return repsLow;
  }

  /** The high end of the repetition range of counted exercises. */
  public int repsHigh() {
    return repsHigh;
  }

  /** Repetitions to leave in reserve at the end of each set. */
  public int repsInReserve() {
    return repsInReserve;
  }

  /** Rest between sets, in seconds. */
  public int restSeconds() {
    return restSeconds;
  }

  /** The squeeze at the top of bridges and hip thrusts, in seconds. */
  public int squeezeSeconds() {
    return squeezeSeconds;
  }

  /** The most sets of one exercise in one session. */
  public int maxSetsPerExercise() {
    return maxSetsPerExercise;
  }

  /** Whether exercises move one rung up their ladder halfway through the phase. */
  public boolean climbsMidPhase() {
    return climbsMidPhase;
  }

  /** Whether weekly sets rise from the band's minimum to its maximum (else they stay flat). */
  public boolean volumeRises() {
    return volumeRises;
  }

  /** How planned weights move. */
  public LoadMove loadMove() {
    return loadMove;
  }

  /** Whether the week's sessions are heavy, light and moderate days (daily undulating). */
  public boolean undulating() {
    return undulating;
  }

  /** The weekly target of the {@code index}-th of {@code count} normal weeks of the phase. */
  public int weeklyTarget(int index, int count) {
    if (!volumeRises) {
      return weeklySets.max();
    }
    return weeklySets.rising(index, count);
  }

  /**
   * The phase's aim in plain words, written from the numbers above; {@code withDeload} adds what a
   * deload week does.
   */
  public String describe(boolean withDeload) {
    // a race writes equal strings, and a String is safe to share without a lock
    if (withDeload) {
      if (descriptionWithDeload == null) {
        descriptionWithDeload = write(true);
      }
      return descriptionWithDeload;
    }
    if (description == null) {
      description = write(false);
    }
    return description;
  }

  private String write(boolean withDeload) {
    StringBuilder text = new StringBuilder();
    text.append(purpose()).append(' ');
    String sets = weeklySets.toString();
    text.append("Aim: ").append(sets).append(" hard sets a week for the gluteus maximus and ")
        .append(sets).append(" for the gluteus medius and minimus");
    text.append(volumeRises && weeklySets.min() < weeklySets.max() ? ", rising week by week" : ", the same each week");
    text.append("; ").append(repsLow).append('-').append(repsHigh).append(" repetitions, stopping about ")
        .append(repsInReserve).append(repsInReserve == 1 ? " repetition" : " repetitions")
        .append(" short of failure; ").append(restSeconds).append(" s rest; a ")
        .append(squeezeSeconds).append(" s squeeze at the top of bridges and hip thrusts.");
    if (undulating) {
      text.append(" Sessions take turns: a heavy day (fewer repetitions, one weight step up), a light day"
          + " (more repetitions, one step down, one set fewer) and a moderate day.");
    }
    text.append(' ').append(climbsMidPhase
        ? "Halfway through, each exercise moves one rung up its ladder where a harder one suits you."
        : "The exercises stay the same through the phase.");
    text.append(' ').append(loadWords());
    if (withDeload) {
      text.append(" A deload week keeps the exercises and weights and at most "
          + Math.round(TrainingModel.DELOAD_MAX_FRACTION * 100) + "% of the sets of the week before.");
    }
    return text.toString();
  }

  private String purpose() {
    String name = block.map(b -> Character.toUpperCase(b.charAt(0)) + b.substring(1) + " block. ").orElse("");
    switch (kind) {
      case ACTIVATION:
        return name + "Find the glutes and learn each movement well before doing more.";
      case STRENGTH_ENDURANCE:
        return name + "Build staying power in the glutes and the trunk.";
      case STRENGTH:
        return name + "Build strength with harder variants and more load.";
      default:
        return name + "Keep what you have gained with less volume, and make the routine a habit.";
    }
  }

  private String loadWords() {
    switch (loadMove) {
      case BODYWEIGHT_ONLY:
        return "Bodyweight only.";
      case HOLD:
        return "Weights stay where they are.";
      case EACH_BLOCK:
        return "Weights go one step above the block before and stay there for the block.";
      default:
        return "With a weight: in its first week, find a weight that leaves " + TrainingModel.FIND_WEIGHT_RESERVE
            + " repetitions in reserve; the phase's first week keeps the weight, then it goes one step up every"
            + " second week, once the repetitions have climbed.";
    }
  }
}
