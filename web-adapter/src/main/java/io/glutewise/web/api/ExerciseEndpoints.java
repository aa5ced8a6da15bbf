package io.glutewise.web.api;

import io.glutewise.catalog.Catalog;
import io.glutewise.catalog.UnknownExerciseException;
import io.glutewise.catalog.query.ExerciseQuery;
import io.glutewise.core.InvalidValueException;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.ActivationRole;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.LowerBackLoad;
import io.glutewise.core.exercise.MovementPattern;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.json.Echo;
import io.glutewise.web.http.QueryParameters;
import io.glutewise.web.http.JsonResponses;
import io.glutewise.web.problem.FieldProblem;
import io.glutewise.web.problem.ProblemType;
import io.glutewise.web.problem.RequestRejectedException;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The exercise catalog over HTTP: a filtered list, and one exercise with its ladder steps. */
final class ExerciseEndpoints {
  /** The query parameters {@code GET /api/exercises} understands. */
  static final Set<String> PARAMETERS =
      Set.of("muscle", "role", "pattern", "equipment", "level", "maxBackLoad");

  private final Catalog catalog;

  ExerciseEndpoints(Catalog catalog) {
    this.catalog = catalog;
  }

  /** {@code GET /api/exercises}: the exercises matching every given filter. */
  void list(Context ctx) {
    Map<String, String> query = QueryParameters.read(ctx, PARAMETERS);
    List<FieldProblem> problems = new ArrayList<>();
    ExerciseQuery filter = catalog.query();
    Muscle muscle = parse(query, "muscle", Muscle::fromId, problems);
    ActivationRole role = parse(query, "role", ActivationRole::fromId, problems);
    if (muscle != null && role != null) {
      filter = filter.muscle(muscle, role);
    } else if (muscle != null) {
      filter = filter.muscle(muscle);
    } else if (role != null) {
      problems.add(FieldProblem.query("role", "role filters by a muscle's role; give muscle too"));
    }
    MovementPattern pattern = parse(query, "pattern", MovementPattern::fromId, problems);
    if (pattern != null) {
      filter = filter.pattern(pattern);
    }
    Set<Equipment> equipment = parseEquipment(query, problems);
    if (equipment != null) {
      filter = filter.availableWith(equipment);
    }
    ExperienceLevel level = parse(query, "level", ExperienceLevel::fromId, problems);
    if (level != null) {
      filter = filter.suitedTo(level);
    }
    LowerBackLoad maxBackLoad = parse(query, "maxBackLoad", LowerBackLoad::fromId, problems);
    if (maxBackLoad != null) {
      filter = filter.maxLowerBackLoad(maxBackLoad);
    }
    if (!problems.isEmpty()) {
      throw new RequestRejectedException(ProblemType.INVALID_PARAMETER,
          problems.size() == 1 ? problems.get(0).field() + ": " + problems.get(0).message()
              : problems.size() + " query parameters are not valid",
          problems);
    }
    JsonResponses.send(ctx, ExerciseList.of(catalog.version(), filter.list()));
  }

  /** {@code GET /api/exercises/{id}}: one exercise with the ladder steps around it. */
  void detail(Context ctx) {
    QueryParameters.none(ctx);
    String id = ctx.pathParam("id");
    Exercise exercise;
    try {
      exercise = catalog.get(id);
    } catch (UnknownExerciseException e) {
      throw new RequestRejectedException(ProblemType.UNKNOWN_EXERCISE, e.getMessage(),
          List.of(FieldProblem.pathParameter("id", "no exercise has the id \"" + Echo.of(e.id()) + "\"")),
          e.suggestions());
    }
    ExerciseDetail.Builder detail = ExerciseDetail.builder().exercise(exercise);
    for (String easier : catalog.ladders().easier(id)) {
      catalog.ladders().step(easier, id).ifPresent(detail::addEasier);
    }
    for (String harder : catalog.ladders().harder(id)) {
      catalog.ladders().step(id, harder).ifPresent(detail::addHarder);
    }
    JsonResponses.send(ctx, detail.build());
  }

  private static <T> T parse(
      Map<String, String> query, String name, Function<String, T> fromId, List<FieldProblem> problems) {
    String value = query.get(name);
    if (value == null) {
      return null;
    }
    try {
      return fromId.apply(value.strip());
    } catch (InvalidValueException e) {
      problems.add(FieldProblem.query(name, Echo.message(e.getMessage())));
      return null;
    }
  }

  private static Set<Equipment> parseEquipment(Map<String, String> query, List<FieldProblem> problems) {
    String value = query.get("equipment");
    if (value == null) {
      return null;
    }
    Set<Equipment> available = EnumSet.noneOf(Equipment.class);
    if (value.isEmpty()) {
      return available; // equipment= : nothing at hand, bodyweight only
    }
    for (String item : value.split(",", -1)) {
      if (item.isBlank()) {
        problems.add(FieldProblem.query("equipment", "has an empty item; separate the items with one comma"));
        continue;
      }
      try {
        available.add(Equipment.fromId(item.strip()));
      } catch (InvalidValueException e) {
        problems.add(FieldProblem.query("equipment", Echo.message(e.getMessage())));
      }
    }
    return available;
  }

}
