package io.glutewise.export;

import static io.glutewise.core.generators.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.generators.LogGenerators;
import io.glutewise.core.generators.ProgramGenerators;
import io.glutewise.core.generators.TraineeGenerators;
import io.glutewise.core.json.GlutewiseJson;
import org.junit.jupiter.api.Test;

/** Whatever GlutewiseJson writes for a valid value, the shipped schema accepts. */
class JsonSchemaProperties {
  @Test
  void everyProfileAsWrittenIsValid() {
    theory()
        .forAll(TraineeGenerators.profiles())
        .check(profile -> Schemas.errors(JsonSchemas.PROFILE, GlutewiseJson.write(profile))
            .isEmpty());
  }

  @Test
  void everyProgramAsWrittenIsValid() {
    theory()
        .forAll(ProgramGenerators.programs())
        .checkAssert(program ->
            assertThat(Schemas.errors(JsonSchemas.PROGRAM, GlutewiseJson.write(program)))
                .isEmpty());
  }

  @Test
  void everySessionLogAsWrittenIsValid() {
    theory()
        .forAll(LogGenerators.sessionLogs())
        .checkAssert(log ->
            assertThat(Schemas.errors(JsonSchemas.SESSION_LOG, GlutewiseJson.write(log)))
                .isEmpty());
  }

  @Test
  void everyProgramExportIsValid() {
    theory()
        .forAll(ExportGenerators.programsWithLogs(6), ExportGenerators.notices())
        .checkAssert((input, notice) ->
            assertThat(Schemas.errors(JsonSchemas.PROGRAM_EXPORT,
                ProgramExport.of(ExportFixtures.catalog(), notice)
                    .json(input.program(), input.logs())))
                .isEmpty());
  }
}
