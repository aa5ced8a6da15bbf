package io.glutewise.benchmarks;

import io.glutewise.core.dose.PerformedSet;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.Planner;
import io.glutewise.planner.adapt.Adaptation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of one adaptive step against the length of the history: a default beginner's 26-week,
 * 3-day program with 4, 12, 36 or 72 logged sessions (mostly good, with a missed session, a painful
 * one and one with more pain the next morning in every twelve), adapted into the next sessions. The
 * step replays the whole history, so its cost should grow at most linearly with it.
 *
 * <p>{@link #next} is the first answer for a program object new to the planner (its check and a full
 * replay: what a web request costs); {@link #nextAgain} asks again for the same program object, as a
 * library caller logging session after session does (the planner resumes its remembered replay);
 * {@link #planFloor} plans the same program in the same run. Machines differ: compare the ratios.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar AdaptBenchmark -wi 2 -i 3 -f 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AdaptBenchmark {
  /** Logged sessions before the step. */
  @Param({"4", "12", "36", "72"})
  public int sessions;

  private Planner planner;
  private PlanOptions options;
  private Program program;
  private List<SessionLog> logs;

  /** Plans the program and logs the sessions by following the planner's own next sessions. */
  @Setup
  public void setUp() {
    planner = Planner.standard();
    options = PlanOptions.builder().from(PlanOptions.startingOn(LocalDate.of(2025, 1, 6))).weeks(26).build();
    program = planner.plan(TraineeProfile.defaults(), options).program().orElseThrow();
    logs = new ArrayList<>();
    for (int i = 0; i < sessions; i++) {
      Session session = planner.next(program, logs).sessions().get(0).session();
      logs.add(log(session, i));
    }
  }

  private static SessionLog log(Session session, int i) {
    if (i % 12 == 4) {
      return SessionLog.missed(session.id(), session.date());
    }
    int pain = i % 12 == 7 ? 7 : 2;
    SessionLog.Builder log = SessionLog.builder().sessionId(session.id()).date(session.date())
        .painBefore(2).painNextMorning(i % 12 == 9 ? 4 : 2);
    for (Prescription p : session.main()) {
      ExerciseLog.Builder exercise = ExerciseLog.builder().exerciseId(p.exerciseId()).painDuring(pain);
      for (int set = 0; set < p.dose().sets(); set++) {
        int top = p.dose().target().max();
        exercise.addSets(p.dose().isTimed()
            ? PerformedSet.ofSeconds(top, p.dose().load())
            : PerformedSet.ofRepetitions(top, p.dose().load()));
      }
      log.addExercises(exercise.build());
    }
    return log.build();
  }

  /** The floor: planning the program the steps adapt (the same for every history length). */
  @Benchmark
  public Object planFloor() {
    return planner.plan(TraineeProfile.defaults(), options);
  }

  /** One adaptive step over the logged sessions, for a program object the planner has not seen. */
  @Benchmark
  public Adaptation next() {
    // an equal copy, new to the planner: what it remembers of the last program does not apply
    return planner.next(Program.builder().from(program).build(), logs);
  }

  /** The same step again, for the program object the planner adapted last time. */
  @Benchmark
  public Adaptation nextAgain() {
    return planner.next(program, logs);
  }
}
