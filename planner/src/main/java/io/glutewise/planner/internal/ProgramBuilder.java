package io.glutewise.planner.internal;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.Laterality;
import io.glutewise.core.exercise.MovementPattern;
import io.glutewise.core.program.BuiltFrom;
import io.glutewise.core.program.Phase;
import io.glutewise.core.program.PhaseKind;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Week;
import io.glutewise.core.trainee.Limitation;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.NoSuitableExerciseException;
import io.glutewise.planner.PlanningRules;
import io.glutewise.planner.model.PhaseAim;
import io.glutewise.planner.model.TrainingModel;
import io.glutewise.planner.screening.WeakGluteScore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a periodized program to the training model: phases from {@link PhasePlan}, each phase's aim
 * from {@link TrainingModel}, exercises from {@link ExercisePicker} (climbing a rung halfway through
 * a phase where the aim says so), weekly sets from {@link WeekAllocator}, weights from {@link
 * LoadPlan}, then the phase order and the deloads made good by {@link VolumeShape}, notes on what the
 * minutes or the catalog cannot do, and each session ordered by body position. Deterministic: no
 * clock, no hash-ordered iteration, the seed used only to break ties between exercises.
 */
public final class ProgramBuilder {
  /** The warm-up, in order, with the repetitions of its single set. */
  private static final String[] WARM_UP = {"glute-squeeze", "glute-bridge", "clamshell"};

  private static final int[] WARM_UP_REPETITIONS = {10, 12, 10};

  /** The cool-down stretches, in order. */
  private static final String[] COOL_DOWN = {"hip-flexor-stretch", "hamstring-stretch", "figure-four-stretch"};

  /** Sessions this short keep one warm-up exercise and one stretch, so the main block keeps two movements. */
  private static final int SHORT_SESSION_MINUTES = 15;

  private final Catalog catalog;
  private final TraineeProfile profile;
  private final PlanOptions options;
  private final WeakGluteScore weakGlutes;
  private final Schedule schedule;
  /** Prescriptions built so far, shared between equal items and sessions (building one checks it). */
  private final BuiltPrescriptions prescriptions = new BuiltPrescriptions();

  /** The warm-up and cool-down every session starts from, found on first use and shared (see DraftSession). */
  private List<DraftItem> warmUp;

  private List<DraftItem> coolDown;

  /** Whether to note the limitations that change nothing (off for the comparison builds themselves). */
  private final boolean noteIdleLimitations;

  /** A builder for one trainee and one set of options. */
  public ProgramBuilder(Catalog catalog, TraineeProfile profile, PlanOptions options, WeakGluteScore weakGlutes) {
    this(catalog, profile, options, weakGlutes, true);
  }

  private ProgramBuilder(Catalog catalog, TraineeProfile profile, PlanOptions options, WeakGluteScore weakGlutes,
      boolean noteIdleLimitations) {
    this.noteIdleLimitations = noteIdleLimitations;
    this.catalog = catalog;
    this.profile = profile;
    this.options = options;
    this.weakGlutes = weakGlutes;
    this.schedule = new Schedule(profile.daysPerWeek());
  }

