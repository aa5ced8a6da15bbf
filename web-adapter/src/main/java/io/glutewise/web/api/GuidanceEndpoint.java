package io.glutewise.web.api;

import io.glutewise.catalog.guidance.Guidance;
import io.glutewise.catalog.guidance.ImmutableRedFlagQuestion;
import io.glutewise.catalog.guidance.RedFlagQuestion;
import io.glutewise.core.trainee.RedFlag;
import io.glutewise.planner.Planner;
import io.javalin.http.Context;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    ctx.json(guidance);
  }

  static PageGuidance build(Planner planner) {
    Optional<Guidance> catalogGuidance = planner.catalog().guidance();
    Map<RedFlag, RedFlagQuestion> questions = new EnumMap<>(RedFlag.class);
    catalogGuidance.ifPresent(g -> g.redFlagQuestions().forEach(q -> questions.putIfAbsent(q.flag(), q)));
    for (RedFlag flag : RedFlag.values()) {
      // a catalog without a question for a flag still gets it asked, in the flag's own words
      questions.computeIfAbsent(flag, f -> ImmutableRedFlagQuestion.builder()
          .flag(f)
          .question("Does this apply to you: " + f.plainWords() + "?")
          .source("glutewise red-flag list")
          .build());
    }
    return PageGuidance.builder()
        .clinicianNotice(planner.clinicianNotice())
        .redFlagQuestions(List.copyOf(questions.values()))
        .weakGluteChecklist(catalogGuidance.map(Guidance::weakGluteChecklist).orElse(List.of()))
        .build();
  }
}
