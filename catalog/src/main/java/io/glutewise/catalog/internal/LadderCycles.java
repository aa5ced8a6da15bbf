package io.glutewise.catalog.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the cycles among ladder steps: one per group of exercises that lead back to each other
 * (a strongly connected component), named by a shortest cycle through the group's last step in
 * file order, since that is most often the step just added.
 */
final class LadderCycles {
  private LadderCycles() {}

  /** A step of the ladder graph: its index in the file, and its two exercises. */
  record Edge(int index, String from, String to) {}

  /** A cycle: the exercises in order, the first repeated at the end, and the step that closes it. */
  record Cycle(List<String> exercises, int closingIndex) {}

  /** The cycles, one per strongly connected group of exercises, in file order of closing steps. */
  static List<Cycle> find(List<Edge> edges) {
    Map<String, List<Edge>> out = new LinkedHashMap<>();
    for (Edge edge : edges) {
      out.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge);
      out.computeIfAbsent(edge.to(), k -> new ArrayList<>());
    }
    Map<String, Integer> component = new Components(out).run();
    Map<Integer, Edge> lastEdgeOfComponent = new HashMap<>();
    for (Edge edge : edges) {
      int c = component.get(edge.from());
      if (c == component.get(edge.to())) {
        lastEdgeOfComponent.merge(c, edge, (a, b) -> a.index() >= b.index() ? a : b);
      }
    }
    List<Cycle> cycles = new ArrayList<>();
    for (Edge closing : lastEdgeOfComponent.values()) {
      cycles.add(new Cycle(shortestCycle(closing, out, component), closing.index()));
    }
    cycles.sort((a, b) -> Integer.compare(a.closingIndex(), b.closingIndex()));
    return cycles;
  }

  /** The closing step, then the shortest way back from its target to its source. */
  private static List<String> shortestCycle(Edge closing, Map<String, List<Edge>> out, Map<String, Integer> component) {
    int c = component.get(closing.from());
    Map<String, String> cameFrom = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(closing.to());
    cameFrom.put(closing.to(), closing.to());
    while (!queue.isEmpty() && !cameFrom.containsKey(closing.from())) {
      String at = queue.poll();
      for (Edge next : out.get(at)) {
        if (component.get(next.to()) == c && cameFrom.putIfAbsent(next.to(), at) == null) {
          queue.add(next.to());
        }
      }
    }
    List<String> back = new ArrayList<>();
    for (String at = closing.from(); !at.equals(closing.to()); at = cameFrom.get(at)) {
      back.add(0, at);
    }
    List<String> cycle = new ArrayList<>();
    cycle.add(closing.from());
    cycle.add(closing.to());
    cycle.addAll(back);
    return List.copyOf(cycle);
  }

  /** Tarjan's strongly connected components, iterative so that long ladders cannot overflow. */
  private static final class Components {
    private final Map<String, List<Edge>> out;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Map<String, Integer> component = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private int counter;
    private int components;

    Components(Map<String, List<Edge>> out) {
      this.out = out;
    }

    Map<String, Integer> run() {
      for (String node : out.keySet()) {
        if (!index.containsKey(node)) {
          visit(node);
        }
      }
      return component;
    }

    private void visit(String start) {
      Deque<Object[]> calls = new ArrayDeque<>();
      enter(start);
      calls.push(new Object[] {start, 0});
      while (!calls.isEmpty()) {
        Object[] frame = calls.peek();
        String node = (String) frame[0];
        int next = (Integer) frame[1];
        List<Edge> edges = out.get(node);
        if (next < edges.size()) {
          frame[1] = next + 1;
          String target = edges.get(next).to();
          if (!index.containsKey(target)) {
            enter(target);
            calls.push(new Object[] {target, 0});
          } else if (!component.containsKey(target)) {
            low.put(node, Math.min(low.get(node), index.get(target)));
          }
          continue;
        }
        calls.pop();
        if (!calls.isEmpty()) {
          String parent = (String) calls.peek()[0];
          low.put(parent, Math.min(low.get(parent), low.get(node)));
        }
        if (low.get(node).equals(index.get(node))) {
          String member;
          do {
            member = stack.pop();
            component.put(member, components);
          } while (!member.equals(node));
          components++;
        }
      }
    }

    private void enter(String node) {
      index.put(node, counter);
      low.put(node, counter);
      counter++;
      stack.push(node);
    }
  }
}
