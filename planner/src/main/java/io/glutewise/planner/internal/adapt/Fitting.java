package io.glutewise.planner.internal.adapt;

import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.SessionPart;
import io.glutewise.planner.adapt.ChangeKind;
import io.glutewise.planner.internal.SessionFitter;
import io.glutewise.planner.rules.DoseSteps;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fits an adapted session to the trainee's minutes with the builder's own {@link SessionFitter}
 * (the same trims, in the same order), and names every slot it leaves out with the reason. A slot
 * left out keeps its state and carries on next time. When not even the smallest adapted session
 * fits, the planned session (which the builder fitted) stands, each slot saying so.
 */
final class Fitting {
  static final String RULE = "fit-minutes";

  private Fitting() {}

  /** The session of the kept items, fitted; the items updated with what the fitter trimmed. */
  static Fitted fit(ProgramContext context, Session planned, List<SlotItem> items, ReplayState replay) {
    int minutes = context.profile.minutesPerSession();
    Session adapted = Session.builder().from(planned)
        .warmUp(kept(items, SessionPart.WARM_UP))
        .main(kept(items, SessionPart.MAIN))
        .coolDown(kept(items, SessionPart.COOL_DOWN))
        .estimatedMinutes(0)
        .build();
    Optional<SessionFitter.Fitted> fitted = SessionFitter.fit(adapted, minutes, context.catalog);
    if (fitted.isEmpty()) {
      return asPlanned(context, planned, items, replay, minutes);
    }
    Session session = fitted.get().session();
    List<SlotItem> result = new ArrayList<>();
    for (SlotItem item : items) {
      if (item.adapted().isEmpty()) {
        result.add(item);
        continue;
      }
      Prescription before = item.adapted().get();
      Optional<Prescription> after = session.part(item.part()).stream()
          .filter(p -> p.exerciseId().equals(before.exerciseId()) && p.slot().equals(before.slot()))
          .findFirst();
      if (after.isEmpty()) {
        String part = item.part() == SessionPart.MAIN ? "this session" : "the " + item.part().id().replace('-', ' ');
        result.add(item.leftOut(Explanation.of(item.planned(), before, replay.slot(item.key()), ChangeKind.HELD, RULE,
            "left out of " + part + " so that it fits your " + minutes + " minutes; it carries on where it was next time")));
      } else {
        result.add(new SlotItem(item.part(), item.slot(), item.planned(), after, item.change()));
      }
    }
    return new Fitted(session, result);
  }

