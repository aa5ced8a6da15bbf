package io.glutewise.planner.internal;

import io.glutewise.core.dose.Dose;
import io.glutewise.core.dose.Load;
import io.glutewise.core.dose.TargetRange;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.program.Prescription;
import io.glutewise.planner.stats.SessionDuration;

/** A prescription being planned: mutable while the week is fitted and progressed. */
final class DraftItem {
  final SlotRole role;
  final Exercise exercise;
  final boolean timed;
  final boolean perSide;
  Load load;
  /** Repetitions in reserve, 0 when the dose states none (warm-up and cool-down). */
  int reserve;
  /** The kind of day in an undulating week; moderate otherwise. */
  io.glutewise.planner.model.DayType dayType = io.glutewise.planner.model.DayType.MODERATE;
  /** A note for the trainee, or null. */
  String note;
  int sets;
  int low;
  int high;
  int rest;
  int pause;
  private final int setup;

  DraftItem(SlotRole role, Exercise exercise, int sets, int low, int high, int rest, int pause, Load load, boolean timed, boolean perSide) {
    this.role = role;
    this.exercise = exercise;
    this.sets = sets;
    this.low = low;
    this.high = high;
    this.rest = rest;
    this.pause = pause;
    this.load = load;
    this.timed = timed;
    this.perSide = perSide;
    this.setup = SessionDuration.setupSeconds(exercise);
  }

  DraftItem copy() {
    DraftItem copy = new DraftItem(role, exercise, sets, low, high, rest, pause, load, timed, perSide);
    copy.reserve = reserve;
    copy.note = note;
    copy.dayType = dayType;
    return copy;
  }

  Dose dose() {
    Dose.Builder dose = Dose.builder().sets(sets).perSide(perSide).restSeconds(rest).pauseAtTopSeconds(pause).load(load);
    if (reserve > 0) {
      dose.repsInReserve(reserve);
    }
    if (timed) {
      dose.seconds(TargetRange.of(low, high));
    } else {
      dose.repetitions(TargetRange.of(low, high));
    }
    return dose.build();
  }

  Prescription prescription() {
    Prescription prescription = Prescription.of(exercise.id(), dose());
    return note == null ? prescription : prescription.withNote(note);
  }

  /** What makes two items prescribe the same thing, for sharing one prescription between them. */
  Object key() {
    return new Key(exercise.id(), sets, low, high, rest, pause, load, timed, perSide, reserve, note);
  }

  private record Key(String id, int sets, int low, int high, int rest, int pause, Load load, boolean timed,
      boolean perSide, int reserve, String note) {}

  /** The estimate of {@link SessionDuration}, computed without building the dose. */
  int seconds() {
    int perSet = timed ? high : high * (SessionDuration.SECONDS_PER_REPETITION + pause);
    if (perSide) {
      perSet *= 2;
    }
    return setup + sets * perSet + (sets - 1) * rest;
  }
}
