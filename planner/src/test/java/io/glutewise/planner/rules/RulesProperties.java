package io.glutewise.planner.rules;

import static io.glutewise.core.generators.Theories.theory;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.dose.Load;
import io.glutewise.core.dose.PerformedSet;
import io.glutewise.core.exercise.Exercise;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionStatus;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.adapt.ChangeKind;
import io.glutewise.planner.generators.PlannerGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The rules' safety invariants for any history of attempts at one place: no progression after pain
 * above the limit or a worse next morning, nothing advances after a missed session, one rung at most,
 * always to an exercise the trainee can do, and the load or the ladder move only when every set
 * reached the top.
 */
class RulesProperties {
  private static final Catalog CATALOG = Catalog.standard();
  private static final ProgressionRule RULES = ProgressionRules.standard();

  /** A history of 1 to 5 attempts at one exercise of the standard catalog, and the profile. */
  static Gen<RuleInput> inputs() {
    Gen<Exercise> exercises = Generate.pick(CATALOG.exercises());
    Gen<Integer> pain = integers().between(0, 10);
    return in -> {
      TraineeProfile profile = PlannerGenerators.profiles().generate(in);
      Exercise exercise = exercises.generate(in);
      Dose dose = Dose.builder().from(exercise.defaultDose()).sets(integers().between(1, 4).generate(in)).build();
      Prescription prescribed = Prescription.of(exercise.id(), dose);
      int attempts = integers().between(1, 5).generate(in);
      List<Attempt> history = new ArrayList<>();
      for (int i = 0; i < attempts; i++) {
        SessionStatus status = Generate.enumValues(SessionStatus.class).generate(in);
        int top = dose.target().max();
        List<Integer> amounts = lists().of(integers().between(Math.max(0, top - 4), top + 3))
            .ofSizeBetween(0, dose.sets() + 1).generate(in);
        boolean lighter = integers().between(0, 4).generate(in) == 4;
        ExerciseLog.Builder log = ExerciseLog.builder().exerciseId(exercise.id()).painDuring(pain.generate(in));
        if (status != SessionStatus.MISSED) {
          for (int amount : amounts) {
            Load load = lighter ? Load.bodyweight() : dose.load();
            log.addSets(dose.isTimed() ? PerformedSet.ofSeconds(amount, load) : PerformedSet.ofRepetitions(amount, load));
          }
        }
        ExerciseLog performed = log.build();
        history.add(Attempt.builder()
            .sessionId(String.format("w%02d-s1", i + 1))
            .date(LocalDate.of(2025, 1, 6).plusWeeks(i))
            .deloadWeek(integers().between(0, 5).generate(in) == 5)
            .status(status)
            .planned(prescribed)
            .prescribed(prescribed)
            .performed(status == SessionStatus.MISSED ? Optional.empty() : Optional.of(performed))
            .sessionPainDuring(Math.max(performed.painDuring(), pain.generate(in)))
            .painBefore(pain.generate(in))
            .painNextMorning(booleans().all().generate(in) ? Optional.of(pain.generate(in)) : Optional.empty())
            .build());
      }
      return RuleInput.builder().profile(profile).catalog(CATALOG).history(history).build();
    };
  }

  /** The input with its latest attempt changed. */
  private static RuleInput withLatest(RuleInput input, java.util.function.UnaryOperator<Attempt.Builder> change) {
    List<Attempt> history = new ArrayList<>(input.history());
    Attempt latest = history.remove(history.size() - 1);
    history.add(change.apply(Attempt.builder().from(latest)).build());
    return RuleInput.builder().from(input).history(history).build();
  }

  /** Inputs whose latest session hurt beyond the gate, during this exercise or another (none when the gate is 10). */
  static Gen<RuleInput> painfulInputs() {
    return inputs().zip(integers().between(1, 2), booleans().all(), (input, over, thisOne) -> {
      // above the gate: the limit, or the everyday pain when that is at or above it
      int pain = Math.min(10, input.painGate() + over);
      return withLatest(input, a -> {
        a.sessionPainDuring(pain);
        input.latest().performed().filter(e -> thisOne)
            .ifPresent(e -> a.performed(ExerciseLog.builder().from(e).painDuring(pain).build()));
        return a;
      });
    });
  }

  /** Inputs whose latest session was followed by more pain the next morning. */
  static Gen<RuleInput> worseMorningInputs() {
    return inputs().zip(integers().between(1, 5), (input, rise) -> {
      int before = Math.min(input.latest().painBefore(), 10 - rise);
      return withLatest(input, a -> a.painBefore(before).painNextMorning(before + rise));
    });
  }

  /** Inputs whose latest session was missed. */
  static Gen<RuleInput> missedInputs() {
    return inputs().map(input -> withLatest(input, a -> a.status(SessionStatus.MISSED).performed(Optional.empty())));
  }

  private static Decision decide(RuleInput input) {
    return RULES.decide(input).orElseThrow();
  }

  @Test
  void everyAttemptGetsADecision() {
    theory().forAll(inputs()).check(input -> RULES.decide(input).isPresent());
  }

  @Test
  void noProgressionAfterPainAboveTheLimit() {
    theory().forAll(painfulInputs())
        .check(input -> input.latest().sessionPainDuring() <= input.painGate()
            || decide(input).kind() != ChangeKind.PROGRESSED);
  }

  @Test
  void noProgressionWhenPainTheNextMorningRose() {
    theory().forAll(worseMorningInputs())
        .check(input -> decide(input).kind() != ChangeKind.PROGRESSED);
  }

  @Test
  void aMissedSessionAdvancesNothing() {
    theory().forAll(missedInputs())
        .check(input -> decide(input).kind() == ChangeKind.HELD && decide(input).next().equals(input.current()));
  }

  @Test
  void aDecisionMovesAtMostOneRungToAnExerciseTheTraineeCanDo() {
    theory().forAll(inputs()).check(input -> {
      String from = input.current().exerciseId();
      String to = decide(input).next().exerciseId();
      return to.equals(from)
          || (CATALOG.ladders().step(from, to).isPresent() || CATALOG.ladders().step(to, from).isPresent())
              && input.isAllowed(to);
    });
  }

  /** Load up or a harder rung only when every set reached the top of the range at the prescribed load. */
  @Test
  void loadOrLadderMoveOnlyWhenEverySetReachedTheTop() {
    theory().forAll(inputs()).check(input -> {
      Decision decision = decide(input);
      Prescription now = input.current();
      boolean harder = CATALOG.ladders().step(now.exerciseId(), decision.next().exerciseId()).isPresent();
      boolean heavier = decision.next().exerciseId().equals(now.exerciseId())
          && decision.next().dose().load().rank() > now.dose().load().rank();
      boolean earned = input.latest().allSetsReach(now.dose().target().max()) && input.latest().loadMet();
      return !(harder || heavier) || earned;
    });
  }

  /** A ladder step repeats its criterion's sessions in a row, so one good session never climbs. */
  @Test
  void aLadderStepNeedsTheCriterionOnConsecutiveSessions() {
    theory().forAll(inputs()).check(input -> {
      Decision decision = decide(input);
      String from = input.current().exerciseId();
      return CATALOG.ladders().step(from, decision.next().exerciseId())
          .map(step -> input.doneNewestFirst().size() >= step.criterion().consecutiveSessions())
          .orElse(true);
    });
  }

  @Test
  void everyReasonStartsWithItsKind() {
    theory().forAll(inputs()).check(input -> decide(input).reason().startsWith(decide(input).kind().id() + ": "));
  }
}
