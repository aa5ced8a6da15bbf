package io.glutewise.catalog.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.glutewise.catalog.CatalogDocument;
import io.glutewise.catalog.CatalogProblem;
import io.glutewise.catalog.CatalogProblem.Kind;
import io.glutewise.catalog.CatalogValidationException;
import io.glutewise.catalog.ImmutableCatalogDocument;
import io.glutewise.catalog.guidance.Guidance;
import io.glutewise.catalog.guidance.Habit;
import io.glutewise.catalog.guidance.ImmutableGuidance;
import io.glutewise.catalog.guidance.Milestone;
import io.glutewise.catalog.guidance.RedFlagQuestion;
import io.glutewise.catalog.guidance.RoutineTemplate;
import io.glutewise.catalog.guidance.WeakGluteItem;
import io.glutewise.core.exercise.DoseKind;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.LadderStep;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.trainee.RedFlag;
import io.glutewise.core.trainee.WeakGluteSign;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Validates a whole catalog tree and binds it, listing every problem it finds rather than stopping
 * at the first.
 *
 * <p>The order of work: the document's own fields; each exercise, checked on its tree and then bound
 * alone, so that one bad exercise hides no other; ids; ladder steps (known exercises, duplicates,
 * criteria that fit the dose kind, cycles); templates; guidance (a question for every red flag and
 * an item for every weak-glute sign). Not API: use {@link io.glutewise.catalog.CatalogLoader}.
 */
public final class CatalogValidator {
  private static final String[] LISTS = {"exercises", "ladders", "templates"};
  private static final String[] GUIDANCE_LISTS = {"redFlagQuestions", "weakGluteChecklist", "habits", "timeline"};

  private final LocatedJson json;
  private final String source;
  private final ProblemCollector problems;
  private final NodeBinder binder;
  private final List<String> exerciseIdsByIndex = new ArrayList<>();
  private final Map<String, Exercise> exercisesById = new HashMap<>();
  private boolean exercisesReadable;
  private Set<String> knownIds;

  private CatalogValidator(LocatedJson json, String source) {
    this.json = json;
    this.source = source;
    this.problems = new ProblemCollector(source, json, this::exerciseAt);
    this.binder = new NodeBinder(source, problems);
  }

  /**
   * Validates and binds a catalog tree.
   *
   * @param json the tree, with positions where it was read from text
   * @param source the catalog's name in messages
   * @return the bound document, every rule met
   * @throws CatalogValidationException listing every problem found
   */
  public static CatalogDocument validate(LocatedJson json, String source) {
    return new CatalogValidator(json, source).run();
  }

  /** The one problem of text that is not well-formed JSON, placed where the parser gave up. */
  public static CatalogValidationException malformed(LocatedJson.MalformedJsonException e, String source) {
    CatalogProblem problem =
        CatalogProblem.builder()
            .source(source)
            .kind(Kind.MALFORMED_JSON)
            .path(e.path())
            .line(e.position().line())
            .column(e.position().column())
            .message("malformed JSON: " + e.getMessage())
            .build();
    CatalogValidationException failure = new CatalogValidationException(source, List.of(problem));
    failure.initCause(e);
    return failure;
  }

  private CatalogDocument run() {
    JsonNode root = json.root();
    if (!root.isObject()) {
      problems.add(Kind.WRONG_SHAPE, "$",
          "a catalog is a JSON object with version, exercises, ladders, templates and guidance; this is "
              + JsonShapes.describe(root));
      throw new CatalogValidationException(source, problems.sorted());
    }
    for (String list : LISTS) {
      // a null list would bind as an empty one and pass as "OK"; it is a slip to name
      if (root.has(list) && root.get(list).isNull()) {
        problems.add(Kind.WRONG_SHAPE, "$." + list, list + " must be a list (it may be empty), not null");
      }
    }
    collectExerciseIds(root);
    for (String repeated : json.repeatedFields()) {
      problems.add(Kind.WRONG_SHAPE, repeated,
          "field given twice in the same object; give it once");
    }
    Optional<CatalogDocument> shell = binder.bind(shellOf((ObjectNode) root), "$", CatalogDocument.class);
    shell.map(CatalogDocument::version)
        .filter(String::isBlank)
        .ifPresent(v -> problems.add(Kind.INVALID_VALUE, "$.version", "the version must not be blank"));

    List<Exercise> exercises = exercises(root);
    uniqueExerciseIds();
    List<LadderStep> steps = ladders(root);
    List<RoutineTemplate> templates = templates(root);
    Optional<Guidance> guidance = guidance(root);

    if (!problems.isEmpty() || shell.isEmpty()) {
      throw new CatalogValidationException(source, problems.sorted());
    }
    return ImmutableCatalogDocument.builder()
        .version(shell.get().version())
        .exercises(exercises)
        .ladders(steps)
        .templates(templates)
        .guidance(guidance)
        .build();
  }

