package io.glutewise.cli.command;

import io.glutewise.core.dose.Dose;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.program.Prescription;
import java.util.List;

/**
 * What "done as prescribed" records for one prescription: every prescribed set at the bottom of
 * its range, at the prescribed load, no pain.
 *
 * <p>The bottom of the range, because that is what the prescription asks at least: recording the
 * top for someone who only pressed Enter would claim work that may not have happened and move the
 * plan on too early. Typing the repetitions done is how a session counts towards a step up.
 */
final class AsPrescribed {
  private AsPrescribed() {}

  /** The sets of a prescription in the shape {@code --exercise} reads: {@code 3x8@band:light}. */
  static String setsText(Dose dose) {
    String amount = dose.sets() + "x" + dose.target().min() + (dose.isTimed() ? "s" : "");
    String load = dose.load().toString();
    return load.equals("bodyweight") ? amount : amount + "@" + load;
  }

  /** The prescription as done: its sets at the bottom of the range, no pain. */
  static ExerciseLog of(Prescription prescription) {
    return ExerciseResult.parse(prescription.exerciseId() + ":" + setsText(prescription.dose())).toLog();
  }

  /** An exercise that was left out: no sets. */
  static ExerciseLog skipped(String exerciseId) {
    return ExerciseLog.builder().exerciseId(exerciseId).sets(List.of()).build();
  }

  /**
   * Reads one answer about a prescription, as typed at the interactive prompt.
   *
   * <ul>
   *   <li>nothing: done as prescribed;
   *   <li>{@code s} or {@code skip}: not done;
   *   <li>{@code :pain=3} or {@code @20kg:pain=3}: as prescribed, with that pain or load;
   *   <li>{@code 12}: that many in every prescribed set;
   *   <li>{@code 12,12,10@5kg:pain=3}, {@code 3x12}: the sets as done, as {@code --exercise} reads.
   * </ul>
   *
   * @throws ExerciseResult.FormatException when the answer does not read
   */
  static ExerciseLog answer(Prescription prescription, String typed) {
    String text = typed.trim();
    String id = prescription.exerciseId();
    if (text.isEmpty()) {
      return of(prescription);
    }
    if (text.equalsIgnoreCase("s") || text.equalsIgnoreCase("skip")) {
      return skipped(id);
    }
    Dose dose = prescription.dose();
    String sets = dose.sets() + "x" + dose.target().min() + (dose.isTimed() ? "s" : "");
    if (text.startsWith(":")) {
      String load = dose.load().toString();
      return ExerciseResult.parse(id + ":" + sets + (load.equals("bodyweight") ? "" : "@" + load) + text).toLog();
    }
    java.util.regex.Matcher each = java.util.regex.Pattern.compile("(\\d+)(s?)(.*)").matcher(text);
    if (each.matches() && !each.group(3).startsWith(",") && !each.group(3).startsWith("x")) {
      // one number: that many in every set, as typed
      String unit = dose.isTimed() || !each.group(2).isEmpty() ? "s" : "";
      return ExerciseResult.parse(id + ":" + dose.sets() + "x" + each.group(1) + unit + each.group(3)).toLog();
    }
    if (text.startsWith("@")) {
      return ExerciseResult.parse(id + ":" + sets + text).toLog();
    }
    return ExerciseResult.parse(id + ":" + text).toLog();
  }
}
