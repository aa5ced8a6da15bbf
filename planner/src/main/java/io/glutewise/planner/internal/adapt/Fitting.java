package io.glutewise.planner.internal.adapt;

import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.SessionPart;
import io.glutewise.planner.adapt.ChangeKind;
import io.glutewise.planner.internal.SessionFitter;
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
      List<SlotItem> asPlanned = new ArrayList<>();
      for (SlotItem item : items) {
        asPlanned.add(item.with(item.planned(), Explanation.of(item.planned(), item.planned(), replay.slot(item.key()),
            ChangeKind.HELD, RULE, "as planned: the adapted session would not fit your " + minutes + " minutes")));
      }
      return new Fitted(planned, asPlanned);
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
