package io.glutewise.planner.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.catalog.Catalog;
import io.glutewise.core.dose.BandStrength;
import io.glutewise.core.dose.Dose;
import io.glutewise.core.dose.Load;
import io.glutewise.core.dose.PerformedSet;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.log.ExerciseLog;
import io.glutewise.core.log.SessionStatus;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.Fixtures;
import io.glutewise.planner.adapt.ChangeKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each rule on a small history, against the fixture catalog. */
class RulesTest {
  private static final Catalog CATALOG = Fixtures.catalog();
  private static final ProgressionRule RULES = ProgressionRules.standard();
  private static final TraineeProfile PROFILE = TraineeProfile.defaults();

  private final List<Attempt> history = new ArrayList<>();
  private TraineeProfile profile = PROFILE;

  private static Prescription bridge(int sets, int min, int max) {
    return Prescription.of("glute-bridge", Dose.builder().sets(sets).repetitions(io.glutewise.core.dose.TargetRange.of(min, max)).pauseAtTopSeconds(2).build());
  }

  private RulesTest done(Prescription prescribed, int pain, int... amounts) {
    return attempt(prescribed, prescribed.dose().load(), pain, Optional.empty(), false, amounts);
  }

  private RulesTest attempt(Prescription prescribed, Load load, int pain, Optional<Integer> nextMorning, boolean deload, int... amounts) {
    ExerciseLog.Builder log = ExerciseLog.builder().exerciseId(prescribed.exerciseId()).painDuring(pain);
    for (int amount : amounts) {
      log.addSets(prescribed.dose().isTimed() ? PerformedSet.ofSeconds(amount, load) : PerformedSet.ofRepetitions(amount, load));
    }
    history.add(Attempt.builder()
        .sessionId(String.format("w%02d-s1", history.size() + 1))
        .date(LocalDate.of(2025, 1, 6).plusDays(2L * history.size()))
        .deloadWeek(deload)
        .status(SessionStatus.COMPLETED)
        .planned(prescribed)
        .prescribed(prescribed)
        .performed(log.build())
        .sessionPainDuring(pain)
        .painBefore(2)
        .painNextMorning(nextMorning)
        .build());
    return this;
  }

  private Decision decide() {
    return RULES.decide(RuleInput.builder().profile(profile).catalog(CATALOG).history(history).build()).orElseThrow();
  }

  @Test
  void repetitionsClimbWithinTheRangeFromTheLowestSet() {
    Decision decision = done(bridge(3, 8, 12), 1, 10, 10, 9).decide();
    assertThat(decision.kind()).isEqualTo(ChangeKind.PROGRESSED);
    assertThat(decision.rule()).isEqualTo(DoubleProgressionRule.ID);
    assertThat(decision.next().dose().target().min()).isEqualTo(10);
    assertThat(decision.reason()).isEqualTo("progressed: every set reached at least 9 reps; aim for 10-12 next time");
  }

  @Test
  void aSetShortOfTheAimHolds() {
    Decision decision = done(bridge(3, 10, 12), 1, 11, 10, 7).decide();
    assertThat(decision.kind()).isEqualTo(ChangeKind.HELD);
    assertThat(decision.reason()).isEqualTo("held: set 3 stopped at 7 reps, short of the aim of 10; repeat 3 x 10-12 reps, 2 s hold each rep, rest 60 s");
  }

  @Test
  void allSetsAtTheTopOnceWaitsForTheSecondSession() {
    Decision decision = done(bridge(3, 8, 12), 1, 12, 12, 12).decide();
    assertThat(decision.kind()).isEqualTo(ChangeKind.HELD);
    assertThat(decision.reason()).contains("2 sessions in a row").contains("bridge march comes next");
  }

  @Test
  void theLadderMovesOneRungAfterTheCriterionTwiceInARowAndRepsReturnToTheBottom() {
    Decision decision = done(bridge(3, 8, 12), 2, 12, 12, 12).done(bridge(3, 8, 12), 3, 12, 12, 12).decide();
    assertThat(decision.kind()).isEqualTo(ChangeKind.PROGRESSED);
    assertThat(decision.rule()).isEqualTo(LadderStepRule.ID);
    assertThat(decision.next().exerciseId()).isEqualTo("bridge-march");
    assertThat(decision.next().dose().target().min()).isEqualTo(8);
    assertThat(decision.next().dose().perSide()).isTrue();
    assertThat(decision.reason()).isEqualTo("progressed: every set reached 12 reps and the step's 3 x 12 with pain "
        + "at most 3/10 was met on 2 sessions in a row; moving to bridge march, 3 x 8-12 reps each side, 2 s hold each rep, rest 60 s");
  }

