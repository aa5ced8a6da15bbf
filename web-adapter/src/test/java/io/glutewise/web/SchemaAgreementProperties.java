package io.glutewise.web;

import static io.glutewise.core.generators.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import io.glutewise.core.generators.LogGenerators;
import io.glutewise.core.generators.ProgramGenerators;
import io.glutewise.core.generators.TraineeGenerators;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.export.JsonSchemas;
import io.glutewise.export.Schemas;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The OpenAPI components of the core types and the JSON Schemas shipped in the core jar are kept
 * by hand in two places, so this checks they judge documents alike: every document written for a
 * valid value, and every variant of it with one property dropped, one unknown property added or
 * one value swapped for a value of another type, is accepted by both or rejected by both.
 */
class SchemaAgreementProperties {
  private static final OpenApiDocument DOC = new OpenApiDocument(openApiText());

  @Test
  void profileComponentAgreesWithTheCoreSchema() {
    checkAgreement(JsonSchemas.PROFILE, "TraineeProfile",
        TraineeGenerators.profiles().map(GlutewiseJson::write));
  }

  @Test
  void programComponentAgreesWithTheCoreSchema() {
    checkAgreement(JsonSchemas.PROGRAM, "Program",
        ProgramGenerators.programs().map(GlutewiseJson::write));
  }

  @Test
  void sessionLogComponentAgreesWithTheCoreSchema() {
    checkAgreement(JsonSchemas.SESSION_LOG, "SessionLog",
        LogGenerators.sessionLogs().map(GlutewiseJson::write));
  }

  @Test
  void aDocumentBothMustRejectIsRejectedByBoth() {
    // guards the property against two schemas that accept anything
    assertThat(accepts(coreSchema(JsonSchemas.PROGRAM), "{\"weeks\":\"none\"}")).isFalse();
    assertThat(DOC.validate("/components/schemas/Program", "{\"weeks\":\"none\"}")).isNotEmpty();
  }

  private static void checkAgreement(String schemaFile, String component, Gen<String> documents) {
    JsonSchema core = coreSchema(schemaFile);
    String pointer = "/components/schemas/" + component;
    // fewer examples than the usual 1,000: each validates a whole program twice, and every example
    // tries a different one-edit variant, so 300 still cover each kind of edit many times
    theory()
        .withExamples(300)
        .forAll(documents, SourceDSL.integers().between(0, Integer.MAX_VALUE - 1))
        .checkAssert((json, pick) -> {
          JsonNode document = Requests.json(json);
          List<Edit> edits = new ArrayList<>();
          edits.add(new Edit("as written", () -> {}));
          collect(document, "", edits);
          Edit edit = edits.get(pick % edits.size());
          edit.apply().run();
          String text = document.toString();
          List<String> byCore = new ArrayList<>();
          core.validate(document).forEach(m -> byCore.add(m.getMessage()));
          List<String> byOpenApi = DOC.validate(pointer, text);
          assertThat(byOpenApi.isEmpty())
              .as("%s, %s: the core schema says %s, the OpenAPI component says %s",
                  component, edit.where(), byCore, byOpenApi)
              .isEqualTo(byCore.isEmpty());
        });
  }

  /** One change to a document, and where it is. */
  private record Edit(String where, Runnable apply) {}

  /** The one-edit changes of a tree, each to be applied to it in place. */
  private static void collect(JsonNode node, String path, List<Edit> edits) {
    if (node instanceof ObjectNode object) {
      edits.add(new Edit("an unknown property at " + path, () -> object.put("notAField", 1)));
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode value = object.get(name);
        String child = path + "/" + name;
        edits.add(new Edit("without " + child, () -> object.remove(name)));
        edits.add(new Edit("another type at " + child, () -> object.set(name, value.isTextual()
            ? JsonNodeFactory.instance.numberNode(-1)
            : JsonNodeFactory.instance.textNode("x"))));
        collect(value, child, edits);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "/" + i, edits);
      }
    }
  }

  private static JsonSchema coreSchema(String file) {
    return Schemas.schema(file);
  }

  private static boolean accepts(JsonSchema schema, String json) {
    return schema.validate(Requests.json(json)).isEmpty();
  }

  private static String openApiText() {
    try (InputStream in = SchemaAgreementProperties.class.getResourceAsStream(
        "/io/glutewise/web/openapi.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