  /**
   * The planned session (which the builder fitted) when not even the smallest adapted session fits;
   * but a step down in force never falls back to a harder planned exercise, nor the pain gate to a
   * heavier one: such a slot sits this session out (leaving it out only shortens a session that
   * fits), and when that would leave no main block, the first of them keeps the exercise the adapted
   * session gave it, at the plan's dose: the gentlest the pain allows, or, when the back-load cap
   * found nothing gentler that suits the trainee ({@link SessionShaping#capBackLoad}), the one it kept,
   * since a session needs a main block.
   */
  private static Fitted asPlanned(ProgramContext context, Session planned, List<SlotItem> items, ReplayState replay,
      int minutes) {
    List<SlotItem> result = new ArrayList<>();
    List<Prescription> main = new ArrayList<>();
    List<SlotItem> held = new ArrayList<>();
    for (SlotItem item : items) {
      SlotState state = replay.slot(item.key());
      String at = item.adapted().map(Prescription::exerciseId).orElse(state.exercise(item.planned().exerciseId()));
      boolean harder = item.part() == SessionPart.MAIN && state.stepDown().isPresent()
          && context.catalog.get(item.planned().exerciseId()).difficulty() > context.catalog.get(at).difficulty();
      boolean backLoad = item.part() == SessionPart.MAIN && context.catalog.get(item.planned().exerciseId())
          .lowerBackLoad().compareTo(context.allowedBackLoad(replay.painNow())) > 0;
      if (backLoad && !harder) {
        held.add(item);
        result.add(item.leftOut(Explanation.of(item.planned(), item.adapted().orElse(item.planned()), state,
            ChangeKind.HELD, RULE, "left out of this session: the adapted session would not fit your " + minutes
                + " minutes, and the planned " + context.name(item.planned().exerciseId())
                + " loads the lower back more than a pain of " + replay.painNow() + "/10 allows")));
        continue;
      }
      if (harder) {
        held.add(item);
        result.add(item.leftOut(Explanation.of(item.planned(), item.adapted().orElse(item.planned()), state,
            ChangeKind.HELD, RULE, "left out of this session: the adapted session would not fit your " + minutes
                + " minutes, and the planned " + context.name(item.planned().exerciseId()) + " is harder than "
                + context.name(at) + ", while the step down after " + state.stepDown().get() + " is not yet earned back")));
        continue;
      }
      if (item.part() == SessionPart.MAIN) {
        main.add(item.planned());
      }
      result.add(item.with(item.planned(), Explanation.of(item.planned(), item.planned(), state,
          ChangeKind.HELD, RULE, "as planned: the adapted session would not fit your " + minutes + " minutes")));
    }
    if (held.isEmpty()) {
      return new Fitted(planned, result);
    }
    SlotItem first = main.isEmpty() ? gentlest(context, held, replay) : null;
    boolean nothingGentler = main.isEmpty() && first == null;
    if (nothingGentler) {
      first = held.get(0);
    }
    if (first != null) {
      // the main block does not go empty: the first slot held back whose gentler exercise the back
      // load allows keeps it at the plan's dose (or, with none, the first held back keeps its own)
      SlotState state = replay.slot(first.key());
      String at = first.adapted().map(Prescription::exerciseId).orElse(state.exercise(first.planned().exerciseId()));
      Prescription gentler = Prescription.of(at, DoseSteps.baseDose(context.catalog.get(at), first.planned()));
      gentler = first.planned().slot().map(gentler::withSlot).orElse(gentler);
      main.add(gentler);
      String why = nothingGentler
          ? "nothing that loads the lower back less suits you, so " + context.name(at)
              + " stays, at the plan's dose, for a session needs a main block"
          : state.stepDown().map(after -> "the step down after " + after + " is not yet earned back")
              .orElse("the planned " + context.name(first.planned().exerciseId()) + " loads the lower back more"
                  + " than a pain of " + replay.painNow() + "/10 allows")
              + ", so " + context.name(at) + " stays at the plan's dose";
      result.set(indexOf(result, first), first.with(gentler, Explanation.of(first.planned(), gentler,
              state, ChangeKind.HELD, RULE, "the adapted session would not fit your " + minutes + " minutes, and "
                  + why)));
    }
    Session session = Session.builder().from(planned).main(main).build();
    return new Fitted(session, result);
  }

  /** The first held slot whose exercise now the pain's back load allows; null when none. */
  private static SlotItem gentlest(ProgramContext context, List<SlotItem> held, ReplayState replay) {
    for (SlotItem item : held) {
      String at = item.adapted().map(Prescription::exerciseId)
          .orElse(replay.slot(item.key()).exercise(item.planned().exerciseId()));
      if (item.part() == SessionPart.MAIN && context.catalog.get(at).lowerBackLoad()
          .compareTo(context.allowedBackLoad(replay.painNow())) <= 0) {
        return item;
      }
    }
    return null;
  }

  private static int indexOf(List<SlotItem> items, SlotItem item) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).part() == item.part() && items.get(i).slot().equals(item.slot())
          && items.get(i).planned().equals(item.planned())) {
        return i;
      }
    }
    throw new IllegalStateException("no item for " + item.slot());
  }

  private static List<Prescription> kept(List<SlotItem> items, SessionPart part) {
    List<Prescription> kept = new ArrayList<>();
    for (SlotItem item : items) {
      if (item.part() == part) {
        item.adapted().ifPresent(kept::add);
      }
    }
    return kept;
  }

  /**
   * A fitted session and its items.
   *
   * @param session the fitted session
   * @param items the items, the left-out ones with their reason
   */
  record Fitted(Session session, List<SlotItem> items) {}
}
