package io.glutewise.planner.adapt;

import io.glutewise.core.dose.PerformedSet;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionLog;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.program.Program;
import io.glutewise.core.program.Session;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.Planner;
import io.glutewise.planner.internal.AdaptSuitability;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A random history walked through the planner: each step logs the first of the planner's next
 * sessions the way the script says, and keeps the answer before and after, so that properties can
 * read the whole history.
 */
final class Walk {
  /** What a trainee does with one session. */
  enum Step {
    /** Every set at the top of the range, little pain. */
    GOOD,
    /** Every set two over the top. */
    OVER,
    /** Sets short of the range. */
    FAILED,
    /** Pain above the gate during one exercise. */
    PAINFUL,
    /** Good sets, more pain the next morning. */
    WORSE_NEXT_MORNING,
    /** Pain a point higher than the session before, during and the next morning. */
    RISING,
    /** Pain before the session at the trainee's limit. */
    SORE_BEFORE,
    /** One exercise done instead of the prescribed one. */
    SWAPPED,
    /** Not done. */
    MISSED
  }

  final Planner planner;
  final Program program;
  final TraineeProfile profile;
  final List<SessionLog> logs = new ArrayList<>();
  /** The answer before each log (index i is the answer that the i-th log followed). */
  final List<Adaptation> answers = new ArrayList<>();
  final List<Step> steps = new ArrayList<>();

  private Walk(Planner planner, Program program) {
    this.planner = planner;
    this.program = program;
    this.profile = program.builtFrom().profile();
  }

  static Walk of(Planner planner, Program program, List<Step> script) {
    Walk walk = new Walk(planner, program);
    int rising = 1;
    Adaptation answer = planner.next(program, walk.logs);
    for (Step step : script) {
      if (answer.isFinished()) {
        break;
      }
      rising = step == Step.RISING ? Math.min(10, rising + 1) : 1;
      walk.answers.add(answer);
      walk.steps.add(step);
      walk.logs.add(walk.log(answer.sessions().get(0).session(), step, rising));
      answer = planner.next(program, walk.logs);
    }
    walk.answers.add(answer);
    return walk;
  }

  /** The answer after the last log. */
  Adaptation last() {
    return answers.get(answers.size() - 1);
  }

  /** The session the i-th log was written against. */
  Session given(int i) {
    return answers.get(i).sessions().get(0).session();
  }

  /** The change the i-th given session had for a slot, if the slot was in it. */
  Optional<Prescription> slot(int i, String slot) {
    return given(i).main().stream().filter(p -> p.slot().filter(slot::equals).isPresent()).findFirst();
  }

  private SessionLog log(Session session, Step step, int rising) {
    if (step == Step.MISSED) {
      return SessionLog.missed(session.id(), session.date());
    }
    int gate = SessionPain.gate(profile);
    int before = step == Step.SORE_BEFORE ? profile.painLimit() : step == Step.RISING ? Math.min(10, rising) : 1;
    int morning = step == Step.WORSE_NEXT_MORNING ? Math.min(10, before + 2) : before;
    SessionLog.Builder log = SessionLog.builder().sessionId(session.id()).date(session.date())
        .painBefore(before).painNextMorning(morning);
    boolean first = true;
    boolean swapped = false;
    for (Prescription p : session.main()) {
      int pain = step == Step.PAINFUL && first ? Math.min(10, gate + 1)
          : step == Step.RISING ? Math.min(gate, rising) : Math.min(1, gate);
      if (step == Step.SWAPPED && !swapped) {
        Optional<Exercise> other = alternative(session, p);
        if (other.isPresent()) {
          swapped = true;
          log.addExercises(ExerciseLog.builder().from(done(Prescription.of(other.get().id(), other.get().defaultDose()),
              pain, other.get().defaultDose().target().min())).insteadOf(p.exerciseId()).build());
          continue;
        }
      }
      int amount = step == Step.OVER ? p.dose().target().max() + 2
          : step == Step.FAILED ? Math.max(0, p.dose().target().min() - 2) : p.dose().target().max();
      log.addExercises(done(p, pain, amount));
      first = false;
    }
    return log.build();
  }

  /** An exercise of the same pattern that suits the trainee and is not in the session. */
  private Optional<Exercise> alternative(Session session, Prescription p) {
    Exercise exercise = planner.catalog().get(p.exerciseId());
    return planner.catalog().exercises().stream()
        .filter(e -> e.pattern() == exercise.pattern() && !e.id().equals(exercise.id()))
        .filter(e -> session.all().stream().noneMatch(q -> q.exerciseId().equals(e.id())))
        .filter(e -> AdaptSuitability.suits(profile, e))
        .findFirst();
  }

  private static ExerciseLog done(Prescription p, int pain, int amount) {
    ExerciseLog.Builder exercise = ExerciseLog.builder().exerciseId(p.exerciseId()).painDuring(pain);
    for (int i = 0; i < p.dose().sets(); i++) {
      exercise.addSets(p.dose().isTimed() ? PerformedSet.ofSeconds(amount, p.dose().load())
          : PerformedSet.ofRepetitions(amount, p.dose().load()));
    }
    return exercise.build();
  }
}
