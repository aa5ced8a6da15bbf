package io.glutewise.web;

import static io.glutewise.web.Requests.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.glutewise.core.generators.ProgramGenerators;
import io.glutewise.core.generators.Theories;
import io.glutewise.core.generators.TraineeGenerators;
import io.glutewise.core.json.GlutewiseJson;
import io.glutewise.web.api.PlanRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * For any valid profile and options, the server answers as documented and never fails: 200 with a
 * plan result that matches the OpenAPI schema (a referral and no program exactly when a red flag
 * was reported), or a 422 problem when no program fits; never a 5xx.
 */
class PlanApiProperties {
  private static final TestServer SERVER = TestServer.shared();
  private static final OpenApiDocument DOC = new OpenApiDocument(SERVER.get("/openapi.json").body());

  @Test
  void everyValidRequestGetsADocumentedAnswer() {
    Theories.theory().withShrinkCycles(50)
        .forAll(TraineeGenerators.profiles(), ProgramGenerators.planOptions())
        .check((profile, options) -> {
          HttpResponse<String> response =
              SERVER.postJson("/api/plans", GlutewiseJson.write(PlanRequest.of(profile, options)));
          if (!DOC.check(response).isEmpty()) {
            return false;
          }
          JsonNode body = json(response.body());
          if (response.statusCode() == 200) {
            boolean flagged = !profile.redFlags().isEmpty();
            return body.has("referral") == flagged && body.has("program") == !flagged;
          }
          // the only refusal of a valid request: nothing in the catalog fits, and never for a red flag
          return response.statusCode() == 422 && profile.redFlags().isEmpty();
        });
  }
}
