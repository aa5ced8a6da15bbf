package io.glutewise.planner.internal;

import io.glutewise.core.dose.Dose;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.Laterality;
import io.glutewise.core.exercise.MovementPattern;
import io.glutewise.core.trainee.Goal;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.model.DayType;
import io.glutewise.planner.model.GluteGroup;
import io.glutewise.planner.model.PhaseAim;
import io.glutewise.planner.model.TrainingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Plans one normal week to a phase's aim: every session gets its opening movements at two sets, then
 * sets are added one at a time, in a fixed order of places and set numbers and session by session,
 * as long as neither glute group goes over the week's target, no exercise goes over the phase's most
 * sets, and the session still fits the trainee's minutes. Core work that trains no glute gets its
 * own small number of sets.
 */
final class WeekAllocator {
  /** The order in which places gain their sets; a new place comes in with two. */
  private static final Object[][] STEPS = {
    {SlotRole.HINGE_OR_SINGLE_LEG, 1}, {SlotRole.CORE_ANTI_EXTENSION, 1}, {SlotRole.CORE_ANTI_ROTATION, 1},
    {SlotRole.HINGE_OR_SINGLE_LEG, 2}, {SlotRole.CORE_ANTI_EXTENSION, 2}, {SlotRole.CORE_ANTI_ROTATION, 2},
    {SlotRole.HIP_EXTENSION, 3}, {SlotRole.ABDUCTION, 3}, {SlotRole.HINGE_OR_SINGLE_LEG, 3},
    {SlotRole.GLUTE_MAX_ACCESSORY, 1}, {SlotRole.ABDUCTION_ACCESSORY, 1},
    {SlotRole.GLUTE_MAX_ACCESSORY, 2}, {SlotRole.ABDUCTION_ACCESSORY, 2},
    {SlotRole.CORE_ANTI_EXTENSION, 3}, {SlotRole.CORE_ANTI_ROTATION, 3},
    {SlotRole.HIP_EXTENSION, 4}, {SlotRole.ABDUCTION, 4}, {SlotRole.HINGE_OR_SINGLE_LEG, 4},
    {SlotRole.GLUTE_MAX_ACCESSORY, 3}, {SlotRole.ABDUCTION_ACCESSORY, 3},
    {SlotRole.HIP_EXTENSION, 5}, {SlotRole.ABDUCTION, 5}, {SlotRole.HINGE_OR_SINGLE_LEG, 5},
    {SlotRole.GLUTE_MAX_ACCESSORY, 4}, {SlotRole.ABDUCTION_ACCESSORY, 4},
  };

  private final TraineeProfile profile;
  private final Schedule schedule;
  private final Supplier<List<DraftItem>> warmUp;
  private final Supplier<List<DraftItem>> coolDown;

  WeekAllocator(TraineeProfile profile, Schedule schedule, Supplier<List<DraftItem>> warmUp,
      Supplier<List<DraftItem>> coolDown) {
    this.profile = profile;
    this.schedule = schedule;
    this.warmUp = warmUp;
    this.coolDown = coolDown;
  }

