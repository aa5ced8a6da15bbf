package io.glutewise.core.program;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.trainee.TraineeProfile;
import org.immutables.value.Value;

/**
 * What a program was built from: the profile, the options (with the seed) and the catalog version,
 * so that it can be rebuilt bit for bit. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBuiltFrom.class)
@JsonDeserialize(as = ImmutableBuiltFrom.class)
public abstract class BuiltFrom {
  /** The trainee profile. */
  public abstract TraineeProfile profile();

  /** The plan options. */
  public abstract PlanOptions options();

  /** The version of the catalog the exercises came from. */
  public abstract String catalogVersion();

  /** All three. */
  public static BuiltFrom of(TraineeProfile profile, PlanOptions options, String catalogVersion) {
    return ImmutableBuiltFrom.builder()
        .profile(profile)
        .options(options)
        .catalogVersion(catalogVersion)
        .build();
  }
}
