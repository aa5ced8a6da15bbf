package io.glutewise.planner.screening;

import io.glutewise.core.Checks;
import io.glutewise.core.InvalidValueException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Outcome measures from answers the caller supplies: pain on the 0-10 scale, the Oswestry Disability
 * Index from its ten section scores, and whether a change matters.
 *
 * <p>The Oswestry questions are licensed (Mapi Research Trust), so glutewise ships no question text:
 * the caller asks them and passes the section scores, 0 to 5 each. Up to two sections may be left
 * unanswered; the score is then the sum over the answered sections divided by five times their
 * number, times 100. With fewer than {@value #OSWESTRY_MIN_ANSWERED} answered the result would
 * mean too little, so it is refused.
 */
public final class OutcomeMeasures {
  /** The number of sections in the Oswestry Disability Index. */
  public static final int OSWESTRY_SECTIONS = 10;

  /** The fewest answered sections that still give a score. */
  public static final int OSWESTRY_MIN_ANSWERED = 8;

  /** The share of the baseline that makes an improvement important: 30%. */
  public static final double MINIMAL_IMPORTANT_FRACTION = 0.30;

  private OutcomeMeasures() {}

  /**
   * Scores the Oswestry Disability Index.
   *
   * @param sectionScores the score of each answered section, keyed by section number 1 to 10, each
   *     score 0 to 5; unanswered sections are simply absent
   * @return the percentage, the number answered and the band
   * @throws InvalidValueException naming the section when a number or score is out of range, or
   *     when fewer than {@value #OSWESTRY_MIN_ANSWERED} sections were answered
   */
  public static OswestryScore oswestry(Map<Integer, Integer> sectionScores) {
    Objects.requireNonNull(sectionScores, "sectionScores");
    int sum = 0;
    for (Map.Entry<Integer, Integer> entry : new TreeMap<>(sectionScores).entrySet()) {
      int section = Objects.requireNonNull(entry.getKey(), "section");
      Checks.inRange("oswestry section number", section, 1, OSWESTRY_SECTIONS);
      Integer score = entry.getValue();
      if (score == null) {
        throw new InvalidValueException("oswestry section " + section, "null", "must be a score from 0 to 5");
      }
      sum += Checks.inRange("oswestry section " + section, score, 0, 5);
    }
    int answered = sectionScores.size();
    if (answered < OSWESTRY_MIN_ANSWERED) {
      throw new InvalidValueException(
          "oswestry sections answered", answered,
          "must be at least " + OSWESTRY_MIN_ANSWERED + " of " + OSWESTRY_SECTIONS + " for a meaningful score");
    }
    return OswestryScore.of(100.0 * sum / (5.0 * answered), answered);
  }

  /**
   * Scores the Oswestry Disability Index with every section answered.
   *
   * @param sectionScores the ten section scores in section order, each 0 to 5
   * @throws InvalidValueException when there are not ten scores or one is out of range
   */
  public static OswestryScore oswestry(int... sectionScores) {
    if (sectionScores.length != OSWESTRY_SECTIONS) {
      throw new InvalidValueException(
          "oswestry sections", sectionScores.length,
          "must be exactly " + OSWESTRY_SECTIONS + " scores; pass a map to leave sections out");
    }
    Map<Integer, Integer> byNumber = new TreeMap<>();
    for (int i = 0; i < sectionScores.length; i++) {
      byNumber.put(i + 1, sectionScores[i]);
    }
    return oswestry(byNumber);
  }

  /**
   * The change in pain from a baseline.
   *
   * @param baseline pain at baseline, 0 to 10
   * @param current pain now, 0 to 10
   * @throws InvalidValueException when a score is outside 0-10
   */
  public static OutcomeChange painChange(int baseline, int current) {
    Checks.pain("baseline pain", baseline);
    Checks.pain("current pain", current);
    return OutcomeChange.of(OutcomeMeasure.PAIN, baseline, current);
  }

  /** The change in the Oswestry Disability Index from a baseline score. */
  public static OutcomeChange oswestryChange(OswestryScore baseline, OswestryScore current) {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(current, "current");
    return OutcomeChange.of(OutcomeMeasure.OSWESTRY, baseline.percent(), current.percent());
  }

  /**
   * Whether a change matters: an improvement of at least the measure's minimal important points or
   * 30% of the baseline.
   */
  public static boolean isMinimalImportantImprovement(OutcomeMeasure measure, double baseline, double current) {
    return OutcomeChange.of(measure, baseline, current).importantImprovement();
  }
}
