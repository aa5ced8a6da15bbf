package io.glutewise.planner.internal;

import io.glutewise.core.dose.Dose;
import io.glutewise.core.dose.Load;
import io.glutewise.core.dose.TargetRange;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.program.ImmutablePrescription;
import io.glutewise.core.program.Prescription;
import io.glutewise.planner.model.GluteGroup;
import io.glutewise.planner.stats.SessionDuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
  // fixed by the exercise and asked for at every set the week adds: worked out once per item, kept by copies
  private final int setup;
  private final double maximusPerSet;
  private final double mediusMinimusPerSet;

  DraftItem(SlotRole role, Exercise exercise, int sets, int low, int high, int rest, int pause, Load load, boolean timed, boolean perSide) {
    this(role, exercise, sets, low, high, rest, pause, load, timed, perSide, SessionDuration.setupSeconds(exercise),
        GluteGroup.MAXIMUS.setsPerSet(exercise), GluteGroup.MEDIUS_MINIMUS.setsPerSet(exercise));
  }

  private DraftItem(SlotRole role, Exercise exercise, int sets, int low, int high, int rest, int pause, Load load,
      boolean timed, boolean perSide, int setup, double maximusPerSet, double mediusMinimusPerSet) {
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
    this.setup = setup;
    this.maximusPerSet = maximusPerSet;
    this.mediusMinimusPerSet = mediusMinimusPerSet;
  }

  DraftItem copy() {
    DraftItem copy = new DraftItem(role, exercise, sets, low, high, rest, pause, load, timed, perSide, setup,
        maximusPerSet, mediusMinimusPerSet);
    copy.reserve = reserve;
    copy.note = note;
    copy.dayType = dayType;
    return copy;
  }

  /** A copy of each item, in order, in a list of its own. */
  static List<DraftItem> copyAll(List<DraftItem> items) {
    List<DraftItem> copies = new ArrayList<>(items.size());
    for (DraftItem item : items) {
      copies.add(item.copy());
    }
    return copies;
  }

  /** What one set of the item counts towards the group's hard sets ({@link GluteGroup#setsPerSet}). */
  double setsPerSet(GluteGroup group) {
    return group == GluteGroup.MAXIMUS ? maximusPerSet : mediusMinimusPerSet;
  }

  /** Whether the item trains neither glute group (core work). */
  boolean trainsNoGlute() {
    return maximusPerSet == 0 && mediusMinimusPerSet == 0;
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

  /** The prescription, with no slot (the daily routine's). */
  Prescription prescription() {
    return prescriptionBuilder().build();
  }

  /** The prescription filling the given slot, built in one go. */
  Prescription prescription(String slot) {
    return prescriptionBuilder().slot(slot).build();
  }

  private ImmutablePrescription.Builder prescriptionBuilder() {
    ImmutablePrescription.Builder prescription = ImmutablePrescription.builder().exerciseId(exercise.id()).dose(dose());
    return note == null ? prescription : prescription.note(note);
  }

  /**
   * What makes two items in the same slot prescribe the same thing, for sharing one prescription
   * between them ({@link BuiltPrescriptions}).
   */
  Object key(String slot) {
    return new Key(slot, exercise.id(), sets, low, high, rest, pause, load, timed, perSide, reserve, note);
  }

  /**
   * The fields that make two prescriptions equal. Its equals and hashCode are written out: a
   * record's own are linked on their first call through invokedynamic, which a cold command line
   * on JDK 17 measurably waits for (JDK 25's AOT cache links them ahead of time).
   */
  private record Key(String slot, String id, int sets, int low, int high, int rest, int pause, Load load,
      boolean timed, boolean perSide, int reserve, String note) {
    @Override
    public boolean equals(Object other) {
      if (!(other instanceof Key)) {
        return false;
      }
      Key that = (Key) other;
      return sets == that.sets && low == that.low && high == that.high && rest == that.rest
          && pause == that.pause && timed == that.timed && perSide == that.perSide && reserve == that.reserve
          && slot.equals(that.slot) && id.equals(that.id) && load.equals(that.load)
          && Objects.equals(note, that.note);
    }

    @Override
    public int hashCode() {
      int hash = slot.hashCode();
      hash = 31 * hash + id.hashCode();
      hash = 31 * hash + sets;
      hash = 31 * hash + low;
      hash = 31 * hash + high;
      hash = 31 * hash + rest;
      hash = 31 * hash + pause;
      hash = 31 * hash + load.hashCode();
      hash = 31 * hash + (timed ? 1 : 0);
      hash = 31 * hash + (perSide ? 1 : 0);
      hash = 31 * hash + reserve;
      return 31 * hash + Objects.hashCode(note);
    }
  }

  /** The estimate of {@link SessionDuration}, computed without building the dose. */
  int seconds() {
    return seconds(sets);
  }

  /** The estimate the item would have with the given number of sets. */
  int seconds(int sets) {
    int perSet = timed ? high : high * (SessionDuration.SECONDS_PER_REPETITION + pause);
    if (perSide) {
      perSet *= 2;
    }
    return setup + sets * perSet + (sets - 1) * rest;
  }
}
