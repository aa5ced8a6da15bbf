package io.glutewise.web.api;

import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.Planner;
import io.glutewise.web.http.JsonBodies;
import io.glutewise.web.http.JsonResponses;
import io.javalin.http.Context;

/**
 * Screening, planning and adapting over HTTP. A referral is an answer, not an error: {@code POST
 * /api/plans} answers 200 with a plan result that holds either a program or a referral.
 */
final class PlanEndpoints {
  private final Planner planner;

  PlanEndpoints(Planner planner) {
    this.planner = planner;
  }

  /** {@code POST /api/screenings}: a profile in, its screening result out. */
  void screen(Context ctx) {
    TraineeProfile profile = JsonBodies.read(ctx, TraineeProfile.class);
    JsonResponses.send(ctx, planner.screen(profile));
  }

  /** {@code POST /api/plans}: a profile and options in, a program or a referral out. */
  void plan(Context ctx) {
    PlanRequest request = JsonBodies.read(ctx, PlanRequest.class);
    JsonResponses.send(ctx, planner.plan(request.profile(), request.options()));
  }

  /** {@code POST /api/plans/next}: a program and its logs in, the next sessions adapted out. */
  void next(Context ctx) {
    ProgramRequest request = JsonBodies.read(ctx, ProgramRequest.class);
    JsonResponses.send(ctx, planner.next(request.program(), request.logs()));
  }

  /** {@code POST /api/plans/statistics}: a program in, its weekly volume and session lengths out. */
  void statistics(Context ctx) {
    ProgramRequest request = JsonBodies.read(ctx, ProgramRequest.class);
    JsonResponses.send(ctx, StatisticsView.of(request.program(), planner.catalog()));
  }
}
