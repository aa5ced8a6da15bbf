package io.glutewise.planner.internal;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.dose.LoadKind;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.MovementPattern;
import io.glutewise.core.program.PhaseKind;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.trainee.Goal;
import io.glutewise.core.trainee.Limitation;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.NoSuitableExerciseException;
import io.glutewise.planner.PlanningRules;
import io.glutewise.planner.model.LoadSteps;
import io.glutewise.planner.model.TrainingModel;
import io.glutewise.planner.suitability.Suitability;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Chooses the exercise for each place of the main block in each phase.
 *
 * <p>Candidates must pass the one suitability rule ({@link Suitability}: equipment, limitations, the
 * hardest difficulty the level climbs to, the lower back's load for the current pain) and, in a
 * beginner's activation phase, be done with bodyweight. Each place has tiers of candidates, best
 * first; within the first tier that has any, candidates are ranked by: not easier than the stage
 * before's choice, closeness to the stage's target difficulty (see {@link
 * PlanningRules#targetDifficulty}), staying on the ladder of the stage before (the same exercise or
 * a rung up the trainee can do), and last, for ties only, a hash of the seed, so that different
 * seeds vary among equally good exercises.
 */
final class ExercisePicker {
  private final TraineeProfile profile;
  private final long seed;
  private final boolean alternating;
  private final CatalogIndex index;
  /** The positions in the catalog ({@link CatalogIndex}) of the exercises the main block may use. */
  private final BitSet suitable;
  private final int cap;
  private final boolean careful;
  // worked out once per exercise for this trainee: the ranking asks on every comparison
  private final Boolean[] takesAWeightTheyHave;
  @SuppressWarnings("unchecked")
  private final List<BitSet>[] tierMembers = new List[SlotRole.values().length];

  ExercisePicker(Catalog catalog, TraineeProfile profile, long seed, boolean alternating) {
    this.profile = profile;
    this.seed = seed;
    this.alternating = alternating;
    Suitability suitability = Suitability.of(profile);
    this.cap = suitability.maxDifficulty();
    this.careful = TrainingModel.careful(profile);
    this.index = CatalogIndex.of(catalog);
    List<Exercise> exercises = index.exercises();
    this.suitable = new BitSet(exercises.size());
    this.takesAWeightTheyHave = new Boolean[exercises.size()];
    for (int at = 0; at < exercises.size(); at++) {
      Exercise e = exercises.get(at);
      // the main block draws on training movements only; stretches and activation drills have their place
      suitable.set(at, e.pattern() != MovementPattern.STRETCH && e.pattern() != MovementPattern.ACTIVATION
          && suitability.test(e));
    }
  }

  /** Whether the exercise may be planned in a main block for this trainee (level and back included). */
  boolean plannable(Exercise exercise) {
    int at = index.position(exercise.id());
    return at >= 0 && suitable.get(at) && index.exercises().get(at).equals(exercise);
  }

  /** Whether the trainee can do the exercise now: the one suitability rule. */
  static boolean suits(TraineeProfile profile, Exercise exercise) {
    return Suitability.of(profile).test(exercise);
  }

  /**
   * Chooses the exercises of one stage of a phase, given the stage before's choices, aiming at a
   * difficulty step.
   */
  Map<SlotRole, Exercise> choose(PhaseKind phase, Map<SlotRole, Exercise> previous, int target) {
    Map<SlotRole, Exercise> chosen = new EnumMap<>(SlotRole.class);
    for (SlotRole role : SlotRole.values()) {
      // only the hip extension looks past its best candidate
      boolean wholeOrder = role == SlotRole.HIP_EXTENSION;
      List<Exercise> ranked = ranked(role, phase, previous.get(role), chosen, target, wholeOrder);
      Exercise pick = ranked.isEmpty() ? null : ranked.get(0);
      if (wholeOrder) {
        // the hip extension is chosen so that an abduction movement is still left to choose
        for (Exercise candidate : ranked) {
          Map<SlotRole, Exercise> trial = new EnumMap<>(chosen);
          trial.put(role, candidate);
          if (hasCandidate(SlotRole.ABDUCTION, phase, trial)) {
            pick = candidate;
            break;
          }
        }
      }
      if (pick != null) {
        chosen.put(role, pick);
      } else if (role.essential()) {
        throw new NoSuitableExerciseException(role.label(), explain(role));
      }
    }
    return chosen;
  }

  /** Whether any exercise can fill the place: what {@link #ranked} would find, without ranking it. */
  private boolean hasCandidate(SlotRole role, PhaseKind phase, Map<SlotRole, Exercise> chosen) {
    IntPredicate free = free(role, phase, chosen);
    for (BitSet tier : tierMembers(role)) {
      for (int at = tier.nextSetBit(0); at >= 0; at = tier.nextSetBit(at + 1)) {
        if (free.test(at)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The candidates for a place, best first, or only the best unless {@code wholeOrder}; empty when
   * none suits.
   */
  private List<Exercise> ranked(SlotRole role, PhaseKind phase, Exercise previous, Map<SlotRole, Exercise> chosen,
      int target, boolean wholeOrder) {
    IntPredicate free = free(role, phase, chosen);
    for (BitSet tier : tierMembers(role)) {
      BitSet candidates = new BitSet(tier.length());
      for (int at = tier.nextSetBit(0); at >= 0; at = tier.nextSetBit(at + 1)) {
        if (free.test(at)) {
          candidates.set(at);
        }
      }
      if (!candidates.isEmpty()) {
        return best(candidates, role, phase, previous, target, wholeOrder);
      }
    }
    return List.of();
  }

  /**
   * The candidates in the order of the class's ranking, or only the first of them unless {@code
   * wholeOrder}. Each candidate's ranks are worked out once ({@link Rank}) rather than at every
   * comparison the sort makes, and finding only the best needs no sort at all.
   */
  private List<Exercise> best(BitSet candidates, SlotRole role, PhaseKind phase, Exercise previous, int target,
      boolean wholeOrder) {
    if (candidates.cardinality() == 1) {
      return List.of(index.exercises().get(candidates.nextSetBit(0)));
    }
    boolean weights = prefersWeights(phase);
    // staying on the ladder: the same exercise or any rung above, since the next rung the trainee
    // can do, passing over rungs they cannot, is always one of them
    BitSet onTheLadder = previous == null ? null : index.harderOrSame(previous.id());
    List<Rank> ranks = new ArrayList<>(candidates.cardinality());
    for (int at = candidates.nextSetBit(0); at >= 0; at = candidates.nextSetBit(at + 1)) {
      Exercise e = index.exercises().get(at);
      ranks.add(new Rank(e,
          crowdsOtherSide(role, e),
          previous != null && e.difficulty() < previous.difficulty() ? 1 : 0,
          weights && !takesAWeightTheyHave(at) ? 1 : 0,
          Math.abs(e.difficulty() - target),
          onTheLadder == null || onTheLadder.get(at) ? 0 : 1,
          tieBreak(role, e)));
    }
    if (!wholeOrder) {
      return List.of(Collections.min(ranks).exercise);
    }
    Collections.sort(ranks);
    List<Exercise> ordered = new ArrayList<>(ranks.size());
    ranks.forEach(rank -> ordered.add(rank.exercise));
    return ordered;
  }

  /**
   * A candidate's ranks, each lower is better, compared in this order: crowding the other side out,
   * being easier than the stage before's choice, lacking a weight the phase prefers, distance from
   * the target difficulty, leaving the stage before's ladder, then the seeded tie-break and the id.
   */
  private record Rank(Exercise exercise, int crowds, int easier, int noWeight, int distance, int offLadder,
      long tieBreak) implements Comparable<Rank> {
    // written out rather than chained: the sort runs for every place of every stage
    @Override
    public int compareTo(Rank other) {
      int order = Integer.compare(crowds, other.crowds);
      if (order == 0) {
        order = Integer.compare(easier, other.easier);
      }
      if (order == 0) {
        order = Integer.compare(noWeight, other.noWeight);
      }
      if (order == 0) {
        order = Integer.compare(distance, other.distance);
      }
      if (order == 0) {
        order = Integer.compare(offLadder, other.offLadder);
      }
      if (order == 0) {
        order = Long.compare(tieBreak, other.tieBreak);
      }
      return order != 0 ? order : exercise.id().compareTo(other.exercise.id());
    }
  }

  /**
   * Which exercises (by position in the catalog) the place may still take, whatever its tier: not
   * one already chosen, not (for a place that can be trimmed away) on a ladder with one already
   * chosen, bodyweight only in a beginner's activation phase, and, when sessions alternate, no
   * primary mover of the other kind of session. Worked out once per place, not once per candidate.
   */
  private IntPredicate free(SlotRole role, PhaseKind phase, Map<SlotRole, Exercise> chosen) {
    long otherSide = 0;
    // the positions taken and their ladder mates, gathered once so that each candidate costs a bit test
    BitSet excluded = new BitSet(index.exercises().size());
    for (Map.Entry<SlotRole, Exercise> entry : chosen.entrySet()) {
      int at = index.position(entry.getValue().id());
      if (at >= 0) {
        if (alternating && entry.getKey().hipExtensionSide() != role.hipExtensionSide()) {
          otherSide |= index.primaryMovers(at);
        }
        excluded.set(at);
        if (!role.essential()) {
          excluded.or(index.mates(at));
        }
      }
    }
    boolean bodyweightOnly = phase == PhaseKind.ACTIVATION && profile.level() == ExperienceLevel.BEGINNER;
    long primaryOfOtherSide = otherSide;
    return at -> !excluded.get(at)
        && (!bodyweightOnly || index.exercises().get(at).defaultDose().load().kind() == LoadKind.BODYWEIGHT)
        && (index.primaryMovers(at) & primaryOfOtherSide) == 0;
  }

  /**
   * The suitable exercises of each of the place's tiers, best tier first, in the catalog's order:
   * the tiers hold for the whole plan, so each is sorted out once rather than at every choice.
   */
  private List<BitSet> tierMembers(SlotRole role) {
    List<BitSet> members = tierMembers[role.ordinal()];
    if (members == null) {
      boolean strengthOrShape = profile.goals().contains(Goal.STRENGTH) || profile.goals().contains(Goal.SHAPE);
      members = new ArrayList<>();
      for (Tier tier : Tier.of(role, strengthOrShape)) {
        BitSet both = (BitSet) index.members(tier).clone();
        both.and(suitable);
        members.add(both);
      }
      tierMembers[role.ordinal()] = members;
    }
    return members;
  }

  /**
   * 1 for a hip-extension candidate (any hip-extension-side one when sessions alternate) that also
   * has a gluteus medius or minimus as a primary mover, since it would crowd out the abduction
   * work; else 0.
   */
  private int crowdsOtherSide(SlotRole role, Exercise candidate) {
    boolean crowds = (role == SlotRole.HIP_EXTENSION || (alternating && role.hipExtensionSide()))
        && (candidate.isPrimary(Muscle.GLUTEUS_MEDIUS) || candidate.isPrimary(Muscle.GLUTEUS_MINIMUS));
    return crowds ? 1 : 0;
  }

  /**
   * Whether a phase prefers exercises that take a weight the trainee has, so that the plan can
   * progress them by real weight steps: strength-endurance and strength from intermediate on,
   * strength for beginners, never in a careful plan.
   */
  private boolean prefersWeights(PhaseKind phase) {
    if (careful) {
      return false;
    }
    return phase == PhaseKind.STRENGTH
        || phase == PhaseKind.STRENGTH_ENDURANCE && profile.level() != ExperienceLevel.BEGINNER;
  }

  /** Whether the exercise at the catalog position takes a weight the trainee has; asked once per exercise. */
  private boolean takesAWeightTheyHave(int at) {
    if (takesAWeightTheyHave[at] == null) {
      takesAWeightTheyHave[at] = !LoadSteps.forExercise(index.exercises().get(at), profile).isEmpty();
    }
    return takesAWeightTheyHave[at];
  }

  /** A seeded hash, used only to break ties between equally good candidates. */
  private long tieBreak(SlotRole role, Exercise exercise) {
    long z = seed * 0x9E3779B97F4A7C15L + (role.ordinal() + 1) * 0xBF58476D1CE4E5B9L + exercise.id().hashCode();
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static String ids(java.util.stream.Stream<String> ids) {
    String joined = ids.sorted().collect(java.util.stream.Collectors.joining(", "));
    return joined.isEmpty() ? "(none)" : "(" + joined + ")";
  }

  private String explain(SlotRole role) {
    String who = "with the equipment " + ids(profile.equipment().stream().map(Equipment::id))
        + ", the limitations " + ids(profile.limitations().stream().map(Limitation::id))
        + ", difficulty at most " + cap + " for a " + profile.level().id()
        + " and lower-back load at most " + PlanningRules.maxLowerBackLoad(profile).id();
    if (alternating && role == SlotRole.ABDUCTION) {
      return "no exercise that trains the gluteus medius or minimus as a primary mover is left " + who
          + " that does not also load the muscles of the hip-extension sessions; with 4 or more days a "
          + "week the two kinds of session must not share a primary mover, so try 3 days a week";
    }
    return "no exercise that trains "
        + (role == SlotRole.HIP_EXTENSION ? "the gluteus maximus" : "the gluteus medius or minimus")
        + " as a primary mover is available " + who;
  }
}