  /**
   * Builds the program.
   *
   * @throws io.glutewise.planner.NoSuitableExerciseException when an opening movement cannot be
   *     filled
   */
  public Program build() {
    ExercisePicker picker = new ExercisePicker(catalog, profile, options.seed(), schedule.alternates());
    WeekAllocator allocator = new WeekAllocator(profile, schedule, this::warmUp, this::coolDown);
    LoadPlan loads = new LoadPlan(profile);
    List<PhasePlan.Span> spans = PhasePlan.of(options.weeks(), options.deloadEvery(), weakGlutes.band());
    Map<SlotRole, Exercise> previous = new EnumMap<>(SlotRole.class);
    List<WeekDraft> all = new ArrayList<>();
    Map<PhaseKind, PhaseAim> aims = new EnumMap<>(PhaseKind.class);
    for (PhasePlan.Span span : spans) {
      PhaseAim aim = TrainingModel.aim(span.kind, profile, options.model());
      aims.put(span.kind, aim);
      Map<SlotRole, Exercise> first;
      Map<SlotRole, Exercise> second;
      switch (span.kind) {
        case ACTIVATION:
          first = picker.choose(span.kind, previous, target(0));
          second = first;
          break;
        case STRENGTH_ENDURANCE:
          first = picker.choose(span.kind, previous, target(1));
          second = picker.choose(span.kind, first, target(2));
          break;
        case STRENGTH:
          first = picker.choose(span.kind, previous, target(3));
          second = picker.choose(span.kind, first, target(4));
          break;
        default:
          first = previous.isEmpty() ? picker.choose(span.kind, previous, target(4)) : previous;
          second = first;
      }
      int normal = span.normalWeeks();
      int n = 0;
      List<DraftSession> lastNormal = null;
      for (int w = 0; w < span.length; w++) {
        boolean deload = span.isDeload(w) && lastNormal != null;
        List<DraftSession> drafts;
        if (deload) {
          // the week before stands in until VolumeShape makes the deload from its own copy of it
          drafts = lastNormal;
        } else {
          Map<SlotRole, Exercise> choice = aim.climbsMidPhase() && n >= (normal + 1) / 2 ? second : first;
          drafts = allocator.allocate(choice, aim, aim.weeklyTarget(n, normal));
          loads.apply(drafts, aim, n);
          lastNormal = drafts;
          n++;
        }
        all.add(new WeekDraft(span.kind, span.firstWeek + w, deload, drafts));
      }
      previous = second;
    }
    List<String> notes = new ArrayList<>(InputNotes.of(catalog, profile, picker));
    notes.addAll(VolumeShape.apply(all, aims, profile));
    if (anyNormalWeekItemBelow(all, TrainingModel.MIN_SETS_PER_EXERCISE)) {
      notes.add("Sessions of " + profile.minutesPerSession() + " minutes leave room for only one set of some "
          + "exercises, below the two or three sets each should have; a few more minutes would allow them.");
    }
    for (WeekDraft week : all) {
      week.sessions.forEach(SessionOrder::apply);
    }
    notes.addAll(InputNotes.unusedEquipment(catalog, profile, picker, usedEquipment(all)));
    List<Prescription> daily = DailyRoutine.of(catalog, profile);
    notes.addAll(DailyRoutineNotes.of(catalog, profile, daily));
    List<Phase> phases = new ArrayList<>();
    for (PhasePlan.Span span : spans) {
      List<Week> weeks = new ArrayList<>();
      boolean hasDeload = false;
      for (WeekDraft draft : all) {
        if (draft.phase == span.kind) {
          weeks.add(week(draft.number, draft.deload, draft.sessions));
          hasDeload |= draft.deload;
        }
      }
      phases.add(Phase.builder().kind(span.kind).aim(aims.get(span.kind).describe(hasDeload)).weeks(weeks).build());
    }
    notes.addAll(SpareTimeNote.of(phases, profile));
    if (noteIdleLimitations) {
      notes.addAll(idleLimitations(phases, daily));
    }
    return Program.builder()
        .builtFrom(BuiltFrom.of(profile, options, catalog.version()))
        .phases(phases)
        .notes(notes)
        .dailyRoutine(daily)
        .build();
  }

  /**
   * A note for each limitation that leaves the training exactly as it would be without it: the
   * catalog has nothing among this plan's choices for it to rule out.
   */
  private List<String> idleLimitations(List<Phase> phases, List<Prescription> daily) {
    List<String> notes = new ArrayList<>();
    for (Limitation limitation : profile.limitations()) {
      Set<Limitation> others = EnumSet.noneOf(Limitation.class);
      others.addAll(profile.limitations());
      others.remove(limitation);
      TraineeProfile without = TraineeProfile.builder().from(profile).limitations(others).build();
      // the builder reads limitations only through the suitability rule and the careful plan: where
      // the limitation rules no exercise out and leaves the plan as careful as before, the plan
      // without it is this one, and it need not be built to know
      if (!InputNotes.rulesOutAnything(catalog, profile, without)
          && TrainingModel.careful(without) == TrainingModel.careful(profile)) {
        notes.add(InputNotes.idle(limitation));
        continue;
      }
      // the daily routine is part of what must match and costs little to make: where it differs
      // (knee pain rules out its sit-to-stand, say), so does the plan, and it need not be built
      if (!DailyRoutine.of(catalog, without).equals(daily)) {
        continue;
      }
      try {
        Program other = new ProgramBuilder(catalog, without, options, weakGlutes, false).build();
        if (other.phases().equals(phases)) {
          notes.add(InputNotes.idle(limitation));
        }
      } catch (NoSuitableExerciseException e) {
        // without it the plan could not be made at all, so it cannot be what changes nothing
      }
    }
    return notes;
  }

