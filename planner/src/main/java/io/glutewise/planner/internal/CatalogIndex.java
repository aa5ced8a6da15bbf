package io.glutewise.planner.internal;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.ActivationRole;
import io.glutewise.core.exercise.Exercise;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * What the picker asks of a catalog for every plan, worked out once per catalog: each exercise's
 * position in the catalog, and as sets of positions, each exercise's ladder mates and each tier's
 * members. A catalog never changes, so neither does its index; a plan then costs bit operations
 * where it would walk ladders and test every exercise.
 */
final class CatalogIndex {
  static {
    // a muscle is one bit of a long in primaryMovers
    if (Muscle.values().length > Long.SIZE) {
      throw new IllegalStateException("more muscles than bits in a long: primaryMovers needs a BitSet");
    }
  }

  // weak keys: an app that loads catalogs of its own does not keep the old ones alive
  private static final Map<Catalog, CatalogIndex> INDEXES = Collections.synchronizedMap(new WeakHashMap<>());

  private final List<Exercise> exercises;
  private final Map<String, Integer> positions = new HashMap<>();
  private final BitSet[] mates;
  private final BitSet[] harderOrSame;
  private final Map<Tier, BitSet> tiers = new EnumMap<>(Tier.class);
  /** Each exercise's primary movers, a bit per muscle ({@link #muscleBit}). */
  private final long[] primaryMovers;

  private CatalogIndex(Catalog catalog) {
    exercises = catalog.exercises();
    primaryMovers = new long[exercises.size()];
    for (int at = 0; at < exercises.size(); at++) {
      positions.put(exercises.get(at).id(), at);
      for (Muscle muscle : exercises.get(at).musclesIn(ActivationRole.PRIMARY)) {
        primaryMovers[at] |= muscleBit(muscle);
      }
    }
    mates = new BitSet[exercises.size()];
    harderOrSame = new BitSet[exercises.size()];
    for (int at = 0; at < exercises.size(); at++) {
      String id = exercises.get(at).id();
      harderOrSame[at] = positionsOf(catalog.ladders().allHarder(id));
      mates[at] = (BitSet) harderOrSame[at].clone();
      mates[at].or(positionsOf(catalog.ladders().allEasier(id)));
      harderOrSame[at].set(at);
    }
    for (Tier tier : Tier.values()) {
      BitSet members = new BitSet(exercises.size());
      for (int at = 0; at < exercises.size(); at++) {
        members.set(at, tier.contains(exercises.get(at)));
      }
      tiers.put(tier, members);
    }
  }

  /** The index of the catalog, made on first use. */
  static CatalogIndex of(Catalog catalog) {
    return INDEXES.computeIfAbsent(catalog, CatalogIndex::new);
  }

  /** The catalog's exercises, in its order: position {@code at} is {@code exercises().get(at)}. */
  List<Exercise> exercises() {
    return exercises;
  }

  /** The exercise's position in the catalog, or -1 when the catalog has no exercise of that id. */
  int position(String id) {
    Integer at = positions.get(id);
    return at == null ? -1 : at;
  }

  /** The positions of every exercise above or below the one at {@code at} on its ladders; do not change it. */
  BitSet mates(int at) {
    return mates[at];
  }

  /**
   * The positions of the exercise itself and of every exercise above it on its ladders, however
   * many steps away (staying on its ladder); empty when the catalog has no exercise of that id. Do
   * not change it.
   */
  BitSet harderOrSame(String id) {
    int at = position(id);
    return at < 0 ? new BitSet() : harderOrSame[at];
  }

  /**
   * The primary movers of the exercise at {@code at}, a bit per muscle: whether two exercises share
   * one is then a single AND, which the picker asks of every candidate when sessions alternate.
   */
  long primaryMovers(int at) {
    return primaryMovers[at];
  }

  /** The muscle's bit in {@link #primaryMovers}. */
  private static long muscleBit(Muscle muscle) {
    return 1L << muscle.ordinal();
  }

  /** The positions of the tier's members; do not change it. */
  BitSet members(Tier tier) {
    return tiers.get(tier);
  }

  private BitSet positionsOf(Set<String> ids) {
    BitSet found = new BitSet(exercises.size());
    for (String id : ids) {
      int at = position(id);
      if (at >= 0) {
        found.set(at);
      }
    }
    return found;
  }
}