  @Test
  void painAboveTheLadderCriterionKeepsTheRung() {
    Decision decision = done(bridge(3, 8, 12), 4, 12, 12, 12).done(bridge(3, 8, 12), 4, 12, 12, 12).decide();
    assertThat(decision.next().exerciseId()).isEqualTo("glute-bridge");
    assertThat(decision.kind()).isEqualTo(ChangeKind.HELD);
  }

  @Test
  void fewerPrescribedSetsThanTheCriterionAddASetFirst() {
    Decision decision = done(bridge(2, 10, 15), 1, 15, 15).decide();
    assertThat(decision.kind()).isEqualTo(ChangeKind.PROGRESSED);
    assertThat(decision.next().dose().sets()).isEqualTo(3);
    assertThat(decision.reason()).contains("one set more").contains("earns bridge march");
  }

  @Test
  void painDuringAboveTheLimitRegressesOneRung() {
    Prescription march = Prescription.of("bridge-march", Dose.builder().sets(3).repetitions(io.glutewise.core.dose.TargetRange.of(10, 12)).perSide(true).build());
    Decision decision = done(march, 7, 12, 12, 12).decide();
    assertThat(decision.kind()).isEqualTo(ChangeKind.REGRESSED);
    assertThat(decision.rule()).isEqualTo(PainDuringRule.ID);
    assertThat(decision.next().exerciseId()).isEqualTo("glute-bridge");
    assertThat(decision.reason()).startsWith("regressed: pain reached 7/10 during bridge march, above your limit of 5/10; back to glute bridge");
  }

  @Test
  void painUpToTheLimitIsAcceptable() {
    Decision decision = done(bridge(3, 8, 12), 5, 10, 10, 10).decide();
    assertThat(decision.kind()).isEqualTo(ChangeKind.PROGRESSED);
  }

  @Test
  void theTraineesOwnLimitCounts() {
    profile = TraineeProfile.builder().painLimit(3).build();
    Decision decision = done(bridge(3, 8, 12), 4, 10, 10, 10).decide();
    assertThat(decision.kind()).isEqualTo(ChangeKind.REGRESSED);
    assertThat(decision.next().dose().sets()).isEqualTo(2);
  }

  @Test
  void morePainTheNextMorningHoldsOrRegresses() {
    Decision held = attempt(bridge(3, 8, 12), Load.bodyweight(), 1, Optional.of(3), false, 12, 12, 12).decide();
    assertThat(held.kind()).isEqualTo(ChangeKind.HELD);
    assertThat(held.reason()).isEqualTo("held: pain the next morning rose from 2 to 3");
    history.clear();
    Decision regressed = attempt(bridge(3, 8, 12), Load.bodyweight(), 1, Optional.of(4), false, 12, 12, 12).decide();
    assertThat(regressed.kind()).isEqualTo(ChangeKind.REGRESSED);
    assertThat(regressed.reason()).startsWith("regressed: pain the next morning rose from 2 to 4; ");
  }

  @Test
  void aMissedSessionAdvancesNothing() {
    history.add(Attempt.builder().sessionId("w01-s1").date(LocalDate.of(2025, 1, 6)).deloadWeek(false)
        .status(SessionStatus.MISSED).planned(bridge(3, 8, 12)).prescribed(bridge(3, 8, 12))
        .sessionPainDuring(0).painBefore(0).build());
    Decision decision = decide();
    assertThat(decision.kind()).isEqualTo(ChangeKind.HELD);
    assertThat(decision.next()).isEqualTo(bridge(3, 8, 12));
    assertThat(decision.reason()).contains("missed");
  }

  @Test
  void aDeloadWeekHolds() {
    Decision decision = attempt(bridge(1, 8, 12), Load.bodyweight(), 1, Optional.empty(), true, 12).decide();
    assertThat(decision.kind()).isEqualTo(ChangeKind.HELD);
    assertThat(decision.rule()).isEqualTo(DeloadWeekRule.ID);
  }

  @Test
  void lessLoadThanPrescribedHolds() {
    Prescription banded = Prescription.of("banded-clamshell", Dose.builder().sets(3)
        .repetitions(io.glutewise.core.dose.TargetRange.of(12, 15)).perSide(true).load(Load.band(BandStrength.MEDIUM)).build());
    Decision decision = attempt(banded, Load.band(BandStrength.LIGHT), 1, Optional.empty(), false, 15, 15, 15).decide();
    assertThat(decision.kind()).isEqualTo(ChangeKind.HELD);
    assertThat(decision.reason()).contains("light band, less than the prescribed medium band");
  }

