package io.glutewise.core.dose;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Doses, loads and performed sets in the short words people read on a plan: {@code 3 x 10-12 reps
 * each side, 2 s hold each rep, light band, rest 60 s}. The one wording for people: every
 * export, front end and the planner's reasons use it; {@code toString()} of the values is a compact
 * form for logs and debugging, and {@link Load#toString()} is the syntax the command line reads.
 */
public final class DoseWords {
  private DoseWords() {}

  /** A prescribed dose in words. */
  public static String of(Dose dose) {
    List<String> parts = new ArrayList<>();
    String amount = dose.sets() + " x " + dose.target() + (dose.isTimed() ? " s" : " reps");
    parts.add(dose.perSide() ? amount + " each side" : amount);
    if (dose.pauseAtTopSeconds() > 0) {
      // "each rep", not "at the top": a plank, a bird dog or a press holds too, and each exercise's
      // steps say where (the squeeze at the top of a bridge, the reach of a bird dog)
      parts.add(dose.pauseAtTopSeconds() + " s hold each rep");
    }
    if (!dose.load().equals(Load.bodyweight())) {
      parts.add(of(dose.load()));
    }
    if (dose.restSeconds() > 0) {
      parts.add("rest " + dose.restSeconds() + " s");
    }
    dose.repsInReserve().ifPresent(r -> parts.add(r + " reps in reserve"));
    return String.join(", ", parts);
  }

  /** A load in words: {@code bodyweight}, {@code light band}, {@code 12.5 kg}. */
  public static String of(Load load) {
    switch (load.kind()) {
      case BODYWEIGHT:
        return "bodyweight";
      case BAND:
        return load.band().orElseThrow().id().replace('-', ' ') + " band";
      default:
        return number(load.amount().orElseThrow()) + " " + load.kind().id();
    }
  }

  /** A performed set in words: {@code 12}, {@code 30 s}, {@code 10 @ 20 kg}. */
  public static String of(PerformedSet set) {
    StringBuilder text = new StringBuilder();
    text.append(set.amount());
    if (set.seconds().isPresent()) {
      text.append(" s");
    }
    if (!set.load().equals(Load.bodyweight())) {
      text.append(" @ ").append(of(set.load()));
    }
    set.repsInReserve().ifPresent(r -> text.append(" (").append(r).append(" in reserve)"));
    return text.toString();
  }

  /**
   * The sets of one exercise in words: {@code 12, 11 reps}, {@code 15, 13 reps @ light band},
   * {@code 25 s, 20 s}; each set spelled out in full when loads or efforts were recorded per set;
   * {@code skipped} when there are none.
   */
  public static String ofSets(List<PerformedSet> sets) {
    if (sets.isEmpty()) {
      return "skipped";
    }
    Load load = sets.get(0).load();
    boolean plain = sets.stream().allMatch(s -> s.load().equals(load) && s.repsInReserve().isEmpty());
    if (!plain) {
      return String.join(", ", sets.stream().map(DoseWords::of).toList());
    }
    boolean counted = sets.stream().allMatch(s -> s.repetitions().isPresent());
    String amounts =
        String.join(", ", sets.stream()
            .map(s -> s.amount() + (s.seconds().isPresent() ? " s" : ""))
            .toList());
    return amounts + (counted ? " reps" : "")
        + (load.equals(Load.bodyweight()) ? "" : " @ " + of(load));
  }

  /** A number without trailing zeros: {@code 20}, {@code 12.5}; never in exponent form. */
  public static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.valueOf((long) value);
    }
    // in this range Double.toString is already plain and shortest (12.5); BigDecimal, which the
    // other values need, is slow to warm up in a short-lived command line
    if (Math.abs(value) >= 1e-3 && Math.abs(value) < 1e7) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
  }
}
