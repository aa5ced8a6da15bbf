package io.glutewise.planner.internal;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.Slugs;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The slot word of the planner: every prescription records the slot it fills (its {@link SlotRole}
 * as a slug for the main block, {@value #WARM_UP} or {@value #COOL_DOWN} for the other parts), so
 * that the builder and the adaptive step follow the same slots and one {@link SessionFitter} serves
 * both.
 */
public final class Slots {
  /** The slot of every warm-up prescription. */
  public static final String WARM_UP = "warm-up";

  /** The slot of every cool-down prescription. */
  public static final String COOL_DOWN = "cool-down";

  // looked up for every prescription an adapted session fits: built once
  private static final java.util.Map<String, SlotRole> ROLES = java.util.Arrays.stream(SlotRole.values())
      .collect(java.util.stream.Collectors.toUnmodifiableMap(Slugs::of, role -> role));

  private Slots() {}

  // every planned prescription asks for its role's slug: worked out once per role
  private static final String[] SLUGS = java.util.Arrays.stream(SlotRole.values()).map(Slugs::of).toArray(String[]::new);

  /** The slug of a main-block role, such as {@code hip-extension}. */
  static String of(SlotRole role) {
    return SLUGS[role.ordinal()];
  }

  /** The main-block role of a slot, when it is one. */
  static Optional<SlotRole> role(String slot) {
    return Optional.ofNullable(slot == null ? null : ROLES.get(slot));
  }

  /** Whether a slot can never be left out of a session: the opening glute movements. */
  public static boolean essential(String slot) {
    return role(slot).map(SlotRole::essential).orElse(false);
  }

  /** The slot in words, for messages. */
  public static String label(String slot) {
    return role(slot).map(SlotRole::label).orElse(slot.replace('-', ' '));
  }

  /**
   * The session with a slot on every prescription: as recorded, or, for programs written before
   * slots were recorded, the first main prescription as the opening movement (hip extension, or
   * abduction when it works the gluteus medius rather than the maximus) and the others as accessories
   * named by their exercise.
   */
  public static Session withSlots(Session session, Catalog catalog) {
    boolean complete = session.all().stream().allMatch(p -> p.slot().isPresent());
    if (complete) {
      return session;
    }
    List<Prescription> main = new ArrayList<>();
    for (int i = 0; i < session.main().size(); i++) {
      Prescription p = session.main().get(i);
      if (p.slot().isPresent()) {
        main.add(p);
      } else if (i == 0) {
        boolean max = catalog.find(p.exerciseId()).map(e -> e.isPrimary(Muscle.GLUTEUS_MAXIMUS)).orElse(true);
        main.add(p.withSlot(of(max ? SlotRole.HIP_EXTENSION : SlotRole.ABDUCTION)));
      } else {
        main.add(p.withSlot("main-" + p.exerciseId()));
      }
    }
    return Session.builder().from(session)
        .warmUp(session.warmUp().stream().map(p -> p.slot().isPresent() ? p : p.withSlot(WARM_UP)).toList())
        .main(main)
        .coolDown(session.coolDown().stream().map(p -> p.slot().isPresent() ? p : p.withSlot(COOL_DOWN)).toList())
        .build();
  }
}
