package io.glutewise.planner.screening;

import io.glutewise.core.trainee.ClinicianClearance;
import io.glutewise.core.trainee.RedFlag;
import io.glutewise.core.trainee.TraineeProfile;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The sentence every output carries near its top when a plan follows a clinician's clearance. */
public final class Clearances {
  private Clearances() {}

  /**
   * The statement for a profile with a clearance: who cleared which red flags, and when.
   *
   * @return empty when the profile records no clearance
   */
  public static Optional<String> statement(TraineeProfile profile) {
    return profile.clearance().map(Clearances::statement);
  }

  /** The statement for a clearance. */
  public static String statement(ClinicianClearance clearance) {
    String flags = Arrays.stream(RedFlag.values())
        .filter(clearance::covers)
        .map(RedFlag::plainWords)
        .collect(Collectors.joining("; "));
    return "This plan follows the clearance " + clearance.clinician() + " gave on " + clearance.date()
        + " for " + flags + ". If anything about these changes, or a new warning sign appears, stop and"
        + " see them again.";
  }
}
