package io.glutewise.catalog.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Finds the known ids nearest to a mistyped one, for "did you mean" hints. */
public final class NearestIds {
  private NearestIds() {}

  /** Up to three known ids within a small edit distance, or containing the text, nearest first. */
  public static List<String> of(String wanted, Collection<String> known) {
    if (wanted.isBlank()) {
      return List.of();
    }
    int limit = Math.max(2, wanted.length() / 3);
    return known.stream()
        .filter(k -> distance(wanted, k) <= limit || k.contains(wanted) || wanted.contains(k))
        .sorted(Comparator.comparingInt((String k) -> distance(wanted, k)).thenComparing(k -> k))
        .limit(3)
        .toList();
  }

  /**
   * The known ids at the smallest edit distance from the mistyped one, within the limits of
   * {@link #of}: one clear hint where {@link #of} would offer near neighbours as well.
   */
  public static List<String> best(String wanted, Collection<String> known) {
    List<String> near = of(wanted, known);
    if (near.isEmpty()) {
      return near;
    }
    int closest = distance(wanted, near.get(0));
    return near.stream().filter(k -> distance(wanted, k) == closest).toList();
  }

  /** Levenshtein distance. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
