package io.glutewise.catalog.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.glutewise.catalog.CatalogProblem.Kind;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.ActivationRole;
import io.glutewise.core.exercise.BalanceDemand;
import io.glutewise.core.exercise.BodyPosition;
import io.glutewise.core.exercise.DoseKind;
import io.glutewise.core.exercise.EmgMeasure;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.JointBend;
import io.glutewise.core.exercise.Laterality;
import io.glutewise.core.exercise.LowerBackLoad;
import io.glutewise.core.exercise.MovementPattern;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.trainee.Limitation;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks of one exercise that run on its tree before it is bound, so that they report every
 * problem of the exercise, where binding stops at the first: names outside the vocabulary, EMG
 * figures, a primary muscle, a default dose that fits the dose kind and laterality, and demands
 * that agree with the body position.
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
    vocabulary.one(exercise, path, "position", BodyPosition.class, BodyPosition::id, "body position");
    demands(exercise, path);
    vocabulary.each(exercise, path, "contraindications", Limitation.class, Limitation::id, "limitation");
    muscles(exercise, JsonPaths.field(path, "muscles"));
    dose(exercise, path);
  }

  /**
   * The demands' names, and that they agree with the position: on hands and knees the knees, arms
   * and floor all carry weight; kneeling rests on the knees; lying long on the back is supine.
   */
  private void demands(JsonNode exercise, String path) {
    JsonNode demands = exercise.get("demands");
    if (demands == null || !demands.isObject()) {
      return;
    }
    String at = JsonPaths.field(path, "demands");
    vocabulary.one(demands, at, "kneeFlexion", JointBend.class, JointBend::id, "joint bend");
    vocabulary.one(demands, at, "hipFlexion", JointBend.class, JointBend::id, "joint bend");
    vocabulary.one(demands, at, "balance", BalanceDemand.class, BalanceDemand::id, "balance demand");
    Optional<BodyPosition> position = JsonShapes.text(exercise, "position")
        .flatMap(t -> Vocabulary.lookup(BodyPosition.class, BodyPosition::id, t));
    if (position.isEmpty()) {
      return;
    }
    BodyPosition where = position.get();
    if (where == BodyPosition.QUADRUPED || where == BodyPosition.KNEELING) {
      requireTrue(demands, at, "weightOnKnees", "a " + where.id() + " exercise rests on the knees");
      requireTrue(demands, at, "floorWork", "a " + where.id() + " exercise is done on the floor");
    }
    if (where == BodyPosition.QUADRUPED) {
      requireTrue(demands, at, "weightOnArms", "an exercise on hands and knees carries weight on the arms");
    }
    if (where == BodyPosition.STANDING) {
      requireFalse(demands, at, "floorWork", "a standing exercise needs no getting down to the floor");
    }
    if (where != BodyPosition.SUPINE) {
      requireFalse(demands, at, "longSupine",
          "only a supine exercise lies on the back; this one is " + where.id());
    }
    if (isTrue(demands, "weightOnHands") && !isTrue(demands, "weightOnArms")) {
      problems.add(Kind.INVALID_VALUE, JsonPaths.field(at, "weightOnArms"),
          "weight on the hands is weight on the arms too: set weightOnArms to true");
    }
  }

  private void requireTrue(JsonNode demands, String at, String field, String why) {
    JsonNode value = demands.get(field);
    if (value != null && value.isBoolean() && !value.booleanValue()) {
      problems.add(Kind.INVALID_VALUE, JsonPaths.field(at, field), why + ": set " + field + " to true");
    }
  }

  private void requireFalse(JsonNode demands, String at, String field, String why) {
    if (isTrue(demands, field)) {
      problems.add(Kind.INVALID_VALUE, JsonPaths.field(at, field), why + ": set " + field + " to false");
    }
  }

  private static boolean isTrue(JsonNode object, String field) {
    JsonNode value = object.get(field);
    return value != null && value.isBoolean() && value.booleanValue();
  }

  /**
   * Contraindications follow from position, demands and equipment. A file may still list them (a
   * catalog written back by glutewise does, and older files did), but only as they follow; a list
   * that disagrees would mislead a reader, so it is a problem.
   */
  void derivedContraindications(JsonNode exercise, String path, Exercise bound) {
    if (!exercise.isObject() || !exercise.path("contraindications").isArray()) {
      return;
    }
    Set<String> listed = new TreeSet<>();
    exercise.get("contraindications").forEach(value -> listed.add(value.asText()));
    Set<String> derived = new TreeSet<>();
    bound.contraindications().forEach(l -> derived.add(l.id()));
    if (!listed.equals(derived)) {
      problems.add(Kind.INVALID_VALUE, JsonPaths.field(path, "contraindications"),
          "contraindications follow from position, demands and equipment, which rule out " + derived
              + ", not " + listed + "; remove the list or change the demands");
    }
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
