package io.glutewise.catalog.importer;

import com.fasterxml.jackson.databind.JsonNode;
import io.glutewise.catalog.internal.JsonPaths;
import io.glutewise.catalog.internal.LocatedJson;
import io.glutewise.core.exercise.ActivationRole;
import io.glutewise.core.trainee.ExperienceLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Imports the exercises of <a href="https://github.com/yuhonas/free-exercise-db">free-exercise-db</a>
 * (its {@code dist/exercises.json}; released under the Unlicense) as {@link ImportedExercise}s.
 *
 * <p>What is mapped, and how faithfully:
 *
 * <ul>
 *   <li>id: their id made a glutewise slug ({@code Barbell_Hip_Thrust} becomes {@code
 *       barbell-hip-thrust}), numbered {@code -2}, {@code -3} if two would collide; their id is
 *       kept as {@link ImportedExercise#sourceId()}.
 *   <li>level: beginner and intermediate as they are, expert as advanced.
 *   <li>equipment: body only, dumbbell, kettlebells, barbell and bands map exactly (to none,
 *       dumbbell, kettlebell, barbell and band); cable, machine, exercise ball, medicine ball, foam
 *       roll, e-z curl bar and other have no counterpart and keep their raw text; a null stays
 *       unknown. See {@link FreeExerciseDbEquipment}.
 *   <li>muscles: their 17 groups, primary and secondary, each mapped as {@link
 *       FreeExerciseDbMuscle} says: "glutes" is ambiguous (one or more of the gluteus maximus,
 *       medius and minimus: the data does not say which, and the importer does not guess);
 *       "abductors" is ambiguous (mostly gluteus medius and minimus, also the tensor fasciae
 *       latae); hamstrings, quadriceps, calves and adductors are exact; "lower back" (erector
 *       spinae) and "abdominals" (superficial abdominals) are approximate; chest, shoulders,
 *       biceps, triceps, lats, middle back, traps, forearms and neck are unmapped and kept raw.
 *   <li>instructions, category, force and mechanic: kept in their words.
 *   <li>movement pattern, laterality, lower-back load, dose kind and dose: left unknown, since the
 *       data does not state them; nothing is inferred from names.
 * </ul>
 *
 * <p>A record that cannot be read whole gives an {@link ImportProblem} naming its index, id, path
 * and line; a record without a usable id or name is left out, any other bad part is left out of
 * the record. Only a file that is not a JSON list at all fails, with an {@link ImportException}.
 * Immutable and thread-safe.
 */
public final class FreeExerciseDbImporter {
  /** The dataset's name, recorded in every imported exercise. */
  public static final String DATASET = "free-exercise-db";

  /** Where the dataset is published. */
  public static final String URL = "https://github.com/yuhonas/free-exercise-db";

  /** The dataset's licence. */
  public static final String LICENSE = "Unlicense";

  /** The note that records which commit of the dataset a copy was taken from. */
  public static final String SOURCE_NOTE = "SOURCE.txt";

  private static final Pattern COMMIT = Pattern.compile("\\b([0-9a-f]{40})\\b");
  private static final Map<String, ExperienceLevel> LEVELS = Map.of(
      "beginner", ExperienceLevel.BEGINNER,
      "intermediate", ExperienceLevel.INTERMEDIATE,
      "expert", ExperienceLevel.ADVANCED);

  private final ImportProvenance provenance;

  private FreeExerciseDbImporter(ImportProvenance provenance) {
    this.provenance = provenance;
  }

  /** An importer that records the given commit of the dataset, if known. */
  public static FreeExerciseDbImporter ofCommit(Optional<String> commit) {
    return new FreeExerciseDbImporter(provenance(commit));
  }

  /** The provenance of free-exercise-db at the given commit, if known. */
  public static ImportProvenance provenance(Optional<String> commit) {
    return ImportProvenance.builder().dataset(DATASET).url(URL).commit(commit).license(LICENSE).build();
  }

  /** The commit named in a source note such as {@code SOURCE.txt}: the first 40-digit hex id. */
  public static Optional<String> commitIn(String sourceNote) {
    Matcher matcher = COMMIT.matcher(sourceNote);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /**
   * Imports a copy of {@code exercises.json}, taking the commit from a {@value #SOURCE_NOTE} in the
   * same directory when there is one. Messages name the file as given.
   *
   * @throws ImportException when the file cannot be read or is not a JSON list
   */
  public static ImportedCatalog importFile(Path exercisesJson) {
    Objects.requireNonNull(exercisesJson, "exercisesJson");
    String json;
    Optional<String> commit = Optional.empty();
    try {
      json = Files.readString(exercisesJson);
      Path parent = exercisesJson.toAbsolutePath().getParent();
      Path note = parent == null ? null : parent.resolve(SOURCE_NOTE);
      if (note != null && Files.isRegularFile(note)) {
        commit = commitIn(Files.readString(note));
      }
    } catch (IOException e) {
      throw new ImportException(exercisesJson.toString(), 0, 0, "cannot read the file: " + e.getMessage(), e);
    }
    return ofCommit(commit).read(json, exercisesJson.toString());
  }

  /** The provenance recorded in every exercise this importer reads. */
  public ImportProvenance provenance() {
    return provenance;
  }

  /**
   * Imports the JSON text of {@code exercises.json}.
   *
   * @param json the text: a JSON list of free-exercise-db records
   * @param source names the text in problems, such as its file name
   * @return the exercises read and the problems of the records that were not read whole
   * @throws ImportException when the text is not well-formed JSON or not a list
   */
  public ImportedCatalog read(String json, String source) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    LocatedJson tree;
    try {
      tree = LocatedJson.parse(json);
    } catch (LocatedJson.MalformedJsonException e) {
      throw new ImportException(source, e.position().line(), e.position().column(),
          "malformed JSON: " + e.getMessage(), e);
    }
    if (!tree.root().isArray()) {
      throw new ImportException(source, 1, 1,
          "expected a JSON list of free-exercise-db exercises, found something else", null);
    }
    Records records = new Records(tree, source);
    for (int i = 0; i < tree.root().size(); i++) {
      records.read(i);
    }
    return ImportedCatalog.builder()
        .imported(provenance)
        .exercises(records.exercises)
        .problems(records.problems)
        .build();
  }

  /**
   * The glutewise slug for a free-exercise-db id: lower case, every run of other characters a
   * single hyphen, none at either end. {@code "3_4_Sit-Up"} becomes {@code "3-4-sit-up"}; the
   * result is empty when the id has no letters or digits.
   */
  public static String slugOf(String theirId) {
    return theirId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }

  /** Reads the records one by one, collecting exercises and problems. */
  private final class Records {
    private final LocatedJson tree;
    private final String source;
    private final List<ImportedExercise> exercises = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Map<String, Integer> takenIds = new HashMap<>();
    private int index;
    private Optional<String> sourceId = Optional.empty();

    Records(LocatedJson tree, String source) {
      this.tree = tree;
      this.source = source;
    }

    void read(int i) {
      index = i;
      sourceId = Optional.empty();
      String path = JsonPaths.index("$", i);
      JsonNode record = tree.root().get(i);
      if (!record.isObject()) {
        problem(path, "expected an exercise object, found " + kindOf(record) + "; record left out", true);
        return;
      }
      Optional<String> id = requiredText(record, path, "id");
      sourceId = id;
      Optional<String> name = requiredText(record, path, "name");
      if (id.isEmpty() || name.isEmpty()) {
        return;
      }
      String slug = slugOf(id.get());
      if (slug.isEmpty()) {
        problem(JsonPaths.field(path, "id"),
            "the id \"" + id.get() + "\" has no letters or digits to make a glutewise id of; record left out", true);
        return;
      }
      ImportedExercise.Builder exercise = ImportedExercise.builder()
          .id(uniqueId(slug, path))
          .name(name.get().strip())
          .sourceId(id.get())
          .imported(provenance)
          .level(level(record, path))
          .equipment(equipment(record, path));
      muscles(record, path, "primaryMuscles", ActivationRole.PRIMARY, exercise);
      muscles(record, path, "secondaryMuscles", ActivationRole.SECONDARY, exercise);
      exercise.instructions(texts(record, path, "instructions"));
      exercise.category(optionalText(record, path, "category"));
      exercise.force(optionalText(record, path, "force"));
      exercise.mechanic(optionalText(record, path, "mechanic"));
      exercises.add(exercise.build());
    }

    private Optional<String> requiredText(JsonNode record, String path, String field) {
      JsonNode value = record.get(field);
      String at = JsonPaths.field(path, field);
      if (value == null || value.isNull()) {
        problem(value == null ? path : at, "missing " + field + "; record left out", true);
      } else if (!value.isTextual() || value.textValue().isBlank()) {
        problem(at, "expected a non-blank text as " + field + ", found " + kindOf(value) + "; record left out", true);
      } else {
        return Optional.of(value.textValue());
      }
      return Optional.empty();
    }

    private String uniqueId(String slug, String path) {
      Integer earlier = takenIds.putIfAbsent(slug, index);
      if (earlier == null) {
        return slug;
      }
      for (int n = 2; ; n++) {
        String numbered = slug + "-" + n;
        if (takenIds.putIfAbsent(numbered, index) == null) {
          problem(JsonPaths.field(path, "id"), "the glutewise id \"" + slug + "\" is already taken by record "
              + earlier + "; imported as \"" + numbered + "\"", false);
          return numbered;
        }
      }
    }

    private Optional<ExperienceLevel> level(JsonNode record, String path) {
      JsonNode value = record.get("level");
      String at = JsonPaths.field(path, "level");
      if (value == null || value.isNull()) {
        problem(value == null ? path : at, "missing level; imported without one", false);
        return Optional.empty();
      }
      ExperienceLevel level = value.isTextual() ? LEVELS.get(value.textValue()) : null;
      if (level == null) {
        problem(at, (value.isTextual() ? "unknown level \"" + value.textValue() + "\"" : "expected a text, found " + kindOf(value))
            + "; must be one of [beginner, expert, intermediate]; imported without a level", false);
      }
      return Optional.ofNullable(level);
    }

    private ImportedEquipment equipment(JsonNode record, String path) {
      JsonNode value = record.get("equipment");
      if (value == null || value.isNull()) {
        return ImportedEquipment.unknown();
      }
      String at = JsonPaths.field(path, "equipment");
      if (!value.isTextual()) {
        problem(at, "expected a text, found " + kindOf(value) + "; imported without equipment", false);
        return ImportedEquipment.unknown();
      }
      String raw = value.textValue();
      Optional<FreeExerciseDbEquipment> known = FreeExerciseDbEquipment.byTheirName(raw);
      if (known.isEmpty()) {
        problem(at, "unknown equipment \"" + raw + "\"; kept as raw text, unmapped", false);
        return ImportedEquipment.unmapped(raw);
      }
      return known.get().imported();
    }

    private void muscles(JsonNode record, String path, String field, ActivationRole role, ImportedExercise.Builder exercise) {
      JsonNode list = record.get(field);
      String at = JsonPaths.field(path, field);
      if (list == null || !list.isArray()) {
        problem(list == null ? path : at, (list == null ? "missing " + field : field + " must be a list, found " + kindOf(list))
            + "; imported without them", false);
        return;
      }
      for (int j = 0; j < list.size(); j++) {
        JsonNode value = list.get(j);
        String element = JsonPaths.index(at, j);
        if (!value.isTextual()) {
          problem(element, "expected a muscle group name, found " + kindOf(value) + "; left out", false);
          continue;
        }
        String raw = value.textValue();
        Optional<FreeExerciseDbMuscle> group = FreeExerciseDbMuscle.byTheirName(raw);
        if (group.isEmpty()) {
          problem(element, "unknown muscle group \"" + raw + "\"; kept as raw text, unmapped", false);
          exercise.addMuscles(ImportedMuscle.builder()
              .raw(raw).role(role).fidelity(MappingFidelity.UNMAPPED)
              .note("not one of free-exercise-db's 17 muscle groups").build());
        } else {
          exercise.addMuscles(group.get().in(role));
        }
      }
    }

    private List<String> texts(JsonNode record, String path, String field) {
      JsonNode list = record.get(field);
      String at = JsonPaths.field(path, field);
      List<String> texts = new ArrayList<>();
      if (list == null || list.isNull()) {
        return texts;
      }
      if (!list.isArray()) {
        problem(at, field + " must be a list of texts, found " + kindOf(list) + "; imported without them", false);
        return texts;
      }
      for (int j = 0; j < list.size(); j++) {
        JsonNode value = list.get(j);
        if (value.isTextual()) {
          texts.add(value.textValue());
        } else {
          problem(JsonPaths.index(at, j), "expected a text, found " + kindOf(value) + "; left out", false);
        }
      }
      return texts;
    }

    private Optional<String> optionalText(JsonNode record, String path, String field) {
      JsonNode value = record.get(field);
      if (value == null || value.isNull()) {
        return Optional.empty();
      }
      if (!value.isTextual()) {
        problem(JsonPaths.field(path, field), "expected a text, found " + kindOf(value) + "; left out", false);
        return Optional.empty();
      }
      return Optional.of(value.textValue());
    }

    private void problem(String path, String message, boolean skipped) {
      LocatedJson.Position position = tree.positionOf(path);
      problems.add(ImportProblem.builder()
          .source(source)
          .recordIndex(index)
          .sourceId(sourceId)
          .path(path)
          .line(position.line())
          .column(position.column())
          .message(message)
          .recordSkipped(skipped)
          .build());
    }
  }

  private static String kindOf(JsonNode node) {
    switch (node.getNodeType()) {
      case ARRAY:
        return "a list";
      case OBJECT:
        return "an object";
      case STRING:
        return "a text";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "true or false";
      case NULL:
        return "null";
      default:
        return "an unreadable value";
    }
  }
}
