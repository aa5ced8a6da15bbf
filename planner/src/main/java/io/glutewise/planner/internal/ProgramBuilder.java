package io.glutewise.planner.internal;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.exercise.MovementPattern;
import io.glutewise.core.program.BuiltFrom;
import io.glutewise.core.program.Phase;
import io.glutewise.core.program.PhaseKind;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.program.Week;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.NoSuitableExerciseException;
import io.glutewise.planner.screening.WeakGluteScore;
import io.glutewise.planner.stats.SessionDuration;
import java.util.ArrayList;
import java.util.List;

/** Builds a program (first cut: one bridge per session; the periodized builder replaces it). */
public final class ProgramBuilder {
  private final Catalog catalog;
  private final TraineeProfile profile;
  private final PlanOptions options;

  /** A builder for one profile and options. */
  public ProgramBuilder(Catalog catalog, TraineeProfile profile, PlanOptions options, WeakGluteScore weakGlutes) {
    this.catalog = catalog;
    this.profile = profile;
    this.options = options;
  }

  /** Builds the program. */
  public Program build() {
    Exercise bridge = catalog.query().pattern(MovementPattern.BRIDGE).availableWith(profile.equipment())
        .excluding(profile.limitations()).list().stream().findFirst()
        .orElseThrow(() -> new NoSuitableExerciseException("hip extension", "no bridge is available"));
    List<Week> weeks = new ArrayList<>();
    for (int w = 1; w <= options.weeks(); w++) {
      List<Session> sessions = new ArrayList<>();
      for (int i = 1; i <= profile.daysPerWeek(); i++) {
        Session draft = Session.builder().week(w).index(i)
            .date(options.startDate().plusDays(7L * (w - 1) + i - 1))
            .addMain(Prescription.of(bridge.id(), bridge.defaultDose())).estimatedMinutes(0).build();
        sessions.add(Session.builder().from(draft)
            .estimatedMinutes(SessionDuration.estimateMinutes(draft, catalog)).build());
      }
      weeks.add(Week.builder().number(w).sessions(sessions).build());
    }
    return Program.builder()
        .builtFrom(BuiltFrom.of(profile, options, catalog.version()))
        .addPhases(Phase.builder().kind(PhaseKind.ACTIVATION).aim("first cut").weeks(weeks).build())
        .build();
  }
}
