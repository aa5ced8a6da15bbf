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
import io.glutewise.planner.stats.SessionDuration;
import java.util.ArrayList;
import java.util.EnumMap;
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
  /** One step of the order in which places gain their sets: the place and the set it would add. */
  private record Step(SlotRole role, int setNumber) {}

  /** The order in which places gain their sets; a new place comes in with two. */
  private static final Step[] STEPS = {
    new Step(SlotRole.HINGE_OR_SINGLE_LEG, 1), new Step(SlotRole.CORE_ANTI_EXTENSION, 1),
    new Step(SlotRole.CORE_ANTI_ROTATION, 1),
    new Step(SlotRole.HINGE_OR_SINGLE_LEG, 2), new Step(SlotRole.CORE_ANTI_EXTENSION, 2),
    new Step(SlotRole.CORE_ANTI_ROTATION, 2),
    new Step(SlotRole.HIP_EXTENSION, 3), new Step(SlotRole.ABDUCTION, 3), new Step(SlotRole.HINGE_OR_SINGLE_LEG, 3),
    new Step(SlotRole.GLUTE_MAX_ACCESSORY, 1), new Step(SlotRole.ABDUCTION_ACCESSORY, 1),
    new Step(SlotRole.GLUTE_MAX_ACCESSORY, 2), new Step(SlotRole.ABDUCTION_ACCESSORY, 2),
    new Step(SlotRole.CORE_ANTI_EXTENSION, 3), new Step(SlotRole.CORE_ANTI_ROTATION, 3),
    new Step(SlotRole.HIP_EXTENSION, 4), new Step(SlotRole.ABDUCTION, 4), new Step(SlotRole.HINGE_OR_SINGLE_LEG, 4),
    new Step(SlotRole.GLUTE_MAX_ACCESSORY, 3), new Step(SlotRole.ABDUCTION_ACCESSORY, 3),
    new Step(SlotRole.HIP_EXTENSION, 5), new Step(SlotRole.ABDUCTION, 5), new Step(SlotRole.HINGE_OR_SINGLE_LEG, 5),
    new Step(SlotRole.GLUTE_MAX_ACCESSORY, 4), new Step(SlotRole.ABDUCTION_ACCESSORY, 4),
  };

  private final TraineeProfile profile;
  private final Schedule schedule;
  private final Supplier<List<DraftItem>> warmUp;
  private final Supplier<List<DraftItem>> coolDown;
  // the templates of the last choice and aim planned: every normal week of a stage shares them
  private Map<SlotRole, Exercise> templatesChoice;
  private PhaseAim templatesAim;
  private List<List<DraftItem>> templates;

  WeekAllocator(TraineeProfile profile, Schedule schedule, Supplier<List<DraftItem>> warmUp,
      Supplier<List<DraftItem>> coolDown) {
    this.profile = profile;
    this.schedule = schedule;
    this.warmUp = warmUp;
    this.coolDown = coolDown;
  }

  /** The sessions of a normal week aiming at {@code target} hard sets per glute group. */
  List<DraftSession> allocate(Map<SlotRole, Exercise> choice, PhaseAim aim, int target) {
    List<List<DraftItem>> templates = templates(choice, aim);
    // an array and index loops: the steps below visit every session some 25 times a week
    Growing[] week = new Growing[templates.size()];
    List<DraftSession> sessions = new ArrayList<>(templates.size());
    for (int at = 0; at < week.length; at++) {
      List<DraftItem> template = templates.get(at);
      List<DraftItem> main = new ArrayList<>(template.size());
      for (int i = 0; i < template.size(); i++) {
        DraftItem item = template.get(i);
        if (item.role.essential()) {
          DraftItem copy = item.copy();
          copy.sets = TrainingModel.MIN_SETS_PER_EXERCISE;
          main.add(copy);
        }
      }
      int index = sessions.size() + 1;
      DraftSession draft = new DraftSession(index, schedule.emphasis(index), warmUp.get(), main, coolDown.get());
      SessionFitter.fit(draft, profile.minutesPerSession());
      sessions.add(draft);
      week[at] = new Growing(draft, template);
    }
    double[] counts = {GluteCount.of(sessions, GluteGroup.MAXIMUS), GluteCount.of(sessions, GluteGroup.MEDIUS_MINIMUS)};
    int coreSets = Math.min(aim.maxSetsPerExercise(), profile.goals().contains(Goal.POSTURE) ? 3 : 2);
    int minutes = profile.minutesPerSession();
    for (Step step : STEPS) {
      SlotRole role = step.role();
      int setNumber = step.setNumber();
      for (Growing session : week) {
        DraftItem item = session.placed(role);
        boolean fresh = item == null;
        if (fresh) {
          // the template's own item, only read until it is added (then the session takes a copy)
          item = setNumber == 1 ? session.fromTemplate(role) : null;
        }
        if (item == null || (!fresh && item.sets != setNumber - 1) || setNumber > cap(aim, item, coreSets)) {
          continue;
        }
        // a new place comes in at the seeds' two sets: fewer exercises rather than one-set exercises
        int add = fresh ? Math.min(TrainingModel.MIN_SETS_PER_EXERCISE, cap(aim, item, coreSets)) : 1;
        // sessions of 15 minutes or less keep a second movement even at one set (a note says so)
        if (fresh && minutes <= 15 && !session.fitsWith(item, add, minutes)) {
          add = 1;
        }
        double max = add * item.setsPerSet(GluteGroup.MAXIMUS);
        double med = add * item.setsPerSet(GluteGroup.MEDIUS_MINIMUS);
        if (counts[0] + max > target + 1e-9 && max > 0 || counts[1] + med > target + 1e-9 && med > 0) {
          continue;
        }
        if (session.fitsWith(item, add, minutes)) {
          session.add(item, add);
          counts[0] += max;
          counts[1] += med;
        }
      }
    }
    return sessions;
  }

  /**
   * The main-block items each session of the week may take, in the template's order, with no sets
   * yet: the same for every normal week of a stage, so built once per choice and aim. They are
   * never changed: a week copies an item as it puts it in a session.
   */
  private List<List<DraftItem>> templates(Map<SlotRole, Exercise> choice, PhaseAim aim) {
    if (aim != templatesAim || !choice.equals(templatesChoice)) {
      templates = buildTemplates(choice, aim);
      templatesChoice = new EnumMap<>(choice);
      templatesAim = aim;
    }
    return templates;
  }

  private List<List<DraftItem>> buildTemplates(Map<SlotRole, Exercise> choice, PhaseAim aim) {
    boolean posture = profile.goals().contains(Goal.POSTURE);
    List<List<DraftItem>> all = new ArrayList<>();
    // sessions of the same kind of day take the same item for a place: made once, then copied
    Map<DayType, Map<SlotRole, DraftItem>> made = new EnumMap<>(DayType.class);
    for (int index = 1; index <= schedule.days(); index++) {
      DayType day = aim.undulating() ? DayType.of(index, schedule.alternates()) : DayType.MODERATE;
      // posture asks for more anti-extension core: full sessions always resist extension
      boolean antiRotation = !posture && schedule.antiRotationCore(index);
      List<DraftItem> template = new ArrayList<>(SlotRole.values().length);
      for (SlotRole role : SlotRole.template(schedule.emphasis(index), antiRotation)) {
        Exercise exercise = choice.get(role);
        if (exercise != null) {
          Map<SlotRole, DraftItem> ofDay = made.computeIfAbsent(day, d -> new EnumMap<>(SlotRole.class));
          DraftItem first = ofDay.get(role);
          if (first == null) {
            first = item(role, exercise, aim, day);
            ofDay.put(role, first);
          }
          template.add(first);
        }
      }
      all.add(template);
    }
    return all;
  }

  /**
   * A session as its sets are added: its estimate in seconds and its main-block item per place are
   * kept up to date, so that each step checks the minutes without adding up the whole session again.
   */
  private static final class Growing {
    private static final SlotRole[] ROLES = SlotRole.values();

    private final DraftSession session;
    private final DraftItem[] placed = new DraftItem[ROLES.length];
    private final DraftItem[] offered = new DraftItem[ROLES.length];
    /** Each place's position in the template, the order the session's main block keeps. */
    private final int[] rank = new int[ROLES.length];
    private int seconds;

    Growing(DraftSession session, List<DraftItem> template) {
      this.session = session;
      this.seconds = session.seconds();
      for (DraftItem item : session.main) {
        placed[item.role.ordinal()] = item;
      }
      for (int at = template.size() - 1; at >= 0; at--) {
        DraftItem item = template.get(at);
        offered[item.role.ordinal()] = item;
        rank[item.role.ordinal()] = at;
      }
    }

    /** The session's item for the place, or null while the place is empty. */
    DraftItem placed(SlotRole role) {
      return placed[role.ordinal()];
    }

    /** The template's item for the place (to read, not to change), or null when the session has none. */
    DraftItem fromTemplate(SlotRole role) {
      return offered[role.ordinal()];
    }

    /** Whether the session would still fit the minutes with {@code add} more sets of the item. */
    boolean fitsWith(DraftItem item, int add, int minutes) {
      return SessionDuration.minutes(secondsWith(item, add)) <= minutes;
    }

    /** Adds the sets, putting a copy of the template's item in its place first when the place is new. */
    void add(DraftItem item, int add) {
      seconds = secondsWith(item, add);
      DraftItem own = placed(item.role);
      if (own == null) {
        own = item.copy();
        insert(own);
        placed[own.role.ordinal()] = own;
      }
      own.sets += add;
    }

    private int secondsWith(DraftItem item, int add) {
      int now = placed(item.role) == null ? 0 : item.seconds();
      return seconds - now + item.seconds(item.sets + add);
    }

    /** Puts a new item where the template has it, among the items already in the session. */
    private void insert(DraftItem item) {
      int itemRank = rank[item.role.ordinal()];
      int at = 0;
      while (at < session.main.size() && rank[session.main.get(at).role.ordinal()] < itemRank) {
        at++;
      }
      session.main.add(at, item);
    }
  }

  private static int cap(PhaseAim aim, DraftItem item, int coreSets) {
    int cap = item.trainsNoGlute() ? coreSets : aim.maxSetsPerExercise();
    return item.dayType == DayType.LIGHT ? Math.max(1, cap - 1) : cap;
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
