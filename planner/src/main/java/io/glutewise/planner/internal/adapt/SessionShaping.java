package io.glutewise.planner.internal.adapt;

import io.glutewise.core.dose.Dose;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.LowerBackLoad;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.SessionPart;
import io.glutewise.planner.adapt.ChangeKind;
import io.glutewise.planner.adapt.SessionPain;
import io.glutewise.planner.internal.AdaptSuitability;
import io.glutewise.planner.internal.Slots;
import io.glutewise.planner.rules.Attempt;
import io.glutewise.planner.rules.ClimbAllowance;
import io.glutewise.planner.rules.DoseSteps;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Shapes a session after per-slot progress, in this order: the lower-back load the pain now allows,
 * a flare-up plan, the comeback dose after a break, and the warm-up and cool-down following the
 * main block's step-downs and their own pain.
 */
final class SessionShaping {
  static final String BACK_LOAD = "back-load";
  /** A gentle stand-in for the session's only movement when nothing that does its job suits the pain. */
  static final String BACK_LOAD_STAND_IN = "back-load-stand-in";
  static final String FLARE_UP = "flare-up";
  static final String COMEBACK = "comeback";
  static final String WARM_UP_GATE = "warm-up-gate";

  /**
   * The fraction of sets kept in a flare-up plan: about half the volume (our reading of evidence.md
   * section 7, where a taper cuts volume 41-60% and keeps the exercises; section 11: NICE NG59 and
   * Foster et al. 2018 keep people exercising during a flare-up).
   */
  static final double FLARE_UP_SETS = 0.5;

  /** The fraction of sets kept in the week back after a break of 4-8 weeks: 30-50% less volume (section 11). */
  static final double COMEBACK_SETS = 0.6;

  private SessionShaping() {}

  /**
   * Main-block slots loading the back more than the pain now allows move down their ladder, are
   * replaced (the session's only movement, if need be, by another family's exercise for the same
   * primary muscles), or are left out: the pain now comes before a complete session.
   */
  static List<SlotItem> capBackLoad(ProgramContext context, ReplayState replay, List<SlotItem> items) {
    LowerBackLoad allowed = context.allowedBackLoad(replay.painNow());
    List<SlotItem> shaped = new ArrayList<>();
    for (SlotItem item : items) {
      if (item.adapted().isEmpty()) {
        shaped.add(item);
        continue;
      }
      Prescription p = item.adapted().get();
      Exercise exercise = context.catalog.get(p.exerciseId());
      if (exercise.lowerBackLoad().compareTo(allowed) <= 0) {
        shaped.add(item);
        continue;
      }
      String why = context.name(p.exerciseId()) + " loads the lower back (" + exercise.lowerBackLoad().id()
          + ") more than a pain of " + replay.painNow() + "/10 allows (" + allowed.id() + ")";
      SlotState state = replay.slot(item.key());
      Optional<String> easier = easierWithin(context, replay, p.exerciseId(), allowed, used(items, item), state);
      Set<String> excluded = union(used(items, item), union(state.avoided(), state.hurtCounts().keySet()));
      Optional<String> swap = easier.isPresent() ? easier
          : Substitution.find(context, replay.painNow(), exercise, excluded).map(Exercise::id);
      if (swap.isEmpty() && item.part() == SessionPart.MAIN && Slots.essential(item.slot())
          && !anotherMainFits(context, items, item, allowed)) {
        // the session's only movement: another family's exercise rather than too much back load
        swap = Substitution.findWithinBackLoad(context, replay.painNow(), exercise, excluded, allowed).map(Exercise::id);
        Optional<Exercise> standIn = swap.isPresent() ? Optional.empty()
            : Substitution.standInWithinBackLoad(context, replay.painNow(), exercise, excluded, allowed);
        if (standIn.isPresent()) {
          Prescription gentle = Prescription.of(standIn.get().id(), Dose.builder()
              .from(DoseSteps.baseDose(standIn.get(), item.planned())).sets(p.dose().sets()).build());
          gentle = item.planned().slot().map(gentle::withSlot).orElse(gentle);
          shaped.add(item.with(gentle, Explanation.of(item.planned(), gentle, state, ChangeKind.REPLACED, BACK_LOAD_STAND_IN,
              why + ", and nothing that does its job suits you now, so " + context.name(standIn.get().id())
                  + " keeps the session going for now")));
          continue;
        }
      }
      if (swap.isPresent()) {
        Prescription moved = Prescription.of(swap.get(), Dose.builder()
            .from(DoseSteps.baseDose(context.catalog.get(swap.get()), item.planned())).sets(p.dose().sets()).build());
        moved = item.planned().slot().map(moved::withSlot).orElse(moved);
        shaped.add(item.with(moved, Explanation.of(item.planned(), moved, state,
            easier.isPresent() ? ChangeKind.REGRESSED : ChangeKind.REPLACED, BACK_LOAD,
            why + ", so " + context.name(swap.get()) + " for now")));
      } else if (anotherMainFits(context, items, item, allowed) || !Slots.essential(item.slot())
          || item.part() != SessionPart.MAIN) {
        // safety before completeness: an opening movement goes too when another movement remains
        shaped.add(item.leftOut(Explanation.of(item.planned(), p, state, ChangeKind.HELD, BACK_LOAD,
            "left out of this session: " + why + " and nothing gentler suits this slot")));
      } else {
        // a session needs a main block, and the catalog has nothing gentler at all for this trainee
        shaped.add(item);
      }
    }
    return shaped;
  }

