package io.glutewise.planner.generators;

import io.glutewise.core.dose.BandStrength;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.dose.Load;
import io.glutewise.core.dose.PerformedSet;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.log.SessionStatus;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Session;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.generators.PlannerGenerators.Outcome;

/** Writes the log of a session as a trainee with a given outcome would. */
public final class SessionLogs {
  /** The pain before every session in these logs. */
  public static final int PAIN_BEFORE = 2;

  private SessionLogs() {}

  /** Whether a log of this outcome counts as a session that hurt for the profile. */
  public static boolean hurts(Outcome outcome, TraineeProfile profile) {
    return outcome == Outcome.WORSE_NEXT_MORNING
        || (outcome == Outcome.PAINFUL && io.glutewise.planner.adapt.SessionPain.gate(profile) < 10);
  }

  /** The log of the session with the outcome. */
  public static SessionLog log(Session session, Outcome outcome, TraineeProfile profile) {
    if (outcome == Outcome.MISSED) {
      return SessionLog.missed(session.id(), session.date());
    }
    // above the gate (the limit, or the everyday pain when that is at or above it)
    int painful = Math.min(10, io.glutewise.planner.adapt.SessionPain.gate(profile) + 1);
    SessionLog.Builder log = SessionLog.builder()
        .sessionId(session.id())
        .date(session.date())
        .status(outcome == Outcome.PARTIAL ? SessionStatus.PARTIAL : SessionStatus.COMPLETED)
        .painBefore(PAIN_BEFORE)
        .painNextMorning(outcome == Outcome.WORSE_NEXT_MORNING ? PAIN_BEFORE + 2 : PAIN_BEFORE);
    boolean first = true;
    for (Prescription prescription : session.main()) {
      if (outcome == Outcome.PARTIAL && !first) {
        break;
      }
      int pain = outcome == Outcome.PAINFUL && first ? painful : Math.min(1, profile.painLimit());
      log.addExercises(performed(prescription, outcome, pain));
      first = false;
    }
    return log.build();
  }

  private static ExerciseLog performed(Prescription prescription, Outcome outcome, int pain) {
    Dose dose = prescription.dose();
    int amount;
    switch (outcome) {
      case OVER:
        amount = dose.target().max() + 2;
        break;
      case FAILED:
        amount = Math.max(0, dose.target().min() - 2);
        break;
      default:
        amount = dose.target().max();
    }
    Load load = outcome == Outcome.LIGHTER ? lighter(dose.load()) : dose.load();
    ExerciseLog.Builder log = ExerciseLog.builder().exerciseId(prescription.exerciseId()).painDuring(pain);
    for (int i = 0; i < dose.sets(); i++) {
      log.addSets(dose.isTimed() ? PerformedSet.ofSeconds(amount, load) : PerformedSet.ofRepetitions(amount, load));
    }
    return log.build();
  }

  private static Load lighter(Load load) {
    switch (load.kind()) {
      case BAND:
        return load.band().orElseThrow() == BandStrength.LIGHT ? Load.bodyweight()
            : Load.band(BandStrength.values()[load.band().orElseThrow().ordinal() - 1]);
      case KILOGRAMS:
      case POUNDS:
        return Load.bodyweight();
      default:
        return load;
    }
  }
}