  @Test
  void aBandMovesToTheNextStrengthWhenEverySetReachesTheTopOnTwoSessionsInARow() {
    profile = TraineeProfile.builder().equipment(Set.of(Equipment.MAT, Equipment.BAND)).build();
    Prescription banded = Prescription.of("banded-clamshell", Dose.builder().sets(3)
        .repetitions(io.glutewise.core.dose.TargetRange.of(12, 15)).perSide(true).load(Load.band(BandStrength.LIGHT)).build());
    assertThat(done(banded, 1, 15, 15, 15).decide().kind()).isEqualTo(ChangeKind.HELD);
    Decision decision = done(banded, 1, 15, 15, 15).decide();
    assertThat(decision.kind()).isEqualTo(ChangeKind.PROGRESSED);
    assertThat(decision.next().dose().load()).isEqualTo(Load.band(BandStrength.MEDIUM));
    assertThat(decision.next().dose().target().min()).isEqualTo(12);
  }

  @Test
  void twoForTwoAddsTheBeginnersTenPercent() {
    profile = TraineeProfile.builder().equipment(Set.of(Equipment.MAT, Equipment.BENCH, Equipment.DUMBBELL)).build();
    Prescription thrust = Prescription.of("dumbbell-hip-thrust", Dose.builder().sets(3)
        .repetitions(io.glutewise.core.dose.TargetRange.of(8, 12)).load(Load.kilograms(20)).build());
    Decision decision = done(thrust, 1, 14, 14, 14).done(thrust, 1, 14, 14, 14).decide();
    assertThat(decision.rule()).isEqualTo(TwoForTwoRule.ID);
    // 10% of 20 kg is 22 kg; the next dumbbell of the typical set at or above it is 22.5 kg
    assertThat(decision.next().dose().load()).isEqualTo(Load.kilograms(22.5));
    assertThat(decision.reason()).contains("beat 12 reps by 2 or more on 2 sessions in a row; load up from 20 kg to 22.5 kg");
  }

  @Test
  void aWeightMovesToTheNextOfTheSetOnlyAfterTheTopOnTwoSessionsInARow() {
    profile = TraineeProfile.builder().equipment(Set.of(Equipment.MAT, Equipment.BENCH, Equipment.DUMBBELL)).build();
    Prescription thrust = Prescription.of("dumbbell-hip-thrust", Dose.builder().sets(3)
        .repetitions(io.glutewise.core.dose.TargetRange.of(8, 12)).load(Load.kilograms(20)).build());
    Decision once = done(thrust, 1, 12, 12, 12).decide();
    assertThat(once.kind()).isEqualTo(ChangeKind.HELD);
    assertThat(once.reason()).contains("one more session like this and the load goes up to 22.5 kg");
    Decision decision = done(thrust, 1, 12, 12, 12).decide();
    assertThat(decision.rule()).isEqualTo(DoubleProgressionRule.ID);
    assertThat(decision.next().dose().load()).isEqualTo(Load.kilograms(22.5));
  }

  @Test
  void holdsClimbFiveSecondsAtATime() {
    profile = TraineeProfile.builder().build();
    Prescription plank = Prescription.of("side-plank", Dose.builder().from(Dose.ofSeconds(3, 15, 30)).perSide(true).build());
    Decision decision = done(plank, 1, 20, 25, 22).decide();
    assertThat(decision.rule()).isEqualTo(HoldTimeRule.ID);
    assertThat(decision.next().dose().target().min()).isEqualTo(25);
    assertThat(decision.reason()).isEqualTo("progressed: every set reached at least 20 s; aim for 25-30 s next time");
  }

  @Test
  void aHarderRungNeedingEquipmentTheTraineeLacksIsNeverChosen() {
    Prescription clamshell = Prescription.of("clamshell", Dose.builder().sets(3)
        .repetitions(io.glutewise.core.dose.TargetRange.of(12, 15)).perSide(true).build());
    Decision decision = done(clamshell, 1, 15, 15, 15).done(clamshell, 1, 15, 15, 15).decide();
    assertThat(decision.next().exerciseId()).isEqualTo("clamshell");
    assertThat(decision.reason()).contains("as far as its ladder goes with your equipment");
  }
}