  private static boolean anotherMainFits(ProgramContext context, List<SlotItem> items, SlotItem except,
      LowerBackLoad allowed) {
    return items.stream().anyMatch(i -> i != except && i.part() == SessionPart.MAIN && i.adapted().isPresent()
        && context.catalog.get(i.adapted().get().exerciseId()).lowerBackLoad().compareTo(allowed) <= 0);
  }

  /** The easiest rung below the exercise (walking down) that the back load allows and suits the trainee. */
  private static Optional<String> easierWithin(ProgramContext context, ReplayState replay, String from,
      LowerBackLoad allowed, Set<String> used, SlotState state) {
    String at = from;
    for (int guard = 0; guard < 20; guard++) {
      Optional<String> down = context.catalog.ladders().easier(at).stream()
          .filter(id -> allowedNow(context, replay, id) && !used.contains(id) && !state.avoided().contains(id))
          .findFirst();
      if (down.isEmpty()) {
        return Optional.empty();
      }
      at = down.get();
      if (context.catalog.get(at).lowerBackLoad().compareTo(allowed) <= 0) {
        return Optional.of(at);
      }
    }
    return Optional.empty();
  }

  private static boolean allowedNow(ProgramContext context, ReplayState replay, String id) {
    Exercise e = context.catalog.get(id);
    return AdaptSuitability.suits(context.profile, e) && ClimbAllowance.allows(context.profile, replay.painNow(), e);
  }

  /**
   * A flare-up plan: every main slot at the lowest rung of its ladder that suits the trainee, about
   * half the sets at the bottom of the range, and no slot loading the lower back more than a little
   * (left out, unless it is an opening movement).
   */
  static List<SlotItem> flareUp(ProgramContext context, ReplayState replay, List<SlotItem> items) {
    List<SlotItem> shaped = new ArrayList<>();
    for (SlotItem item : items) {
      if (item.part() != SessionPart.MAIN || item.adapted().isEmpty()) {
        shaped.add(item);
        continue;
      }
      Prescription p = item.adapted().get();
      SlotState state = replay.slot(item.key());
      String at = p.exerciseId();
      Set<String> used = used(items, item);
      for (int guard = 0; guard < 20; guard++) {
        Optional<String> down = context.catalog.ladders().easier(at).stream()
            .filter(id -> allowedNow(context, replay, id) && !used.contains(id) && !state.avoided().contains(id))
            .findFirst();
        if (down.isEmpty()) {
          break;
        }
        at = down.get();
      }
      Exercise exercise = context.catalog.get(at);
      if (exercise.lowerBackLoad().compareTo(LowerBackLoad.LOW) > 0 && !Slots.essential(item.slot())) {
        shaped.add(item.leftOut(Explanation.of(item.planned(), p, state, ChangeKind.HELD, FLARE_UP,
            "left out during the flare-up: " + context.name(at) + " loads the lower back more than a little")));
        continue;
      }
      Dose base = at.equals(p.exerciseId()) ? p.dose() : DoseSteps.baseDose(exercise, item.planned());
      int sets = Math.max(1, (int) Math.round(p.dose().sets() * FLARE_UP_SETS));
      Dose dose = Dose.builder().from(DoseSteps.withRange(base, DoseSteps.baseDose(exercise, item.planned()).target()))
          .sets(sets).load(at.equals(p.exerciseId()) ? p.dose().load() : exercise.defaultDose().load()).build();
      Prescription light = Prescription.of(at, dose);
      light = item.planned().slot().map(light::withSlot).orElse(light);
      shaped.add(item.with(light, Explanation.of(item.planned(), light, state, ChangeKind.REGRESSED, FLARE_UP,
          "flare-up plan: " + DoseSteps.describe(context.name(at), dose)
              + ", the gentlest variant with about half the sets, until pain settles")));
    }
    return shaped;
  }

