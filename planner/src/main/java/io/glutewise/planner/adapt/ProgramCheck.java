package io.glutewise.planner.adapt;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.SessionPart;
import io.glutewise.core.program.Week;
import io.glutewise.core.trainee.RedFlag;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.PlanningRules;
import io.glutewise.planner.internal.AdaptSuitability;
import io.glutewise.planner.internal.Screener;
import io.glutewise.planner.screening.ScreeningResult;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that a program that comes back (from a file, over HTTP) is one the planner could have built
 * from its {@code builtFrom}: its profile has no red flag (a red flag means a referral, never a
 * program), every prescription is a catalog exercise that suits the trainee (equipment, limitations,
 * lower-back load for their pain), session ids are unique and dates run forward. The adaptive step
 * and the exports call it before trusting a program. Thread-safe.
 */
public final class ProgramCheck {
  private ProgramCheck() {}

  /**
   * Checks the program.
   *
   * @throws InvalidProgramException naming the first problem and where it is
   */
  public static void verify(Program program, Catalog catalog) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(catalog, "catalog");
    TraineeProfile profile = program.builtFrom().profile();
    ScreeningResult screening = Screener.screen(profile);
    if (screening.isReferral()) {
      throw new InvalidProgramException("builtFrom.profile.redFlags",
          "the profile reports " + screening.redFlags().stream().map(RedFlag::id).collect(Collectors.joining(", "))
              + ", which needs a clinician before any exercise programme; see a doctor or physiotherapist, "
              + "and plan again once they have cleared you");
    }
    Set<String> ids = new HashSet<>();
    // each exercise is checked once, where it first appears: the rule does not depend on the session
    Set<String> checked = new HashSet<>();
    Session previous = null;
    for (Week week : program.weeks()) {
      for (Session session : week.sessions()) {
        String where = "session " + session.id();
        if (session.week() != week.number()) {
          throw new InvalidProgramException(where, "it sits in week " + week.number() + " but says week " + session.week());
        }
        if (!ids.add(session.id())) {
          throw new InvalidProgramException(where, "the id is used twice; every session needs its own");
        }
        if (previous != null && !session.date().isAfter(previous.date())) {
          throw new InvalidProgramException(where, "its date " + session.date() + " is not after the date "
              + previous.date() + " of " + previous.id() + "; sessions must run forward in time");
        }
        for (SessionPart part : SessionPart.values()) {
          for (Prescription prescription : session.part(part)) {
            if (checked.add(prescription.exerciseId())) {
              check(catalog, profile, where + ", " + part.id() + ", " + prescription.exerciseId(), prescription);
            }
          }
        }
        previous = session;
      }
    }
  }

  private static void check(Catalog catalog, TraineeProfile profile, String where, Prescription prescription) {
    Exercise exercise = catalog.find(prescription.exerciseId()).orElseThrow(() -> new InvalidProgramException(where,
        "the catalog (version " + catalog.version() + ") has no such exercise"));
    if (!AdaptSuitability.suits(profile, exercise)) {
      throw new InvalidProgramException(where, "it does not suit the trainee of this program (it needs "
          + exercise.equipment().stream().map(e -> e.id()).collect(Collectors.joining(", "))
          + " or a limitation rules it out)");
    }
    if (exercise.lowerBackLoad().compareTo(PlanningRules.maxLowerBackLoad(profile)) > 0) {
      throw new InvalidProgramException(where, "it loads the lower back (" + exercise.lowerBackLoad().id()
          + ") more than a pain of " + profile.currentPain() + "/10 allows ("
          + PlanningRules.maxLowerBackLoad(profile).id() + ")");
    }
  }
}
