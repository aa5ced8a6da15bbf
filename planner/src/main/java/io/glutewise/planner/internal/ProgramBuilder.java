package io.glutewise.planner.internal;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.Laterality;
import io.glutewise.core.exercise.MovementPattern;
import io.glutewise.core.program.BuiltFrom;
import io.glutewise.core.program.PeriodizationModel;
import io.glutewise.core.program.Phase;
import io.glutewise.core.program.PhaseKind;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Week;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.PlanningRules;
import io.glutewise.planner.screening.WeakGluteScore;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a periodized program: phases from {@link PhasePlan}, exercises from {@link
 * ExercisePicker}, doses from {@link PhaseDose}, each session fitted to the minutes by {@link
 * SessionFitter}, volume rising within a phase by the rule of {@link PlanningRules}, and deload
 * weeks with half the sets of the week before. Deterministic: no clock, no hash-ordered iteration,
 * the seed used only to break ties between exercises.
 */
public final class ProgramBuilder {
  /** The warm-up, in order, with the repetitions of its single set. */
  private static final String[] WARM_UP = {"glute-squeeze", "glute-bridge", "clamshell"};

  private static final int[] WARM_UP_REPETITIONS = {10, 12, 10};

  /** The cool-down stretches, in order. */
  private static final String[] COOL_DOWN = {"hip-flexor-stretch", "hamstring-stretch", "figure-four-stretch"};

  /** The order in which sets are added within a phase. */
  private static final SlotRole[] SET_PRIORITY = SlotRole.values();

  private final Catalog catalog;
  private final TraineeProfile profile;
  private final PlanOptions options;
  private final WeakGluteScore weakGlutes;
  private final Schedule schedule;
  /** Prescriptions built so far, shared between equal items (building one checks its slug). */
  private final Map<Object, io.glutewise.core.program.Prescription> prescriptions = new java.util.HashMap<>();

  /** A builder for one trainee and one set of options. */
  public ProgramBuilder(Catalog catalog, TraineeProfile profile, PlanOptions options, WeakGluteScore weakGlutes) {
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
    Map<SlotRole, Exercise> previous = new EnumMap<>(SlotRole.class);
    List<PhasePlan.Span> spans = PhasePlan.of(options.weeks(), options.deloadEvery(), weakGlutes.band());
    List<WeekDraft> all = new ArrayList<>();
    for (PhasePlan.Span span : spans) {
      Map<SlotRole, Exercise> choice = picker.choose(span.kind, previous);
      previous = choice;
      PhaseDose dose = PhaseDose.of(span.kind, profile.level());
      List<DraftSession> lastNormal = null;
      for (int w = 0; w < span.length; w++) {
        boolean deload = span.isDeload(w);
        List<DraftSession> drafts;
        if (deload) {
          drafts = deload(lastNormal);
        } else {
          drafts = lastNormal == null ? fresh(span.kind, dose, choice) : progress(lastNormal, dose);
          lastNormal = drafts;
        }
        all.add(new WeekDraft(span.kind, span.firstWeek + w, deload, drafts));
      }
    }
    lightenDeloads(all);
    List<Phase> phases = new ArrayList<>();
    for (PhasePlan.Span span : spans) {
      List<Week> weeks = new ArrayList<>();
      for (WeekDraft draft : all) {
        if (draft.phase == span.kind) {
          weeks.add(week(draft.number, draft.deload, draft.sessions));
        }
      }
      phases.add(Phase.builder().kind(span.kind).aim(PhaseDose.aim(span.kind)).weeks(weeks).build());
    }
    return Program.builder()
        .builtFrom(BuiltFrom.of(profile, options, catalog.version()))
        .phases(phases)
        .build();
  }

  /** A week being planned. */
  private static final class WeekDraft {
    final PhaseKind phase;
    final int number;
    boolean deload;
    List<DraftSession> sessions;

    WeekDraft(PhaseKind phase, int number, boolean deload, List<DraftSession> sessions) {
      this.phase = phase;
      this.number = number;
      this.deload = deload;
      this.sessions = sessions;
    }

    int sets() {
      int sets = 0;
      for (DraftSession session : sessions) {
        sets += session.mainSets();
      }
      return sets;
    }
  }

  /**
   * Makes every deload week lighter than the week after it too (which may open a new phase with
   * fewer sets): sets come off its biggest prescriptions, down to one each. A deload that cannot
   * be made lighter than both neighbours that way (everything at one set already, as in very short
   * sessions) becomes a normal week, a copy of the week before it.
   */
  private static void lightenDeloads(List<WeekDraft> weeks) {
    for (int i = 1; i < weeks.size(); i++) {
      WeekDraft week = weeks.get(i);
      if (!week.deload) {
        continue;
      }
      int next = i + 1 < weeks.size() ? weeks.get(i + 1).sets() : Integer.MAX_VALUE;
      while (week.sets() >= next && cutOneSet(week)) {
        // keep cutting
      }
      if (week.sets() >= next || week.sets() >= weeks.get(i - 1).sets()) {
        WeekDraft before = weeks.get(i - 1);
        List<DraftSession> copy = new ArrayList<>();
        before.sessions.forEach(s -> copy.add(s.copy()));
        week.sessions = copy;
        week.deload = false;
      }
    }
  }

