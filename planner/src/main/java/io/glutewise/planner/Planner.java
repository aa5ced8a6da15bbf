package io.glutewise.planner;

import io.glutewise.catalog.Catalog;
import io.glutewise.catalog.guidance.Guidance;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Program;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.adapt.Adaptation;
import io.glutewise.planner.internal.adapt.AdaptiveStep;
import io.glutewise.planner.internal.Notices;
import io.glutewise.planner.internal.ProgramBuilder;
import io.glutewise.planner.internal.Screener;
import io.glutewise.planner.screening.ScreeningResult;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The planner: screens a trainee, builds a periodized program from a catalog, and adapts the next
 * sessions to what the trainee logged.
 *
 * <p>Deterministic: the same profile, options and catalog always give the same program, and the
 * same program and logs always give the same adaptation. Thread-safe; its only state is the replay
 * of the latest program it adapted, kept so that logging one more session does not replay the whole
 * history again (it never changes an answer).
 *
 * <pre>{@code
 * Planner planner = Planner.standard();
 * PlanResult result = planner.plan(profile, PlanOptions.startingOn(LocalDate.of(2025, 1, 6)));
 * if (result.isReferral()) {
 *   System.out.println(result.referral().orElseThrow().message());
 * } else {
 *   Program program = result.program().orElseThrow();
 *   Adaptation next = planner.next(program, logs);
 * }
 * }</pre>
 */
public final class Planner {
  private final Catalog catalog;
  /** The adaptive step of the latest program adapted: its check done, its replay remembered. */
  private final AtomicReference<AdaptiveStep> latestStep = new AtomicReference<>();

  /**
   * A planner over the given catalog.
   *
   * @param catalog the exercises and ladders to plan with; never null
   */
  public Planner(Catalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /** A planner over the standard catalog shipped with glutewise. */
  public static Planner standard() {
    return new Planner(Catalog.standard());
  }

  /** The catalog this planner plans with. */
  public Catalog catalog() {
    return catalog;
  }

  /**
   * Screens the trainee and, when no red flag was reported, builds a program.
   *
   * @param profile the trainee; never null
   * @param options weeks, periodization model, start date, seed and deload cadence; never null
   * @return a referral (no program) when any red flag was reported, else the program
   * @throws io.glutewise.planner.NoSuitableExerciseException when the catalog has no exercise the
   *     trainee can do for a part of the session that cannot be left out
   */
  public PlanResult plan(TraineeProfile profile, PlanOptions options) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(options, "options");
    ScreeningResult screening = screen(profile);
    if (screening.isReferral()) {
      return PlanResult.ofReferral(screening);
    }
    Program program = new ProgramBuilder(catalog, profile, options, screening.weakGlutes()).build();
    return PlanResult.ofProgram(screening, program);
  }

  /**
   * Screens the trainee: red flags (any one means a referral) and the weak-glute score.
   *
   * @param profile the trainee; never null
   */
  public ScreeningResult screen(TraineeProfile profile) {
    return Screener.screen(Objects.requireNonNull(profile, "profile"));
  }

  /**
   * The next sessions of a program, adapted to the logs so far by the progression rules, each
   * change with its reason.
   *
   * <p>The next sessions are those after the latest logged session up to the end of its week; when
   * that week is done, the whole following week; with no logs, the first week; none when the program
   * is over. Logs may come in any order; sessions without a log before the latest logged one count as
   * missed.
   *
   * @param program a program built by a planner; never null
   * @param logs the logs so far, at most one per session; never null
   * @throws io.glutewise.planner.adapt.LogMismatchException when a log names a session the program
   *     does not have, a session is logged twice, or a log lists an exercise that session did not
   *     prescribe (and was not done instead of one it did)
   * @throws io.glutewise.planner.adapt.InvalidProgramException when the program is not one the planner
   *     could have built from its {@code builtFrom} (see {@link io.glutewise.planner.adapt.ProgramCheck})
   */
  public Adaptation next(Program program, List<SessionLog> logs) {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(logs, "logs");
    AdaptiveStep step = latestStep.get();
    if (step == null || !step.adapts(program)) {
      step = new AdaptiveStep(catalog, program);
      latestStep.set(step);
    }
    return step.next(logs);
  }

  /** The short notice every output carries: when to stop and see a clinician. */
  public String clinicianNotice() {
    return catalog.guidance().map(Guidance::clinicianNotice).filter(s -> !s.isBlank())
        .orElse(Notices.CLINICIAN_NOTICE);
  }
}
