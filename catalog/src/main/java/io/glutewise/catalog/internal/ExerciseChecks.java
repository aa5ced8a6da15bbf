package io.glutewise.catalog.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.glutewise.catalog.CatalogProblem.Kind;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.ActivationRole;
import io.glutewise.core.exercise.DoseKind;
import io.glutewise.core.exercise.EmgMeasure;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.Laterality;
import io.glutewise.core.exercise.LowerBackLoad;
import io.glutewise.core.exercise.MovementPattern;
import io.glutewise.core.trainee.Limitation;
import java.util.Optional;

/**
 * The checks of one exercise that run on its tree before it is bound, so that they report every
 * problem of the exercise, where binding stops at the first: names outside the vocabulary, EMG
 * figures, a primary muscle, and a default dose that fits the dose kind and laterality.
 */
final class ExerciseChecks {
  private static final double EMG_MAX = 300;

  private final ProblemCollector problems;
  private final Vocabulary vocabulary;

  ExerciseChecks(ProblemCollector problems) {
    this.problems = problems;
    this.vocabulary = new Vocabulary(problems);
  }

  /** Checks the exercise object at {@code path}. */
  void check(JsonNode exercise, String path) {
    if (!exercise.isObject()) {
      return;
    }
    vocabulary.one(exercise, path, "pattern", MovementPattern.class, MovementPattern::id, "movement pattern");
    vocabulary.one(exercise, path, "laterality", Laterality.class, Laterality::id, "laterality");
    vocabulary.one(exercise, path, "lowerBackLoad", LowerBackLoad.class, LowerBackLoad::id, "lower-back load");
    vocabulary.one(exercise, path, "doseKind", DoseKind.class, DoseKind::id, "dose kind");
    vocabulary.each(exercise, path, "equipment", Equipment.class, Equipment::id, "equipment");
    vocabulary.each(exercise, path, "contraindications", Limitation.class, Limitation::id, "limitation");
    muscles(exercise, JsonPaths.field(path, "muscles"));
    dose(exercise, path);
  }

  private void muscles(JsonNode exercise, String path) {
    JsonNode muscles = exercise.get("muscles");
    boolean rolesKnown = true;
    boolean primary = false;
    int j = 0;
    for (JsonNode activation : JsonShapes.elements(exercise, "muscles")) {
      String at = JsonPaths.index(path, j++);
      vocabulary.one(activation, at, "muscle", Muscle.class, Muscle::id, "muscle");
      Optional<ActivationRole> role =
          vocabulary.one(activation, at, "role", ActivationRole.class, ActivationRole::id, "activation role");
      rolesKnown &= role.isPresent() || !JsonShapes.text(activation, "role").isPresent();
      primary |= role.filter(r -> r == ActivationRole.PRIMARY).isPresent();
      int k = 0;
      for (JsonNode figure : JsonShapes.elements(activation, "emg")) {
        emg(figure, JsonPaths.index(JsonPaths.field(at, "emg"), k++));
      }
    }
    if (!primary && rolesKnown && (muscles == null || muscles.isArray())) {
      problems.add(Kind.NO_PRIMARY_MUSCLE, path,
          "no muscle has the role \"primary\"; every exercise needs at least one primary mover");
    }
  }

  private void emg(JsonNode figure, String path) {
    if (!figure.isObject()) {
      return;
    }
    vocabulary.one(figure, path, "measure", EmgMeasure.class, EmgMeasure::id, "EMG measure");
    JsonNode low = figure.get("low");
    JsonNode high = figure.get("high");
    boolean lowFine = inRange(low, JsonPaths.field(path, "low"));
    boolean highFine = inRange(high, JsonPaths.field(path, "high"));
    if (lowFine && highFine && low != null && high != null && low.doubleValue() > high.doubleValue()) {
      problems.add(Kind.INVALID_VALUE, JsonPaths.field(path, "low"),
          "EMG range runs from " + low.asText() + " to " + high.asText() + "; low must not exceed high");
    }
    JsonShapes.text(figure, "source")
        .filter(String::isBlank)
        .ifPresent(blank -> problems.add(Kind.INVALID_VALUE, JsonPaths.field(path, "source"),
            "an EMG figure needs its source (authors, year and journal, or a PMC id); it is blank"));
  }

  private boolean inRange(JsonNode value, String path) {
    if (value == null || !value.isNumber()) {
      return false;
    }
    double figure = value.doubleValue();
    if (!(figure >= 0 && figure <= EMG_MAX)) {
      problems.add(Kind.INVALID_VALUE, path,
          "EMG figure " + value.asText() + " is outside 0-300 %MVIC");
      return false;
    }
    return true;
  }

  private void dose(JsonNode exercise, String path) {
    JsonNode dose = exercise.get("defaultDose");
    if (dose == null || !dose.isObject()) {
      return;
    }
    String dosePath = JsonPaths.field(path, "defaultDose");
    Optional<DoseKind> kind =
        JsonShapes.text(exercise, "doseKind").flatMap(t -> Vocabulary.lookup(DoseKind.class, DoseKind::id, t));
    boolean counted = present(dose, "repetitions");
    boolean timed = present(dose, "seconds");
    kind.ifPresent(k -> {
      boolean wantsSeconds = k != DoseKind.REPETITIONS;
      if (wantsSeconds && counted && !timed) {
        problems.add(Kind.DOSE_MISMATCH, dosePath,
            "the exercise is dosed by " + k.id() + ", so its default dose needs seconds, not repetitions");
      } else if (!wantsSeconds && timed && !counted) {
        problems.add(Kind.DOSE_MISMATCH, dosePath,
            "the exercise is dosed by repetitions, so its default dose needs repetitions, not seconds");
      }
    });
    Optional<Laterality> laterality =
        JsonShapes.text(exercise, "laterality").flatMap(t -> Vocabulary.lookup(Laterality.class, Laterality::id, t));
    JsonNode perSideNode = dose.get("perSide");
    if (laterality.isPresent() && (perSideNode == null || perSideNode.isBoolean())) {
      boolean perSide = perSideNode != null && perSideNode.booleanValue();
      boolean unilateral = laterality.get() == Laterality.UNILATERAL;
      if (unilateral != perSide) {
        problems.add(Kind.DOSE_MISMATCH, perSideNode == null ? dosePath : JsonPaths.field(dosePath, "perSide"),
            unilateral
                ? "a unilateral exercise is dosed per side: set perSide to true"
                : "a bilateral exercise works both sides at once: perSide must be false");
      }
    }
  }

  private static boolean present(JsonNode object, String field) {
    JsonNode value = object.get(field);
    return value != null && !value.isNull();
  }
}