  private static boolean cutOneSet(WeekDraft week) {
    DraftItem biggest = null;
    for (DraftSession session : week.sessions) {
      for (DraftItem item : session.main) {
        if (item.sets > 1 && (biggest == null || item.sets > biggest.sets)) {
          biggest = item;
        }
      }
    }
    if (biggest == null) {
      return false;
    }
    biggest.sets--;
    return true;
  }

  private Week week(int number, boolean deload, List<DraftSession> drafts) {
    Week.Builder week = Week.builder().number(number).deload(deload);
    for (DraftSession draft : drafts) {
      long day = 7L * (number - 1) + schedule.offset(draft.index);
      week.addSessions(Slots.label(draft.build(number, options.startDate().plusDays(day), prescriptions), draft));
    }
    return week.build();
  }

  private List<DraftSession> fresh(PhaseKind phase, PhaseDose dose, Map<SlotRole, Exercise> choice) {
    int sets = options.model() == PeriodizationModel.BLOCK ? dose.maxSets : dose.baseSets;
    List<DraftSession> drafts = new ArrayList<>();
    for (int index = 1; index <= schedule.days(); index++) {
      Emphasis emphasis = schedule.emphasis(index);
      List<DraftItem> main = new ArrayList<>();
      for (SlotRole role : SlotRole.template(emphasis, schedule.antiRotationCore(index))) {
        Exercise exercise = choice.get(role);
        if (exercise != null) {
          // the opening movements are fitted at the phase's peak sets, so that room is kept for
          // the sets they gain week by week; they start the phase at the base sets
          main.add(mainItem(role, exercise, dose, role.essential() ? dose.maxSets : sets, index));
        }
      }
      DraftSession draft = new DraftSession(index, emphasis, warmUp(), main, coolDown());
      SessionFitter.fit(draft, profile.minutesPerSession());
      for (DraftItem item : draft.main) {
        item.sets = Math.min(item.sets, sets);
      }
      drafts.add(draft);
    }
    return drafts;
  }

  private DraftItem mainItem(SlotRole role, Exercise exercise, PhaseDose dose, int sets, int index) {
    Dose own = exercise.defaultDose();
    boolean perSide = exercise.laterality() == Laterality.UNILATERAL;
    boolean undulating = options.model() == PeriodizationModel.UNDULATING;
    boolean heavyDay = undulating && index % 2 == 0;
    int low;
    int high;
    if (own.isTimed()) {
      low = own.target().min();
      high = own.target().max();
    } else {
      low = dose.low;
      high = dose.high;
      if (undulating) {
        int middle = (low + high) / 2;
        if (heavyDay) {
          high = middle;
        } else {
          low = middle;
        }
      }
    }
    int pause = exercise.pattern() == MovementPattern.BRIDGE
        ? Math.min(3, dose.bridgePause + (heavyDay ? 1 : 0))
        : Math.min(own.pauseAtTopSeconds(), 3);
    return new DraftItem(role, exercise, sets, low, high, dose.rest, pause, own.load(), own.isTimed(), perSide);
  }

  private List<DraftItem> warmUp() {
    List<DraftItem> items = new ArrayList<>();
    for (int i = 0; i < WARM_UP.length; i++) {
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

  private List<DraftItem> coolDown() {
    List<DraftItem> items = new ArrayList<>();
    for (String id : COOL_DOWN) {
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

  /** The next normal week of a phase: the last one, with sets added within the volume rule. */
  private List<DraftSession> progress(List<DraftSession> last, PhaseDose dose) {
    List<DraftSession> next = new ArrayList<>();
    int total = 0;
    for (DraftSession session : last) {
      next.add(session.copy());
      total += session.mainSets();
    }
    if (options.model() == PeriodizationModel.BLOCK) {
      return next;
    }
    int budget = PlanningRules.allowedWeeklyRise(total);
    for (SlotRole role : SET_PRIORITY) {
      for (DraftSession session : next) {
        DraftItem item = session.item(role);
        if (budget > 0 && item != null && item.sets < dose.maxSets) {
          item.sets++;
          if (SessionFitter.fits(session, profile.minutesPerSession())) {
            budget--;
          } else {
            item.sets--;
          }
        }
      }
    }
    return next;
  }

  /** A deload week: the same sessions as the last normal week with half the sets, at least one. */
  private static List<DraftSession> deload(List<DraftSession> last) {
    List<DraftSession> next = new ArrayList<>();
    for (DraftSession session : last) {
      DraftSession copy = session.copy();
      for (DraftItem item : copy.main) {
        item.sets = Math.max(1, item.sets / 2);
      }
      next.add(copy);
    }
    return next;
  }
}
