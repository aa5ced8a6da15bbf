package io.glutewise.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.EmgFigure;
import io.glutewise.core.exercise.EmgMeasure;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.MuscleActivation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The catalog's EMG figures are exactly the published figures of evidence.md section 1: every row
 * below is present, and no figure exists that the table lacks.
 *
 * <p>Transcribed by hand from evidence.md (sections 1 and 10). Left out on purpose, and so absent here: the back-squat
 * rows (no exercise in the catalog is a back squat), the lunge rows (the studies' lunge is a forward
 * lunge; the catalog has only a reverse lunge), the Selkowitz glute-to-TFL index (not %MVIC) and the
 * fire hydrant (UNVERIFIED).
 */
class EmgFiguresMatchEvidenceTest {
  private static final Catalog CATALOG = Catalog.standard();

  private static final Muscle MAX = Muscle.GLUTEUS_MAXIMUS;
  private static final Muscle MED = Muscle.GLUTEUS_MEDIUS;
  private static final EmgMeasure MEAN = EmgMeasure.MEAN;
  private static final EmgMeasure PEAK = EmgMeasure.PEAK;
  private static final EmgMeasure POOLED = EmgMeasure.POOLED;
  private static final EmgMeasure RANGE = EmgMeasure.RANGE_ACROSS_STUDIES;

  /** One expected figure; the source must contain {@code source} and the condition {@code condition}. */
  record Row(String exercise, Muscle muscle, double low, double high, EmgMeasure measure, String source,
      String condition) {
    static Row of(String exercise, Muscle muscle, double value, EmgMeasure measure, String source) {
      return new Row(exercise, muscle, value, value, measure, source, "");
    }

    static Row of(String exercise, Muscle muscle, double value, EmgMeasure measure, String source,
        String condition) {
      return new Row(exercise, muscle, value, value, measure, source, condition);
    }

    static Row range(String exercise, Muscle muscle, double low, double high, EmgMeasure measure,
        String source) {
      return new Row(exercise, muscle, low, high, measure, source, "");
    }

    boolean matches(Actual actual) {
      return actual.exercise.equals(exercise)
          && actual.muscle == muscle
          && actual.figure.low() == low
          && actual.figure.high() == high
          && actual.figure.measure() == measure
          && actual.figure.source().contains(source)
          && actual.figure.condition().orElse("").contains(condition);
    }
  }

  /** A figure found in the catalog. */
  record Actual(String exercise, Muscle muscle, EmgFigure figure) {
    @Override
    public String toString() {
      return exercise + " " + muscle.id() + " " + figure;
    }
  }