  /** The sessions of a normal week aiming at {@code target} hard sets per glute group. */
  List<DraftSession> allocate(Map<SlotRole, Exercise> choice, PhaseAim aim, int target) {
    boolean posture = profile.goals().contains(Goal.POSTURE);
    List<DraftSession> sessions = new ArrayList<>();
    List<List<DraftItem>> templates = new ArrayList<>();
    for (int index = 1; index <= schedule.days(); index++) {
      Emphasis emphasis = schedule.emphasis(index);
      DayType day = aim.undulating() ? DayType.of(index, schedule.alternates()) : DayType.MODERATE;
      // posture asks for more anti-extension core: full sessions always resist extension
      boolean antiRotation = !posture && schedule.antiRotationCore(index);
      List<DraftItem> template = new ArrayList<>();
      List<DraftItem> main = new ArrayList<>();
      for (SlotRole role : SlotRole.template(emphasis, antiRotation)) {
        Exercise exercise = choice.get(role);
        if (exercise != null) {
          DraftItem item = item(role, exercise, aim, day);
          template.add(item);
          if (role.essential()) {
            item.sets = TrainingModel.MIN_SETS_PER_EXERCISE;
            main.add(item);
          }
        }
      }
      DraftSession draft = new DraftSession(index, emphasis, warmUp.get(), main, coolDown.get());
      SessionFitter.fit(draft, profile.minutesPerSession());
      sessions.add(draft);
      templates.add(template);
    }
    double[] counts = {GluteCount.of(sessions, GluteGroup.MAXIMUS), GluteCount.of(sessions, GluteGroup.MEDIUS_MINIMUS)};
    int coreSets = Math.min(aim.maxSetsPerExercise(), posture ? 3 : 2);
    for (Object[] step : STEPS) {
      SlotRole role = (SlotRole) step[0];
      int setNumber = (Integer) step[1];
      for (int s = 0; s < sessions.size(); s++) {
        DraftSession session = sessions.get(s);
        DraftItem item = session.item(role);
        boolean fresh = item == null;
        if (fresh) {
          item = setNumber == 1 ? find(templates.get(s), role) : null;
        }
        if (item == null || (!fresh && item.sets != setNumber - 1) || setNumber > cap(aim, item, coreSets)) {
          continue;
        }
        // a new place comes in at the seeds' two sets: fewer exercises rather than one-set exercises
        int add = fresh ? Math.min(TrainingModel.MIN_SETS_PER_EXERCISE, cap(aim, item, coreSets)) : 1;
        // sessions of 15 minutes or less keep a second movement even at one set (a note says so)
        if (fresh && profile.minutesPerSession() <= 15 && !fitsWith(session, templates.get(s), item, add)) {
          add = 1;
        }
        double max = add * item.setsPerSet(GluteGroup.MAXIMUS);
        double med = add * item.setsPerSet(GluteGroup.MEDIUS_MINIMUS);
        if (counts[0] + max > target + 1e-9 && max > 0 || counts[1] + med > target + 1e-9 && med > 0) {
          continue;
        }
        item.sets += add;
        if (fresh) {
          insert(session, templates.get(s), item);
        }
        if (SessionFitter.fits(session, profile.minutesPerSession())) {
          counts[0] += max;
          counts[1] += med;
        } else {
          item.sets -= add;
          if (fresh) {
            session.main.remove(item);
          }
        }
      }
    }
    return sessions;
  }

  private static int cap(PhaseAim aim, DraftItem item, int coreSets) {
    int cap = item.trainsNoGlute() ? coreSets : aim.maxSetsPerExercise();
    return item.dayType == DayType.LIGHT ? Math.max(1, cap - 1) : cap;
  }

  private boolean fitsWith(DraftSession session, List<DraftItem> template, DraftItem item, int sets) {
    item.sets = sets;
    insert(session, template, item);
    boolean fits = SessionFitter.fits(session, profile.minutesPerSession());
    session.main.remove(item);
    item.sets = 0;
    return fits;
  }

  private static DraftItem find(List<DraftItem> template, SlotRole role) {
    for (DraftItem item : template) {
      if (item.role == role) {
        return item;
      }
    }
    return null;
  }

  /** Puts a new item where the template has it, among the items already in the session. */
  private static void insert(DraftSession session, List<DraftItem> template, DraftItem item) {
    int rank = template.indexOf(item);
    int at = 0;
    while (at < session.main.size() && template.indexOf(session.main.get(at)) < rank) {
      at++;
    }
    session.main.add(at, item);
  }

  /** A main-block item with no sets yet, dosed by the phase's aim and the day's type. */
  private static DraftItem item(SlotRole role, Exercise exercise, PhaseAim aim, DayType day) {
    Dose own = exercise.defaultDose();
    int low;
    int high;
    if (own.isTimed()) {
      low = own.target().min();
      high = own.target().max();
    } else {
      low = aim.repsLow();
      high = aim.repsHigh();
      int middle = (low + high) / 2;
      if (day == DayType.HEAVY) {
        high = middle;
      } else if (day == DayType.LIGHT) {
        low = middle;
      }
    }
    int pause = exercise.pattern() == MovementPattern.BRIDGE
        ? Math.min(3, aim.squeezeSeconds() + (day == DayType.HEAVY ? 1 : 0))
        : Math.min(own.pauseAtTopSeconds(), 3);
    DraftItem item = new DraftItem(role, exercise, 0, low, high, aim.restSeconds(), pause, own.load(), own.isTimed(),
        exercise.laterality() == Laterality.UNILATERAL);
    item.reserve = own.isTimed() ? 0 : aim.repsInReserve() + (day == DayType.LIGHT ? 1 : 0);
    item.dayType = day;
    return item;
  }
}
