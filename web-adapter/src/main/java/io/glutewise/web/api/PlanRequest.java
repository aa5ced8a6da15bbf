package io.glutewise.web.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.trainee.TraineeProfile;
import org.immutables.value.Value;

/**
 * The body of {@code POST /api/plans}: who the program is for and how to build it. Both are
 * required; {@code options.startDate} is the only field inside them without a default. Immutable
 * and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlanRequest.class)
@JsonDeserialize(as = ImmutablePlanRequest.class)
public abstract class PlanRequest {
  /** The trainee, including the answers to the red-flag questions. */
  public abstract TraineeProfile profile();

  /** Weeks, periodization model, start date, seed and deload cadence. */
  public abstract PlanOptions options();

  /** A request for the given profile and options. */
  public static PlanRequest of(TraineeProfile profile, PlanOptions options) {
    return ImmutablePlanRequest.builder().profile(profile).options(options).build();
  }
}
