package io.glutewise.planner.internal;

import io.glutewise.core.program.Prescription;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prescriptions of one program as it is built: equal prescriptions are built (and checked)
 * once, and a warm-up or cool-down list that sessions share (see {@link DraftSession}) is turned
 * into prescriptions once for all of them. Used only after the drafts stop changing.
 */
final class BuiltPrescriptions {
  // sized for a long plan's distinct prescriptions, so that it is not rehashed as it fills
  private final Map<Object, Prescription> equal = new HashMap<>(512);
  private final Map<List<DraftItem>, List<Prescription>> lists = new IdentityHashMap<>();

  /** The item's prescription in the slot. */
  Prescription of(DraftItem item, String slot) {
    // get, then put: most items find their prescription, and a capturing lambda would be made for each
    Object key = item.key(slot);
    Prescription built = equal.get(key);
    if (built == null) {
      built = item.prescription(slot);
      equal.put(key, built);
    }
    return built;
  }

  /** The prescriptions of a list of items in one slot, in order; the same list object gives the same answer. */
  List<Prescription> of(List<DraftItem> items, String slot) {
    List<Prescription> built = lists.get(items);
    if (built == null) {
      built = new ArrayList<>(items.size());
      for (DraftItem item : items) {
        built.add(of(item, slot));
      }
      lists.put(items, built);
    }
    return built;
  }
}
