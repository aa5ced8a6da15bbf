package io.glutewise.planner.internal.adapt;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.dose.Load;
import io.glutewise.core.dose.TargetRange;
import io.glutewise.core.program.Prescription;
import io.glutewise.planner.rules.DoseSteps;
import java.util.Optional;

/**
 * Where a slot has got to, relative to the plan: the exercise, the load, the aim within the range, a
 * range stretched beyond the plan's top, sets added beyond the plan and sets taken off it. The plan's
 * own sets and range for the session still apply, so a new phase's dose shows through.
 *
 * @param exerciseId the exercise now in the slot
 * @param load the load now
 * @param aim the bottom of the range to aim for
 * @param stretchedTop a top beyond the plan's, when a rule stretched the range towards a rung
 * @param minSets sets to do at least, when a rule added sets beyond the plan; 0 otherwise
 * @param setsCut sets taken off the plan's by a step down; 0 otherwise
 */
record SlotPosition(String exerciseId, Load load, int aim, Optional<Integer> stretchedTop, int minSets, int setsCut) {
  /** The exercise at its own default load, at the bottom of the range. */
  static SlotPosition start(String exerciseId, Catalog catalog) {
    return new SlotPosition(exerciseId, catalog.get(exerciseId).defaultDose().load(), 1, Optional.empty(), 0, 0);
  }

  /** Where a rule's next prescription puts the slot, relative to the planned one. */
  static SlotPosition of(Prescription next, Prescription planned, Catalog catalog) {
    Dose base = DoseSteps.baseDose(catalog.get(next.exerciseId()), planned);
    TargetRange range = next.dose().target();
    Optional<Integer> stretched = range.max() > base.target().max() ? Optional.of(range.max()) : Optional.empty();
    int sets = next.dose().sets();
    return new SlotPosition(next.exerciseId(), next.dose().load(), range.min(), stretched,
        sets > base.sets() ? sets : 0, Math.max(0, base.sets() - sets));
  }

  /** The prescription for a session whose plan has the given one here; a deload keeps the plan's fewer sets and range. */
  Prescription on(Prescription planned, Catalog catalog, boolean deload) {
    Dose base = DoseSteps.baseDose(catalog.get(exerciseId), planned);
    int sets = deload ? base.sets() - setsCut : Math.max(base.sets(), minSets) - setsCut;
    sets = Math.max(1, Math.min(10, sets));
    TargetRange range = base.target();
    int top = deload ? range.max() : Math.max(range.max(), stretchedTop.orElse(range.max()));
    int bottom = deload ? range.min() : Math.max(range.min(), Math.min(aim, top));
    Dose dose = Dose.builder().from(DoseSteps.withRange(base, TargetRange.of(bottom, top))).sets(sets).load(load).build();
    Prescription prescription = Prescription.of(exerciseId, dose);
    return planned.slot().map(prescription::withSlot).orElse(prescription);
  }
}
