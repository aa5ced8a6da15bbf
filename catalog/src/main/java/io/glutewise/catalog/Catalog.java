package io.glutewise.catalog;

import com.google.common.collect.ImmutableMap;
import io.glutewise.catalog.guidance.Guidance;
import io.glutewise.catalog.guidance.RedFlagQuestion;
import io.glutewise.catalog.guidance.RoutineTemplate;
import io.glutewise.catalog.internal.NearestIds;
import io.glutewise.catalog.ladder.Ladders;
import io.glutewise.catalog.query.ExerciseQuery;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.LadderStep;
import io.glutewise.core.trainee.RedFlag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A validated exercise catalog: exercises by id, progression ladders, routine templates and
 * guidance. Obtain one from {@link CatalogLoader}; {@link #standard()} is the catalog glutewise
 * ships. Immutable and thread-safe.
 */
public final class Catalog {
  private final String version;
  private final List<Exercise> exercises;
  private final Map<String, Exercise> byId;
  private final Ladders ladders;
  private final List<RoutineTemplate> templates;
  private final Optional<Guidance> guidance;
  private final CatalogDocument document;

  Catalog(CatalogDocument document) {
    this.document = document;
    this.version = document.version();
    this.exercises = List.copyOf(document.exercises());
    // a loop, not a stream collector: this runs once in every command line, cold
    ImmutableMap.Builder<String, Exercise> ids = ImmutableMap.builderWithExpectedSize(exercises.size());
    for (Exercise exercise : exercises) {
      ids.put(exercise.id(), exercise);
    }
    this.byId = ids.buildOrThrow();
    this.ladders = Ladders.of(byId.keySet(), document.ladders());
    this.templates = List.copyOf(document.templates());
    this.guidance = document.guidance();
  }

  /** The standard catalog shipped with glutewise, loaded and validated once. */
  public static Catalog standard() {
    return CatalogLoader.standard();
  }

  /**
   * Validates a catalog document built in code by the same rules as a file.
   *
   * @throws CatalogValidationException listing every problem of the document
   */
  public static Catalog of(CatalogDocument document) {
    return CatalogLoader.of(document, "catalog " + document.version());
  }

  /** The document this catalog was built from, to write it back as JSON. */
  public CatalogDocument document() {
    return document;
  }

  /** The catalog's version, recorded in every program built from it. */
  public String version() {
    return version;
  }

  /** Every exercise, in catalog order. */
  public List<Exercise> exercises() {
    return exercises;
  }

  /** The exercise with the given id, if any. */
  public Optional<Exercise> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * The exercise with the given id.
   *
   * @throws UnknownExerciseException naming the nearest known ids when there is none
   */
  public Exercise get(String id) {
    Exercise exercise = byId.get(id);
    if (exercise == null) {
      throw new UnknownExerciseException(id, NearestIds.of(id, byId.keySet()));
    }
    return exercise;
  }

  /** The progression ladders. */
  public Ladders ladders() {
    return ladders;
  }

  /**
   * The next rungs above an exercise that the rule accepts, skipping rungs it rejects; see {@link
   * Ladders#nextRungs(String, Predicate)}. Pass the planner's suitability rule to ask "the next
   * rung this trainee can do".
   */
  public List<LadderStep> nextRungs(String exerciseId, Predicate<? super Exercise> rule) {
    return ladders.nextRungs(exerciseId, id -> rule.test(byId.get(id)));
  }

  /** The nearest rungs below an exercise that the rule accepts, skipping rungs it rejects. */
  public List<String> previousRungs(String exerciseId, Predicate<? super Exercise> rule) {
    return ladders.previousRungs(exerciseId, id -> rule.test(byId.get(id)));
  }

  /** A query over every exercise. */
  public ExerciseQuery query() {
    return ExerciseQuery.over(exercises);
  }

  /** The routine templates, such as the seeds' beginner routine. */
  public List<RoutineTemplate> templates() {
    return templates;
  }

  /** The template with the given id, if any. */
  public Optional<RoutineTemplate> template(String id) {
    return templates.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * One question for every red flag, so no front end can leave one unasked: the guidance's
   * questions in its order (the first for a flag given twice), then any flag it leaves out, in
   * {@link RedFlag} order, asked in that flag's plain words.
   */
  public List<RedFlagQuestion> redFlagQuestions() {
    Map<RedFlag, RedFlagQuestion> questions = new LinkedHashMap<>();
    guidance.ifPresent(g -> g.redFlagQuestions().forEach(q -> questions.putIfAbsent(q.flag(), q)));
    for (RedFlag flag : RedFlag.values()) {
      questions.computeIfAbsent(flag, f -> RedFlagQuestion.builder()
          .flag(f)
          .question("Does this apply to you: " + f.plainWords() + "?")
          .source("glutewise red-flag list")
          .build());
    }
    return List.copyOf(questions.values());
  }

  /** The guidance: clinician notice, red-flag questions, checklist, habits and timeline. */
  public Optional<Guidance> guidance() {
    return guidance;
  }
}
