package io.glutewise.planner.model;

/** How planned weights move from week to week within a phase. */
public enum LoadMove {
  /** Bodyweight only: no band and no weight. */
  BODYWEIGHT_ONLY,

  /** Weights stay as found (or as the phase before left them). */
  HOLD,

  /**
   * A first week to find a weight that leaves 2-3 repetitions in reserve; a phase's first week keeps
   * the weight, then it goes one step up in the phase's second, fourth, ... normal week: repetitions climb first (double progression), since one step of real
   * equipment is larger than the 2-10% ACSM asks.
   */
  EVERY_SECOND_WEEK,

  /** One step above the block before, held for the whole block. */
  EACH_BLOCK
}
