package io.glutewise.catalog.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.glutewise.catalog.Fixtures;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.exercise.ActivationRole;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.trainee.ExperienceLevel;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreeExerciseDbImporterTest {
  private static final String COMMIT = "acd61f751fe15d618862ee3084f27e839222a28f";

  private static Path resource(String name) {
    try {
      return Path.of(FreeExerciseDbImporterTest.class.getResource("/free-exercise-db/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, ImportedExercise> bySourceId(ImportedCatalog catalog) {
    return catalog.exercises().stream()
        .collect(Collectors.toMap(ImportedExercise::sourceId, Function.identity()));
  }

  private static ImportedCatalog importText(String json) {
    return FreeExerciseDbImporter.ofCommit(Optional.empty()).read(json, "bad.json");
  }

  @Test
  void theWholeDatasetImportsWithoutAProblem() {
    ImportedCatalog catalog = FreeExerciseDbImporter.importFile(resource("exercises.json"));
    assertThat(catalog.problems()).isEmpty();
    assertThat(catalog.exercises()).hasSize(873);
    assertThat(catalog.exercises()).extracting(ImportedExercise::id).doesNotHaveDuplicates();
    assertThat(catalog.imported().commit()).hasValue(COMMIT);
    assertThat(catalog.imported().dataset()).isEqualTo("free-exercise-db");
    assertThat(catalog.imported().license()).isEqualTo("Unlicense");
    assertThat(catalog.exercises()).allSatisfy(e -> {
      assertThat(e.imported()).isEqualTo(catalog.imported());
      assertThat(e.pattern()).isEmpty();
      assertThat(e.laterality()).isEmpty();
      assertThat(e.lowerBackLoad()).isEmpty();
      assertThat(e.doseKind()).isEmpty();
      assertThat(e.defaultDose()).isEmpty();
      assertThat(e.musclesIn(ActivationRole.PRIMARY)).isNotEmpty();
      assertThat(e.level()).isPresent();
    });
  }

  @Test
  void everyRecordNamingGlutesMayWorkEachGluteAndNoneIsPickedOut() {
    ImportedCatalog catalog = FreeExerciseDbImporter.importFile(resource("exercises.json"));
    long namingGlutes = catalog.exercises().stream()
        .filter(e -> e.muscles().stream().anyMatch(m -> m.raw().equals("glutes")))
        .count();
    assertThat(namingGlutes).isEqualTo(242);
    List<ImportedMuscle> glutes = catalog.exercises().stream()
        .flatMap(e -> e.muscles().stream())
        .filter(m -> m.raw().equals("glutes"))
        .toList();
    assertThat(glutes).allSatisfy(m -> {
      assertThat(m.fidelity()).isEqualTo(MappingFidelity.AMBIGUOUS);
      assertThat(m.candidates())
          .containsExactlyInAnyOrder(Muscle.GLUTEUS_MAXIMUS, Muscle.GLUTEUS_MEDIUS, Muscle.GLUTEUS_MINIMUS);
    });
    assertThat(catalog.exercises().stream().filter(e -> e.mayWork(Muscle.HIP_FLEXORS))).isEmpty();
    assertThat(catalog.exercises().stream().filter(e -> e.mayWork(Muscle.DEEP_ABDOMINALS))).isEmpty();
  }

  @Test
  void barbellHipThrustIsMappedAsPinned() {
    ImportedExercise thrust = bySourceId(FreeExerciseDbImporter.importFile(resource("sample-exercises.json")))
        .get("Barbell_Hip_Thrust");
    assertThat(thrust.id()).isEqualTo("barbell-hip-thrust");
    assertThat(thrust.name()).isEqualTo("Barbell Hip Thrust");
    assertThat(thrust.imported().commit()).hasValue(COMMIT);
    assertThat(thrust.level()).hasValue(ExperienceLevel.INTERMEDIATE);
    assertThat(thrust.equipment()).isEqualTo(ImportedEquipment.exact("barbell", Equipment.BARBELL));
    assertThat(thrust.equipment().fidelity()).isEqualTo(MappingFidelity.EXACT);
    assertThat(thrust.category()).hasValue("powerlifting");
    assertThat(thrust.instructions()).isNotEmpty();
    assertThat(thrust.muscles()).containsExactly(
        ImportedMuscle.builder()
            .raw("glutes")
            .role(ActivationRole.PRIMARY)
            .candidates(EnumSet.of(Muscle.GLUTEUS_MAXIMUS, Muscle.GLUTEUS_MEDIUS, Muscle.GLUTEUS_MINIMUS))
            .fidelity(MappingFidelity.AMBIGUOUS)
            .note("their glutes do not tell the gluteus maximus from the medius or minimus: one or more of them")
            .build(),
        FreeExerciseDbMuscle.CALVES.in(ActivationRole.SECONDARY),
        FreeExerciseDbMuscle.HAMSTRINGS.in(ActivationRole.SECONDARY));
    assertThat(thrust.muscles().get(1).candidates()).containsExactly(Muscle.CALVES);
    assertThat(thrust.muscles().get(1).fidelity()).isEqualTo(MappingFidelity.EXACT);
    assertThat(thrust.pattern()).isEmpty();
    assertThat(thrust.doseKind()).isEmpty();
  }

  @Test
  void theOtherMappingsOfTheSampleArePinned() {
    ImportedCatalog sample = FreeExerciseDbImporter.importFile(resource("sample-exercises.json"));
    assertThat(sample.problems()).isEmpty();
    Map<String, ImportedExercise> e = bySourceId(sample);

    assertThat(e.get("3_4_Sit-Up").id()).isEqualTo("3-4-sit-up");
    assertThat(e.get("3_4_Sit-Up").equipment()).isEqualTo(ImportedEquipment.exact("body only", Equipment.NONE));
    assertThat(e.get("3_4_Sit-Up").muscles()).singleElement().satisfies(m -> {
      assertThat(m.fidelity()).isEqualTo(MappingFidelity.APPROXIMATE);
      assertThat(m.candidates()).containsExactly(Muscle.SUPERFICIAL_ABDOMINALS);
      assertThat(m.note()).isPresent();
    });

    assertThat(e.get("Adductor_Groin").equipment()).isEqualTo(ImportedEquipment.unknown());
    assertThat(e.get("Adductor_Groin").equipment().raw()).isEmpty();
    assertThat(e.get("Adductor_Groin").muscles()).singleElement()
        .satisfies(m -> assertThat(m.candidates()).containsExactly(Muscle.ADDUCTORS));

    ImportedExercise flyes = e.get("Bodyweight_Flyes");
    assertThat(flyes.equipment()).isEqualTo(ImportedEquipment.unmapped("e-z curl bar"));
    assertThat(flyes.equipment().fidelity()).isEqualTo(MappingFidelity.UNMAPPED);
    assertThat(flyes.muscles()).extracting(ImportedMuscle::raw, ImportedMuscle::fidelity).containsExactly(
        tuple("chest", MappingFidelity.UNMAPPED),
        tuple("abdominals", MappingFidelity.APPROXIMATE),
        tuple("shoulders", MappingFidelity.UNMAPPED),
        tuple("triceps", MappingFidelity.UNMAPPED));
    assertThat(flyes.muscles().get(0).candidates()).isEmpty();

    assertThat(e.get("Hip_Circles_prone").muscles().get(0).candidates())
        .containsExactlyInAnyOrder(Muscle.GLUTEUS_MEDIUS, Muscle.GLUTEUS_MINIMUS, Muscle.TENSOR_FASCIAE_LATAE);
    assertThat(e.get("Thigh_Abductor").equipment()).isEqualTo(ImportedEquipment.unmapped("machine"));
    assertThat(e.get("Hyperextensions_Back_Extensions").muscles().get(0).candidates())
        .containsExactly(Muscle.ERECTOR_SPINAE);

    ImportedExercise row = e.get("Alternating_Renegade_Row");
    assertThat(row.level()).hasValue(ExperienceLevel.ADVANCED);
    assertThat(row.equipment().equipment()).hasValue(Equipment.KETTLEBELL);
  }

  @Test
  void slugsComeFromTheirIds() {
    assertThat(FreeExerciseDbImporter.slugOf("Barbell_Hip_Thrust")).isEqualTo("barbell-hip-thrust");
    assertThat(FreeExerciseDbImporter.slugOf("3_4_Sit-Up")).isEqualTo("3-4-sit-up");
    assertThat(FreeExerciseDbImporter.slugOf("Floor_Glute-Ham_Raise")).isEqualTo("floor-glute-ham-raise");
    assertThat(FreeExerciseDbImporter.slugOf("_Odd__Name_")).isEqualTo("odd-name");
    assertThat(FreeExerciseDbImporter.slugOf("__")).isEmpty();
  }

  @Test
  void badRecordsGiveLocatedProblemsAndTheRestImports() {
    String json = String.join("\n",
        "[",
        "  {\"id\": \"Good_One\", \"name\": \"Good one\", \"level\": \"beginner\", \"equipment\": \"bands\",",
        "   \"primaryMuscles\": [\"glutes\"], \"secondaryMuscles\": [], \"instructions\": [\"Move.\"]},",
        "  42,",
        "  {\"name\": \"No id\", \"level\": \"beginner\", \"primaryMuscles\": [], \"secondaryMuscles\": []},",
        "  {\"id\": \"Odd_One\", \"name\": \"Odd one\", \"level\": \"pro\", \"equipment\": 3,",
        "   \"primaryMuscles\": [\"glute\", 7], \"secondaryMuscles\": [], \"instructions\": []},",
        "  {\"id\": \"good one\", \"name\": \"Good one again\", \"level\": \"expert\", \"equipment\": \"sled\",",
        "   \"primaryMuscles\": [\"hamstrings\"], \"secondaryMuscles\": [], \"instructions\": []}",
        "]");
    ImportedCatalog catalog = importText(json);

    assertThat(catalog.exercises()).extracting(ImportedExercise::id)
        .containsExactly("good-one", "odd-one", "good-one-2");
    assertThat(catalog.problems()).extracting(ImportProblem::toString).containsExactly(
        "bad.json: $[1] (record 1, line 4, column 3): expected an exercise object, found a number; record left out",
        "bad.json: $[2] (record 2, line 5, column 3): missing id; record left out",
        "bad.json: $[3].level (record 3, id \"Odd_One\", line 6, column 49): unknown level \"pro\"; must be one of"
            + " [beginner, expert, intermediate]; imported without a level",
        "bad.json: $[3].equipment (record 3, id \"Odd_One\", line 6, column 69): expected a text, found a number;"
            + " imported without equipment",
        "bad.json: $[3].primaryMuscles[0] (record 3, id \"Odd_One\", line 7, column 23): unknown muscle group"
            + " \"glute\"; kept as raw text, unmapped",
        "bad.json: $[3].primaryMuscles[1] (record 3, id \"Odd_One\", line 7, column 32): expected a muscle group"
            + " name, found a number; left out",
        "bad.json: $[4].id (record 4, id \"good one\", line 8, column 10): the glutewise id \"good-one\" is already"
            + " taken by record 0; imported as \"good-one-2\"",
        "bad.json: $[4].equipment (record 4, id \"good one\", line 8, column 80): unknown equipment \"sled\"; kept"
            + " as raw text, unmapped");
    assertThat(catalog.problems()).extracting(ImportProblem::recordSkipped)
        .containsExactly(true, true, false, false, false, false, false, false);
    assertThat(catalog.exercises().get(1).muscles()).singleElement().satisfies(m -> {
      assertThat(m.raw()).isEqualTo("glute");
      assertThat(m.fidelity()).isEqualTo(MappingFidelity.UNMAPPED);
    });
  }

  @Test
  void aFileThatIsNotAListOfRecordsFailsWithItsPlace() {
    assertThatThrownBy(() -> importText("[\n  {\"id\": \"A\",\n   \"name\" \"B\"}\n]"))
        .isInstanceOfSatisfying(ImportException.class, e -> {
          assertThat(e.line()).isEqualTo(3);
          assertThat(e.column()).isEqualTo(11);
          assertThat(e.getMessage()).startsWith("bad.json:3:11: malformed JSON: Unexpected character ('\"'");
        });
    assertThatThrownBy(() -> importText("{\"exercises\": []}"))
        .isInstanceOf(ImportException.class)
        .hasMessage("bad.json:1:1: expected a JSON list of free-exercise-db exercises, found something else");
  }

  @Test
  void theCommitComesFromTheSourceNoteBesideTheFile(@TempDir Path dir) throws IOException {
    Path copy = dir.resolve("exercises.json");
    Files.writeString(copy, Fixtures.text("/free-exercise-db/sample-exercises.json"));
    assertThat(FreeExerciseDbImporter.importFile(copy).imported().commit()).isEmpty();

    Files.writeString(dir.resolve("SOURCE.txt"), "taken at commit 0123456789abcdef0123456789abcdef01234567.\n");
    assertThat(FreeExerciseDbImporter.importFile(copy).imported().commit())
        .hasValue("0123456789abcdef0123456789abcdef01234567");

    assertThatThrownBy(() -> FreeExerciseDbImporter.importFile(dir.resolve("missing.json")))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("missing.json: cannot read the file");
  }
}