  private static final List<Row> EXPECTED =
      List.of(
          // Bridge, double-leg: Ekstrom 2007 via PMC4004121
          Row.of("glute-bridge", MAX, 25, MEAN, "Ekstrom et al. 2007"),
          Row.of("glute-bridge", MED, 28, MEAN, "Ekstrom et al. 2007"),
          // Bridge, single-leg: range across studies; Single-leg bridge: Macadam & Feser 2019
          Row.range("single-leg-glute-bridge", MAX, 40, 54, RANGE, "PMC4004121"),
          Row.range("single-leg-glute-bridge", MED, 47, 55, RANGE, "PMC4004121"),
          Row.of("single-leg-glute-bridge", MAX, 54.2, MEAN, "Macadam & Feser 2019"),
          // Barbell hip thrust 10RM, Contreras 2015: mean upper/lower, peak 172/216
          Row.of("barbell-hip-thrust", MAX, 69.5, MEAN, "Contreras et al. 2015", "upper"),
          Row.of("barbell-hip-thrust", MAX, 86.8, MEAN, "Contreras et al. 2015", "lower"),
          Row.of("barbell-hip-thrust", MAX, 172, PEAK, "Contreras et al. 2015", "upper"),
          Row.of("barbell-hip-thrust", MAX, 216, PEAK, "Contreras et al. 2015", "lower"),
          // Hip thrust, pooled, loaded: Krause Neto 2020, 75.4 (49.2-105)
          Row.of("barbell-hip-thrust", MAX, 75.4, POOLED, "Krause Neto et al. 2020"),
          Row.range("barbell-hip-thrust", MAX, 49.2, 105, RANGE, "Krause Neto et al. 2020"),
          // Clamshell, no band: Distefano 2009
          Row.of("clamshell", MAX, 34, MEAN, "Distefano et al. 2009", "no band"),
          Row.of("clamshell", MED, 40, MEAN, "Distefano et al. 2009", "no band"),
          Row.of("clamshell", MED, 38, MEAN, "Distefano et al. 2009", "no band"),
          // Clamshell, range across studies
          Row.range("clamshell", MAX, 34, 53, RANGE, "PMC4004121"),
          Row.range("clamshell", MED, 38, 67, RANGE, "PMC4004121"),
          // Clamshell, progression 4: Boren 2011 peak; band use unverified, so on the plain clamshell
          Row.of("clamshell", MED, 77, PEAK, "Boren et al. 2011", "band use not confirmed"),
          // Side-lying hip abduction
          Row.range("side-lying-hip-abduction", MAX, 39, 51, RANGE, "PMC4004121"),
          Row.of("side-lying-hip-abduction", MED, 81, MEAN, "Distefano et al. 2009"),
          Row.range("side-lying-hip-abduction", MED, 42, 81, RANGE, "PMC4004121"),
          // Side plank with hip abduction: Boren 2011 peak; glute max read in a secondary source
          Row.of("side-plank-hip-abduction", MAX, 71, PEAK, "Boren et al. 2011", "secondary source"),
          Row.of("side-plank-hip-abduction", MAX, 73, PEAK, "Boren et al. 2011", "secondary source"),
          Row.of("side-plank-hip-abduction", MED, 103, PEAK, "Boren et al. 2011"),
          Row.of("side-plank-hip-abduction", MED, 89, PEAK, "Boren et al. 2011"),
          // Static side bridge
          Row.range("side-plank", MAX, 21, 71, RANGE, "PMC4004121"),
          Row.range("side-plank", MED, 74, 103, RANGE, "PMC4004121"),
          // Single-leg squat: Distefano mean, Boren peak
          Row.of("single-leg-squat", MAX, 59, MEAN, "Distefano et al. 2009"),
          Row.of("single-leg-squat", MAX, 71, PEAK, "Boren et al. 2011"),
          Row.of("single-leg-squat", MED, 64, MEAN, "Distefano et al. 2009"),
          Row.of("single-leg-squat", MED, 82, PEAK, "Boren et al. 2011"),
          // Single-leg deadlift
          Row.of("single-leg-romanian-deadlift", MAX, 59, MEAN, "Distefano et al. 2009"),
          Row.of("single-leg-romanian-deadlift", MED, 59, MEAN, "Distefano et al. 2009"),
          // Section 10: kettlebell swing at 16 kg, "glutes about 80%", magnitude of rapid pulses
          Row.of("kettlebell-swing", MAX, 80, PEAK, "McGill & Marshall 2012", "16 kg"),
          // Forward step-up, bodyweight: MacAskill
          Row.of("step-up", MAX, 28.7, MEAN, "MacAskill et al."),
          Row.of("step-up", MED, 62.7, MEAN, "MacAskill et al."),
          // Lateral step-up: MacAskill; range across studies
          Row.of("lateral-step-up", MAX, 31, MEAN, "MacAskill et al."),
          Row.range("lateral-step-up", MAX, 29, 63, RANGE, "PMC4004121"),
          Row.of("lateral-step-up", MED, 61, MEAN, "MacAskill et al."),
          Row.range("lateral-step-up", MED, 43, 59, RANGE, "PMC4004121"),
          // Prone / quadruped hip extension: PMC4004121 table. MacAskill's 100.7 / 38 were measured
          // at a 10RM load (evidence.md section 10): no bodyweight exercise may show them
          Row.of("donkey-kick", MAX, 59, MEAN, "PMC4004121"),
          Row.of("donkey-kick", MED, 46, MEAN, "PMC4004121"),
          // Front plank with hip extension: Boren 2011 peak; glute med read in a secondary source
          Row.of("front-plank-hip-extension", MAX, 106, PEAK, "Boren et al. 2011"),
          Row.of("front-plank-hip-extension", MED, 75, PEAK, "Boren et al. 2011", "secondary source"),
          // Bird-dog: Ekstrom via PMC4004121
          Row.of("bird-dog", MAX, 56, MEAN, "Ekstrom et al. 2007"),
          Row.of("bird-dog", MED, 42, MEAN, "Ekstrom et al. 2007"),
          // Lateral band walk: Distefano; Youdas 2013 stance and moving limbs
          Row.of("lateral-band-walk", MAX, 27, MEAN, "Distefano et al. 2009"),
          Row.of("lateral-band-walk", MAX, 19, MEAN, "Youdas et al. 2013", "stance"),
          Row.of("lateral-band-walk", MAX, 13, MEAN, "Youdas et al. 2013", "moving"),
          Row.of("lateral-band-walk", MED, 52, MEAN, "Youdas et al. 2013", "stance"),
          Row.of("lateral-band-walk", MED, 35, MEAN, "Youdas et al. 2013", "moving"));

