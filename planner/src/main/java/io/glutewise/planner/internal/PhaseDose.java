package io.glutewise.planner.internal;

import io.glutewise.core.program.PhaseKind;
import io.glutewise.core.trainee.ExperienceLevel;

/**
 * The dose of a phase for a level: the repetition range of counted exercises, rest, the squeeze at
 * the top of bridges and hip thrusts, and the sets at the start of the phase and at most within it.
 *
 * <p>Activation stays within the seeds' beginner dose (2-3 sets of 8-15, a 1-3 s squeeze);
 * strength-endurance raises repetitions and sets; strength lowers repetitions, lengthens the squeeze
 * and the rest; consolidation keeps a little less than before (ACSM 2009 and the Strong Curves
 * shape, evidence.md sections 2 and 6).
 */
final class PhaseDose {
  final int low;
  final int high;
  final int rest;
  final int bridgePause;
  final int baseSets;
  final int maxSets;

  private PhaseDose(int low, int high, int rest, int bridgePause, int baseSets, int maxSets) {
    this.low = low;
    this.high = high;
    this.rest = rest;
    this.bridgePause = bridgePause;
    this.baseSets = baseSets;
    this.maxSets = maxSets;
  }

  static PhaseDose of(PhaseKind kind, ExperienceLevel level) {
    int l = level.ordinal();
    switch (kind) {
      case ACTIVATION:
        return new PhaseDose(10, 15, 45, 2, new int[] {2, 2, 3}[l], new int[] {2, 3, 3}[l]);
      case STRENGTH_ENDURANCE:
        return new PhaseDose(12, 15, 45, 2, new int[] {2, 3, 3}[l], new int[] {3, 4, 4}[l]);
      case STRENGTH:
        return new PhaseDose(8, 12, 75, 3, new int[] {3, 3, 4}[l], new int[] {3, 4, 5}[l]);
      default:
        return new PhaseDose(10, 12, 60, 2, new int[] {2, 2, 3}[l], new int[] {2, 3, 3}[l]);
    }
  }

  /** The aim of the phase in plain words. */
  static String aim(PhaseKind kind) {
    switch (kind) {
      case ACTIVATION:
        return "Find the glutes and switch them on: easy bridges and side-lying work with a squeeze "
            + "at the top, learning each movement well before doing more.";
      case STRENGTH_ENDURANCE:
        return "Build staying power in the glutes and the trunk: more repetitions and sets at an "
            + "easy to moderate effort.";
      case STRENGTH:
        return "Build strength: the harder variants your level allows, fewer repetitions, a longer "
            + "squeeze at the top and more rest.";
      default:
        return "Keep what you have gained with a little less volume, and make the routine a habit.";
    }
  }
}