  /**
   * The root with its lists emptied and its guidance left out, to check its own fields. A shallow
   * copy: binding never changes a tree, and a deep one would copy every exercise.
   */
  private static ObjectNode shellOf(ObjectNode root) {
    ObjectNode shell = root.objectNode();
    root.fields().forEachRemaining(field -> shell.set(field.getKey(), field.getValue()));
    for (String list : LISTS) {
      if (shell.path(list).isArray()) {
        shell.putArray(list);
      }
    }
    if (shell.path("guidance").isObject()) {
      shell.remove("guidance");
    }
    return shell;
  }

  private void collectExerciseIds(JsonNode root) {
    JsonNode exercises = root.get("exercises");
    exercisesReadable = exercises == null || exercises.isArray();
    for (JsonNode exercise : JsonShapes.elements(root, "exercises")) {
      exerciseIdsByIndex.add(JsonShapes.text(exercise, "id").orElse(null));
    }
  }

  /** The id of the exercise a path lies in, read from the tree. */
  private Optional<String> exerciseAt(String path) {
    if (!path.startsWith("$.exercises[")) {
      return Optional.empty();
    }
    int end = path.indexOf(']');
    int index = Integer.parseInt(path.substring("$.exercises[".length(), end));
    return index < exerciseIdsByIndex.size() ? Optional.ofNullable(exerciseIdsByIndex.get(index)) : Optional.empty();
  }

  private List<Exercise> exercises(JsonNode root) {
    ExerciseChecks checks = new ExerciseChecks(problems);
    List<Exercise> bound = new ArrayList<>();
    int i = 0;
    for (JsonNode node : JsonShapes.elements(root, "exercises")) {
      String path = JsonPaths.index("$.exercises", i++);
      checks.check(node, path);
      binder.bind(node, path, Exercise.class).ifPresent(exercise -> {
        checks.derivedContraindications(node, path, exercise);
        bound.add(exercise);
        exercisesById.putIfAbsent(exercise.id(), exercise);
      });
    }
    return bound;
  }

