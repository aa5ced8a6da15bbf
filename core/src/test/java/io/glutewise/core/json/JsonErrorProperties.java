package io.glutewise.core.json;

import static io.glutewise.core.generators.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.glutewise.core.InvalidValueException;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.generators.CoreGenerators;
import io.glutewise.core.generators.DoseGenerators;
import io.glutewise.core.generators.ProgramGenerators;
import io.glutewise.core.generators.TraineeGenerators;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.SessionPart;
import io.glutewise.core.trainee.TraineeProfile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Whatever the document and wherever the fault, reading reports the JSON path of the fault and
 * the same words the builder would use.
 */
class JsonErrorProperties {

  private static InvalidJsonException readFailure(JsonNode document, Class<?> type) {
    String json = GlutewiseJson.write(document);
    return catchThrowableOfType(
        InvalidJsonException.class, () -> GlutewiseJson.read(json, type, "property"));
  }

  @Test
  void setsOutOfRangeAreReportedAtTheirPathWithTheBuildersWords() {
    Gen<Integer> badSets =
        SourceDSL.integers().between(-1000, 0).mix(SourceDSL.integers().between(11, 1000));
    theory()
        .forAll(DoseGenerators.doses(), badSets)
        .checkAssert(
            (dose, sets) -> {
              ObjectNode document = GlutewiseJson.mapper().valueToTree(dose);
              document.put("sets", sets);
              InvalidJsonException failure = readFailure(document, Dose.class);
              assertThat(failure.path()).isEqualTo("$.sets");
              String builderSays =
                  catchThrowableOfType(
                          InvalidValueException.class,
                          () -> Dose.builder().from(dose).sets(sets).build())
                      .getMessage();
              assertThat(failure.problem()).isEqualTo(builderSays);
            });
  }

  private record Fault(Session session, SessionPart part, int index) {
    String partName() {
      return switch (part) {
        case WARM_UP -> "warmUp";
        case MAIN -> "main";
        case COOL_DOWN -> "coolDown";
      };
    }
  }

  /** A session and one of its prescriptions, anywhere in any part. */
  private static Gen<Fault> faults() {
    return in -> {
      Session session = ProgramGenerators.sessions().generate(in);
      List<SessionPart> parts =
          List.of(SessionPart.values()).stream().filter(p -> !session.part(p).isEmpty()).toList();
      SessionPart part = parts.get(SourceDSL.integers().between(0, parts.size() - 1).generate(in));
      List<Prescription> prescriptions = session.part(part);
      int index = SourceDSL.integers().between(0, prescriptions.size() - 1).generate(in);
      return new Fault(session, part, index);
    };
  }

  private static ObjectNode doseAt(ObjectNode session, Fault fault) {
    return (ObjectNode) session.get(fault.partName()).get(fault.index()).get("dose");
  }

  @Test
  void aBadDoseAnywhereInASessionIsReportedAtItsFullPath() {
    theory()
        .forAll(faults())
        .checkAssert(
            fault -> {
              ObjectNode document = GlutewiseJson.mapper().valueToTree(fault.session());
              doseAt(document, fault).put("sets", 0);
              InvalidJsonException failure = readFailure(document, Session.class);
              assertThat(failure.path())
                  .isEqualTo("$." + fault.partName() + "[" + fault.index() + "].dose.sets");
              assertThat(failure.problem()).isEqualTo("sets must be between 1 and 10, was 0");
            });
  }

  @Test
  void anUnknownFieldAnywhereInASessionIsNamedAtItsPath() {
    theory()
        .forAll(faults(), CoreGenerators.slugs().map(s -> "x" + s.replace("-", "")))
        .checkAssert(
            (fault, field) -> {
              ObjectNode document = GlutewiseJson.mapper().valueToTree(fault.session());
              doseAt(document, fault).put(field, 1);
              InvalidJsonException failure = readFailure(document, Session.class);
              assertThat(failure.path())
                  .isEqualTo("$." + fault.partName() + "[" + fault.index() + "].dose." + field);
              assertThat(failure.problem()).isEqualTo("unknown field \"" + field + "\"");
            });
  }

  @Test
  void painOffTheScaleInAProfileIsReportedAtItsField() {
    theory()
        .forAll(
            TraineeGenerators.profiles(),
            SourceDSL.arbitrary().pick("currentPain", "painLimit"),
            CoreGenerators.invalidPainScores())
        .checkAssert(
            (profile, field, pain) -> {
              ObjectNode document = GlutewiseJson.mapper().valueToTree(profile);
              document.put(field, pain);
              InvalidJsonException failure = readFailure(document, TraineeProfile.class);
              assertThat(failure.path()).isEqualTo("$." + field);
              assertThat(failure.problem())
                  .isEqualTo(field + " must be between 0 and 10, was " + pain);
            });
  }
}
