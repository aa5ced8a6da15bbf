package io.glutewise.planner.internal.adapt;

import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.SessionPart;
import io.glutewise.planner.adapt.Change;
import java.util.Optional;

/**
 * One slot of a session being adapted: the part it is in, the plan's prescription, the adapted one
 * (empty when it is left out) and the change that says what and why.
 *
 * @param part warm-up, main block or cool-down
 * @param slot the slot's slug
 * @param planned the plan's prescription
 * @param adapted the adapted prescription; empty when left out of this session
 * @param change what happened and why
 */
record SlotItem(SessionPart part, String slot, Prescription planned, Optional<Prescription> adapted, Change change) {
  SlotItem with(Prescription prescription, Change why) {
    return new SlotItem(part, slot, planned, Optional.of(prescription), why);
  }

  SlotItem leftOut(Change why) {
    return new SlotItem(part, slot, planned, Optional.empty(), why);
  }

  /** The state of the slot in the replay: the warm-up and cool-down keep one state per exercise. */
  String key() {
    return part == SessionPart.MAIN ? slot : slot + ":" + planned.exerciseId();
  }
}