  /** The week back after a break of 4 to 8 weeks: about 40% fewer sets (at least one), the same exercises. */
  static List<SlotItem> comeback(ProgramContext context, ReplayState replay, List<SlotItem> items, int days) {
    List<SlotItem> shaped = new ArrayList<>();
    for (SlotItem item : items) {
      if (item.part() != SessionPart.MAIN || item.adapted().isEmpty()) {
        shaped.add(item);
        continue;
      }
      Prescription p = item.adapted().get();
      int sets = Math.max(1, (int) Math.round(p.dose().sets() * COMEBACK_SETS));
      Prescription lighter = p.withDose(Dose.builder().from(DoseSteps.withRange(p.dose(),
          DoseSteps.baseDose(context.catalog.get(p.exerciseId()), item.planned()).target())).sets(sets).build());
      // the plan may have moved on during the break (a new phase's exercise): say so, the dose is new too
      String moved = item.change().previousExerciseId().filter(before -> !before.equals(p.exerciseId()))
          .map(before -> context.name(p.exerciseId()) + " follows " + context.name(before) + " as the plan goes on; ")
          .orElse("");
      shaped.add(item.with(lighter, Explanation.of(item.planned(), lighter, replay.slot(item.key()),
          ChangeKind.REGRESSED, COMEBACK, "back after " + weeks(days) + " without training: " + moved + sets + " set"
              + (sets == 1 ? "" : "s") + " at the bottom of the range this week, then "
              + (moved.isEmpty() ? "the dose you had" : "its planned dose"))));
    }
    return shaped;
  }

  static String weeks(int days) {
    int weeks = days / 7;
    return weeks <= 1 ? days + " days" : "about " + weeks + " weeks";
  }

  /**
   * The warm-up and cool-down follow the gate too: an item whose own pain went above the gate in its
   * latest attempt (until two calm sessions since), or that is on the ladder of a main slot stepped
   * down and not yet earned back, is left out, as long as another item of its part remains.
   */
  static List<SlotItem> gateOtherParts(ProgramContext context, ReplayState replay, List<SlotItem> items) {
    int gate = SessionPain.gate(context.profile);
    List<Optional<String>> reasons = new ArrayList<>();
    for (SlotItem item : items) {
      String id = item.planned().exerciseId();
      reasons.add(item.part() == SessionPart.MAIN ? Optional.empty()
          : ownPain(replay.slot(item.key()), gate, context).or(() -> relatedStepDown(context, replay, items, id)));
    }
    List<SlotItem> shaped = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      SlotItem item = items.get(i);
      Optional<String> why = reasons.get(i);
      if (why.isEmpty()) {
        shaped.add(item);
        continue;
      }
      // a part keeps at least one item: when every item has a reason, its first (the gentlest) stays
      boolean anotherKept = false;
      int firstOfPart = -1;
      for (int j = 0; j < items.size(); j++) {
        if (items.get(j).part() == item.part()) {
          anotherKept |= j != i && reasons.get(j).isEmpty();
          firstOfPart = firstOfPart < 0 ? j : firstOfPart;
        }
      }
      String part = item.part().id(); // warm-up, cool-down: as the session's headings spell them
      SlotState state = replay.slot(item.key());
      shaped.add(anotherKept || firstOfPart != i
          ? item.leftOut(Explanation.of(item.planned(), item.planned(), state, ChangeKind.REGRESSED, WARM_UP_GATE,
              "left out of the " + part + " while " + why.get()))
          : item.with(item.planned(), Explanation.of(item.planned(), item.planned(), state, ChangeKind.HELD,
              WARM_UP_GATE, "kept as the gentlest item of the " + part + ", while " + why.get())));
    }
    return shaped;
  }

  private static Optional<String> ownPain(SlotState state, int gate, ProgramContext context) {
    List<Attempt> recent = state.recent();
    for (int i = recent.size() - 1, calm = 0; i >= 0 && calm < 2; i--) {
      Attempt a = recent.get(i);
      if (a.painDuring() > gate) {
        return Optional.of(context.name(a.prescribed().exerciseId()) + " hurt above your limit");
      }
      if (a.wasDone() && a.sessionPainDuring() <= gate && a.nextMorningRise() == 0) {
        calm++;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> relatedStepDown(ProgramContext context, ReplayState replay, List<SlotItem> items,
      String id) {
    for (SlotItem main : items) {
      if (main.part() != SessionPart.MAIN) {
        continue;
      }
      SlotState state = replay.slot(main.key());
      String at = main.adapted().map(Prescription::exerciseId).orElse(main.planned().exerciseId());
      boolean related = context.related(id, at);
      // the warm-up follows step-downs that pain caused, not a break's step back
      if (state.stepDown().filter(why -> !why.startsWith("back ")).isPresent() && related) {
        return Optional.of(context.name(at) + " is stepped down (" + state.stepDown().get() + ")");
      }
      if (replay.flareUp().isPresent() && related) {
        return Optional.of("a flare-up settles");
      }
    }
    return Optional.empty();
  }

  private static Set<String> used(List<SlotItem> items, SlotItem except) {
    Set<String> used = new HashSet<>();
    for (SlotItem item : items) {
      if (item != except && item.part() == SessionPart.MAIN) {
        item.adapted().ifPresent(p -> used.add(p.exerciseId()));
      }
    }
    return used;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }
}
