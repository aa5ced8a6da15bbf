package io.glutewise.catalog.ladder;

import com.google.common.collect.ImmutableList;
import com.google.common.graph.ElementOrder;
import com.google.common.graph.Graphs;
import com.google.common.graph.ImmutableValueGraph;
import com.google.common.graph.ValueGraphBuilder;
import io.glutewise.core.exercise.LadderStep;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The progression ladders of a catalog as a directed graph: an edge runs from an easier exercise
 * to a harder one and carries the criterion to climb it.
 *
 * <p>Built only from validated steps, so the graph is acyclic and every node is a known exercise.
 * Queries answer in insertion order, so results are deterministic. Immutable and thread-safe.
 */
public final class Ladders {
  private final ImmutableValueGraph<String, LadderStep> graph;
  // the graph never changes, so each reach is worked out once: planning asks for the same ones
  // for every candidate of every place of every stage
  private final Map<String, Set<String>> harderReach = new ConcurrentHashMap<>();
  private final Map<String, Set<String>> easierReach = new ConcurrentHashMap<>();

  private Ladders(ImmutableValueGraph<String, LadderStep> graph) {
    this.graph = graph;
  }

  /**
   * Builds the graph over the given exercise ids. The steps must already be validated (known ids,
   * no cycle); use the catalog validator first.
   */
  public static Ladders of(Collection<String> exerciseIds, List<LadderStep> steps) {
    var builder =
        ValueGraphBuilder.directed()
            .allowsSelfLoops(false)
            .nodeOrder(ElementOrder.insertion())
            .<String, LadderStep>immutable();
    exerciseIds.forEach(builder::addNode);
    for (LadderStep step : steps) {
      builder.putEdgeValue(step.from(), step.to(), step);
    }
    return new Ladders(builder.build());
  }

  /** The exercises one step harder than the given one. */
  public List<String> harder(String id) {
    return graph.nodes().contains(id) ? ImmutableList.copyOf(graph.successors(id)) : List.of();
  }

  /** The exercises one step easier than the given one. */
  public List<String> easier(String id) {
    return graph.nodes().contains(id) ? ImmutableList.copyOf(graph.predecessors(id)) : List.of();
  }

  /**
   * The next rungs above an exercise that a trainee can do: climbing each ladder from it, a rung the
   * rule rejects (missing equipment, a limitation, too hard) is passed over and the climb goes on
   * through it, and the first rung the rule accepts on each way up is the answer for that way. So
   * with no band, bodyweight hip thrust leads to the dumbbell hip thrust; with no dumbbell, the
   * bodyweight Romanian deadlift leads to the single-leg one.
   *
   * <p>Each answer is a step from the given exercise to the rung, carrying the criterion of the first
   * step out of the given exercise on the way, since that is what the trainee must meet where they
   * are. Nearest rungs first, then in insertion order; empty when nothing above is doable.
   */
  public List<LadderStep> nextRungs(String from, Predicate<String> canDo) {
    return climb(from, canDo, true).entrySet().stream()
        .map(found -> LadderStep.of(from, found.getKey(), found.getValue().criterion()))
        .toList();
  }

  /**
   * The nearest rungs below an exercise that a trainee can do, passing over rungs the rule rejects
   * as {@link #nextRungs(String, Predicate)} does going up. Nearest first; empty when none.
   */
  public List<String> previousRungs(String from, Predicate<String> canDo) {
    return List.copyOf(climb(from, canDo, false).keySet());
  }

  /**
   * A breadth-first climb that stops at accepted rungs and goes on through rejected ones; each found
   * rung maps to the first step taken out of {@code from} on its way.
   */
  private Map<String, LadderStep> climb(String from, Predicate<String> canDo, boolean up) {
    Map<String, LadderStep> found = new LinkedHashMap<>();
    if (!graph.nodes().contains(from)) {
      return found;
    }
    Map<String, LadderStep> firstStep = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(from);
    Set<String> seen = new HashSet<>(Set.of(from));
    while (!queue.isEmpty()) {
      String current = queue.poll();
      for (String next : up ? graph.successors(current) : graph.predecessors(current)) {
        if (!seen.add(next)) {
          continue;
        }
        LadderStep first = current.equals(from)
            ? (up ? graph.edgeValue(from, next) : graph.edgeValue(next, from)).orElseThrow()
            : firstStep.get(current);
        firstStep.put(next, first);
        if (canDo.test(next)) {
          found.put(next, first);
        } else {
          queue.add(next);
        }
      }
    }
    return found;
  }

  /** The step between two exercises, if one leads directly to the other. */
  public Optional<LadderStep> step(String from, String to) {
    if (!graph.nodes().contains(from) || !graph.nodes().contains(to)) {
      return Optional.empty();
    }
    return graph.edgeValue(from, to);
  }

  /** Every exercise harder than the given one, however many steps away; unmodifiable. */
  public Set<String> allHarder(String id) {
    return harderReach.computeIfAbsent(id, from -> Collections.unmodifiableSet(reach(from, true)));
  }

  /** Every exercise easier than the given one, however many steps away; unmodifiable. */
  public Set<String> allEasier(String id) {
    return easierReach.computeIfAbsent(id, from -> Collections.unmodifiableSet(reach(from, false)));
  }

  /** Every step, in insertion order. */
  public List<LadderStep> steps() {
    List<LadderStep> steps = new ArrayList<>();
    for (var edge : graph.edges()) {
      steps.add(graph.edgeValueOrDefault(edge.source(), edge.target(), null));
    }
    return steps;
  }

  /** Whether the graph has a cycle; never true for a validated catalog. */
  public boolean hasCycle() {
    return Graphs.hasCycle(graph.asGraph());
  }

  /**
   * The shortest chain of exercises from one to another, both included, following harder steps;
   * empty when the second is not reachable from the first.
   */
  public Optional<List<String>> path(String from, String to) {
    if (!graph.nodes().contains(from) || !graph.nodes().contains(to)) {
      return Optional.empty();
    }
    Map<String, String> cameFrom = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(from);
    cameFrom.put(from, from);
    while (!queue.isEmpty()) {
      String current = queue.poll();
      if (current.equals(to)) {
        List<String> path = new ArrayList<>();
        for (String at = to; ; at = cameFrom.get(at)) {
          path.add(0, at);
          if (at.equals(from)) {
            break;
          }
        }
        return Optional.of(List.copyOf(path));
      }
      for (String next : graph.successors(current)) {
        if (cameFrom.putIfAbsent(next, current) == null) {
          queue.add(next);
        }
      }
    }
    return Optional.empty();
  }

  private Set<String> reach(String id, boolean up) {
    Set<String> seen = new LinkedHashSet<>();
    if (!graph.nodes().contains(id)) {
      return seen;
    }
    Deque<String> queue = new ArrayDeque<>();
    queue.add(id);
    while (!queue.isEmpty()) {
      String current = queue.poll();
      for (String next : up ? graph.successors(current) : graph.predecessors(current)) {
        if (seen.add(next)) {
          queue.add(next);
        }
      }
    }
    return seen;
  }
}