  /** The difficulty a stage aims at; a careful plan (pregnancy, pain of 7 or more) stays at the start. */
  private int target(int stage) {
    return PlanningRules.targetDifficulty(profile.level(), TrainingModel.careful(profile) ? 0 : stage);
  }

  /** Whether a main-block item of a normal week has fewer than {@code sets} sets. */
  private static boolean anyNormalWeekItemBelow(List<WeekDraft> weeks, int sets) {
    for (WeekDraft week : weeks) {
      for (DraftSession session : week.deload ? List.<DraftSession>of() : week.sessions) {
        for (DraftItem item : session.main) {
          if (item.sets < sets) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static Set<Equipment> usedEquipment(List<WeekDraft> weeks) {
    Set<Equipment> used = EnumSet.noneOf(Equipment.class);
    // sessions share their warm-up and cool-down lists (see DraftSession): each is read once
    Set<List<DraftItem>> shared = Collections.newSetFromMap(new IdentityHashMap<>());
    for (WeekDraft week : weeks) {
      for (DraftSession session : week.sessions) {
        if (shared.add(session.warmUp())) {
          addEquipment(session.warmUp(), used);
        }
        addEquipment(session.main, used);
        if (shared.add(session.coolDown())) {
          addEquipment(session.coolDown(), used);
        }
      }
    }
    return used;
  }

  private static void addEquipment(List<DraftItem> items, Set<Equipment> used) {
    for (int i = 0; i < items.size(); i++) {
      used.addAll(items.get(i).exercise.equipment());
    }
  }

  private Week week(int number, boolean deload, List<DraftSession> drafts) {
    Week.Builder week = Week.builder().number(number).deload(deload);
    for (DraftSession draft : drafts) {
      long day = 7L * (number - 1) + schedule.offset(draft.index);
      week.addSessions(draft.build(number, options.startDate().plusDays(day), prescriptions));
    }
    return week.build();
  }

  private boolean shortSessions() {
    return profile.minutesPerSession() <= SHORT_SESSION_MINUTES;
  }

  /** The warm-up, the same for every session: looked up once, shared, never changed (see DraftSession). */
  private List<DraftItem> warmUp() {
    if (warmUp == null) {
      warmUp = List.copyOf(findWarmUp());
    }
    return warmUp;
  }

  /** The cool-down, the same for every session: looked up once, shared, never changed (see DraftSession). */
  private List<DraftItem> coolDown() {
    if (coolDown == null) {
      coolDown = List.copyOf(findCoolDown());
    }
    return coolDown;
  }

  private List<DraftItem> findWarmUp() {
    List<DraftItem> items = new ArrayList<>();
    for (int i = 0; i < WARM_UP.length && !(shortSessions() && !items.isEmpty()); i++) {
      Optional<Exercise> found = catalog.find(WARM_UP[i]).filter(e -> ExercisePicker.suits(profile, e));
      if (found.isPresent()) {
        Exercise exercise = found.get();
        Dose own = exercise.defaultDose();
        int amount = own.isTimed() ? own.target().min() : WARM_UP_REPETITIONS[i];
        int pause = exercise.pattern() == MovementPattern.ACTIVATION ? Math.min(own.pauseAtTopSeconds(), 5) : 0;
        items.add(new DraftItem(null, exercise, 1, amount, amount, 0, pause, own.load(), own.isTimed(),
            exercise.laterality() == Laterality.UNILATERAL));
      }
    }
    return items;
  }

  private List<DraftItem> findCoolDown() {
    List<DraftItem> items = new ArrayList<>();
    for (String id : COOL_DOWN) {
      if (shortSessions() && !items.isEmpty()) {
        break;
      }
      Optional<Exercise> found = catalog.find(id).filter(e -> ExercisePicker.suits(profile, e));
      if (found.isPresent()) {
        Exercise exercise = found.get();
        Dose own = exercise.defaultDose();
        int amount = own.target().max();
        items.add(new DraftItem(null, exercise, 1, amount, amount, 0, 0, own.load(), own.isTimed(),
            exercise.laterality() == Laterality.UNILATERAL));
      }
    }
    return items;
  }
}
