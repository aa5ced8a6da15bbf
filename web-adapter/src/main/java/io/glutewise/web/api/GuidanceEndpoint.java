package io.glutewise.web.api;

import io.glutewise.catalog.guidance.Guidance;
import io.glutewise.planner.Planner;
import io.glutewise.web.http.JsonResponses;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/guidance}: what the page asks and shows before any plan. Every red flag has a
 * question, in the catalog's words where the catalog has one, so the form never leaves one out.
 */
final class GuidanceEndpoint {
  private final PageGuidance guidance;

  GuidanceEndpoint(Planner planner) {
    this.guidance = build(planner);
  }

  void get(Context ctx) {
    JsonResponses.send(ctx, guidance);
  }

  static PageGuidance build(Planner planner) {
    Optional<Guidance> catalogGuidance = planner.catalog().guidance();
    return PageGuidance.builder()
        .clinicianNotice(planner.clinicianNotice())
        .redFlagQuestions(planner.catalog().redFlagQuestions())
        .weakGluteChecklist(catalogGuidance.map(Guidance::weakGluteChecklist).orElse(List.of()))
        .build();
  }
}