  private void uniqueExerciseIds() {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < exerciseIdsByIndex.size(); i++) {
      String id = exerciseIdsByIndex.get(i);
      if (id == null) {
        continue;
      }
      Integer earlier = first.putIfAbsent(id, i);
      if (earlier != null) {
        String earlierPath = JsonPaths.index("$.exercises", earlier);
        int line = json.positionOf(earlierPath).line();
        problems.add(Kind.DUPLICATE_ID, JsonPaths.field(JsonPaths.index("$.exercises", i), "id"),
            "duplicate exercise id \"" + id + "\"; already used by " + earlierPath
                + (line > 0 ? " (line " + line + ")" : "") + "; ids must be unique");
      }
    }
  }

  private Set<String> knownExerciseIds() {
    if (knownIds == null) {
      knownIds = new HashSet<>(exerciseIdsByIndex);
      knownIds.remove(null);
    }
    return knownIds;
  }

  private void requireKnownExercise(JsonNode object, String path, String field) {
    Optional<String> id = JsonShapes.text(object, field);
    // when the exercises cannot be read at all, every reference would look unknown: say it once
    if (!exercisesReadable || id.isEmpty() || knownExerciseIds().contains(id.get())) {
      return;
    }
    List<String> near = NearestIds.of(id.get(), knownExerciseIds());
    problems.add(Kind.UNKNOWN_EXERCISE, JsonPaths.field(path, field), id,
        "unknown exercise \"" + id.get() + "\""
            + (near.isEmpty() ? "; no exercise in this catalog has that id" : "; did you mean " + String.join(", ", near) + "?"));
  }

  private List<LadderStep> ladders(JsonNode root) {
    List<LadderStep> bound = new ArrayList<>();
    List<LadderCycles.Edge> edges = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    Set<String> known = knownExerciseIds();
    int k = 0;
    for (JsonNode node : JsonShapes.elements(root, "ladders")) {
      String path = JsonPaths.index("$.ladders", k);
      int index = k++;
      requireKnownExercise(node, path, "from");
      requireKnownExercise(node, path, "to");
      Optional<LadderStep> step = binder.bind(node, path, LadderStep.class);
      if (step.isEmpty()) {
        continue;
      }
      LadderStep s = step.get();
      bound.add(s);
      Integer earlier = seen.putIfAbsent(s.from() + "\n" + s.to(), index);
      if (earlier != null) {
        problems.add(Kind.DUPLICATE_STEP, path, Optional.of(s.from()),
            "the step from \"" + s.from() + "\" to \"" + s.to() + "\" is already given at $.ladders["
                + earlier + "]; give each step once");
        continue;
      }
      criterionFits(s, path);
      if (known.contains(s.from()) && known.contains(s.to())) {
        edges.add(new LadderCycles.Edge(index, s.from(), s.to()));
      }
    }
    for (LadderCycles.Cycle cycle : LadderCycles.find(edges)) {
      problems.add(Kind.LADDER_CYCLE, JsonPaths.index("$.ladders", cycle.closingIndex()), Optional.empty(),
          "ladder steps lead in a circle: " + String.join(" -> ", cycle.exercises())
              + "; each step must lead to a harder exercise, never back");
    }
    return bound;
  }

  /** The criterion is met on the easier exercise, so it counts what that exercise counts. */
  private void criterionFits(LadderStep step, String path) {
    Exercise from = exercisesById.get(step.from());
    if (from == null) {
      return;
    }
    boolean timed = from.doseKind() != DoseKind.REPETITIONS;
    boolean criterionTimed = step.criterion().seconds().isPresent();
    if (timed != criterionTimed) {
      problems.add(Kind.CRITERION_MISMATCH, JsonPaths.field(path, "criterion"), Optional.of(step.from()),
          "\"" + step.from() + "\" is dosed by " + from.doseKind().id() + ", so the criterion to climb from it needs "
              + (timed ? "seconds, not repetitions" : "repetitions, not seconds"));
    }
  }

  private List<RoutineTemplate> templates(JsonNode root) {
    List<RoutineTemplate> bound = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    int t = 0;
    for (JsonNode node : JsonShapes.elements(root, "templates")) {
      String path = JsonPaths.index("$.templates", t);
      int index = t++;
      for (String part : new String[] {"warmUp", "main", "coolDown"}) {
        int p = 0;
        for (JsonNode prescription : JsonShapes.elements(node, part)) {
          requireKnownExercise(prescription, JsonPaths.index(JsonPaths.field(path, part), p++), "exerciseId");
        }
      }
      Optional<RoutineTemplate> template = binder.bind(node, path, RoutineTemplate.class);
      if (template.isEmpty()) {
        continue;
      }
      bound.add(template.get());
      Integer earlier = seen.putIfAbsent(template.get().id(), index);
      if (earlier != null) {
        problems.add(Kind.DUPLICATE_ID, JsonPaths.field(path, "id"),
            "duplicate template id \"" + template.get().id() + "\"; already used by $.templates[" + earlier + "]");
      }
      dosesFit(template.get(), path);
    }
    return bound;
  }

  private void dosesFit(RoutineTemplate template, String path) {
    Map<String, List<Prescription>> parts = new LinkedHashMap<>();
    parts.put("warmUp", template.warmUp());
    parts.put("main", template.main());
    parts.put("coolDown", template.coolDown());
    parts.forEach((part, prescriptions) -> {
      for (int p = 0; p < prescriptions.size(); p++) {
        Prescription prescription = prescriptions.get(p);
        Exercise exercise = exercisesById.get(prescription.exerciseId());
        if (exercise == null) {
          continue;
        }
        boolean timed = exercise.doseKind() != DoseKind.REPETITIONS;
        if (timed != prescription.dose().isTimed()) {
          problems.add(Kind.DOSE_MISMATCH,
              JsonPaths.field(JsonPaths.index(JsonPaths.field(path, part), p), "dose"), Optional.of(exercise.id()),
              "\"" + exercise.id() + "\" is dosed by " + exercise.doseKind().id() + ", so this dose needs "
                  + (timed ? "seconds, not repetitions" : "repetitions, not seconds"));
        }
      }
    });
  }

  private Optional<Guidance> guidance(JsonNode root) {
    JsonNode node = root.get("guidance");
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    ObjectNode shellNode = ((ObjectNode) node).objectNode();
    node.fields().forEachRemaining(field -> shellNode.set(field.getKey(), field.getValue()));
    for (String list : GUIDANCE_LISTS) {
      if (shellNode.path(list).isArray()) {
        shellNode.putArray(list);
      }
    }
    Optional<Guidance> shell = binder.bind(shellNode, "$.guidance", Guidance.class);
    covers(node, "redFlagQuestions", "flag", RedFlag.class, RedFlag::id, "red flag", "question");
    covers(node, "weakGluteChecklist", "sign", WeakGluteSign.class, WeakGluteSign::id, "weak-glute sign", "item");
    uniqueTexts(node, "habits", "id", "habit id");
    List<RedFlagQuestion> questions = bindAll(node, "redFlagQuestions", RedFlagQuestion.class);
    List<WeakGluteItem> checklist = bindAll(node, "weakGluteChecklist", WeakGluteItem.class);
    List<Habit> habits = bindAll(node, "habits", Habit.class);
    List<Milestone> timeline = bindAll(node, "timeline", Milestone.class);
    return shell.map(g -> ImmutableGuidance.copyOf(g)
        .withRedFlagQuestions(questions)
        .withWeakGluteChecklist(checklist)
        .withHabits(habits)
        .withTimeline(timeline));
  }

  private <T> List<T> bindAll(JsonNode guidance, String field, Class<T> type) {
    List<T> bound = new ArrayList<>();
    String path = JsonPaths.field("$.guidance", field);
    int i = 0;
    for (JsonNode node : JsonShapes.elements(guidance, field)) {
      binder.bind(node, JsonPaths.index(path, i++), type).ifPresent(bound::add);
    }
    return bound;
  }

  /** Every constant of the enum has exactly one entry in the list. */
  private <E extends Enum<E>> void covers(
      JsonNode guidance, String list, String field, Class<E> type, Function<E, String> id, String what, String entry) {
    String path = JsonPaths.field("$.guidance", list);
    Set<E> covered = EnumSet.noneOf(type);
    Map<E, Integer> first = new HashMap<>();
    int i = 0;
    for (JsonNode node : JsonShapes.elements(guidance, list)) {
      String at = JsonPaths.index(path, i);
      int index = i++;
      Optional<E> constant = JsonShapes.text(node, field).flatMap(t -> Vocabulary.lookup(type, id, t));
      if (constant.isEmpty()) {
        new Vocabulary(problems).one(node, at, field, type, id, what);
        continue;
      }
      covered.add(constant.get());
      Integer earlier = first.putIfAbsent(constant.get(), index);
      if (earlier != null) {
        problems.add(Kind.DUPLICATE_ID, JsonPaths.field(at, field),
            "a second " + entry + " for " + what + " \"" + id.apply(constant.get()) + "\"; the first is at "
                + JsonPaths.index(path, earlier));
      }
    }
    for (E constant : type.getEnumConstants()) {
      if (!covered.contains(constant)) {
        problems.add(Kind.MISSING_GUIDANCE, path,
            "no " + entry + " for " + what + " \"" + id.apply(constant) + "\"; the guidance needs one for each");
      }
    }
  }

  private void uniqueTexts(JsonNode guidance, String list, String field, String what) {
    String path = JsonPaths.field("$.guidance", list);
    Map<String, Integer> first = new HashMap<>();
    int i = 0;
    for (JsonNode node : JsonShapes.elements(guidance, list)) {
      int index = i++;
      JsonShapes.text(node, field).ifPresent(text -> {
        Integer earlier = first.putIfAbsent(text, index);
        if (earlier != null) {
          problems.add(Kind.DUPLICATE_ID, JsonPaths.field(JsonPaths.index(path, index), field),
              "duplicate " + what + " \"" + text + "\"; already used by " + JsonPaths.index(path, earlier));
        }
      });
    }
  }
}