  private static List<Actual> actualFigures() {
    List<Actual> actual = new ArrayList<>();
    for (Exercise exercise : CATALOG.exercises()) {
      for (MuscleActivation activation : exercise.muscles()) {
        for (EmgFigure figure : activation.emg()) {
          actual.add(new Actual(exercise.id(), activation.muscle(), figure));
        }
      }
    }
    return actual;
  }

  @Test
  void theCatalogHoldsExactlyTheFiguresOfTheEvidenceTable() {
    List<Actual> unmatched = new ArrayList<>(actualFigures());
    List<Row> missing = new ArrayList<>();
    for (Row row : EXPECTED) {
      boolean found = false;
      for (Iterator<Actual> it = unmatched.iterator(); it.hasNext(); ) {
        if (row.matches(it.next())) {
          it.remove();
          found = true;
          break;
        }
      }
      if (!found) {
        missing.add(row);
      }
    }
    assertThat(missing).as("figures of evidence.md missing from the catalog").isEmpty();
    assertThat(unmatched).as("figures in the catalog that evidence.md lacks").isEmpty();
    assertThat(actualFigures()).hasSameSizeAs(EXPECTED);
  }

  @Test
  void theFireHydrantHasNoFigure() {
    assertThat(CATALOG.get("fire-hydrant").muscles()).allSatisfy(m -> assertThat(m.emg()).isEmpty());
  }

  @Test
  void noBackSquatOrLungeFigureLeaksIn() {
    for (String id : List.of("goblet-squat", "bodyweight-squat", "reverse-lunge", "split-squat",
        "bulgarian-split-squat", "banded-clamshell")) {
      assertThat(CATALOG.get(id).muscles()).as(id).allSatisfy(m -> assertThat(m.emg()).isEmpty());
    }
  }

  @Test
  void figuresAreOnlyOnTheGlutesTheTableMeasured() {
    for (Actual actual : actualFigures()) {
      assertThat(actual.muscle()).as(actual.toString()).isIn(MAX, MED);
    }
  }

  @Test
  void noBodyweightExerciseShowsAFigureMeasuredUnderLoad() {
    // a figure taken at a 10RM load overstates what the body's own weight asks of the glutes
    for (Actual actual : actualFigures()) {
      Exercise exercise = CATALOG.get(actual.exercise());
      if (!exercise.externalLoad().isWeighted()) {
        assertThat(actual.figure().condition().orElse("") + " " + actual.figure().source())
            .as(actual.toString())
            .doesNotContain("10RM")
            .doesNotContain("10 RM");
      }
    }
  }

  @Test
  void theDonkeyKickShowsOnlyItsBodyweightFigures() {
    assertThat(CATALOG.get("donkey-kick").muscles())
        .flatExtracting(MuscleActivation::emg)
        .extracting(EmgFigure::low)
        .containsExactlyInAnyOrder(59.0, 46.0);
  }
}
