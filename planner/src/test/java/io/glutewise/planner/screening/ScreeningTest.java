package io.glutewise.planner.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.PhaseKind;
import io.glutewise.core.trainee.RedFlag;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.core.trainee.WeakGluteSign;
import io.glutewise.planner.Fixtures;
import io.glutewise.planner.PlanResult;
import io.glutewise.planner.Planner;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScreeningTest {
  private final Planner planner = Fixtures.planner();

  @Test
  void noRedFlagMeansNoReferral() {
    ScreeningResult result = planner.screen(TraineeProfile.defaults());
    assertThat(result.isReferral()).isFalse();
    assertThat(result.redFlags()).isEmpty();
    assertThat(result.referral()).isEmpty();
  }

  @Test
  void anyRedFlagIsAReferralThatNamesItInPlainWords() {
    for (RedFlag flag : RedFlag.values()) {
      ScreeningResult result = planner.screen(TraineeProfile.builder().addRedFlags(flag).build());
      assertThat(result.isReferral()).as(flag.id()).isTrue();
      Referral referral = result.referral().orElseThrow();
      assertThat(referral.flags()).containsExactly(flag);
      assertThat(referral.message()).contains(flag.plainWords()).contains("doctor or physiotherapist");
    }
  }

  @Test
  void bladderOrSaddleSymptomsAskForHelpToday() {
    Referral urgent = planner.screen(TraineeProfile.builder().addRedFlags(RedFlag.SADDLE_NUMBNESS).build())
        .referral().orElseThrow();
    Referral soon = planner.screen(TraineeProfile.builder().addRedFlags(RedFlag.NIGHT_PAIN).build())
        .referral().orElseThrow();
    assertThat(urgent.message()).contains("today");
    assertThat(soon.message()).doesNotContain("today");
  }

  @Test
  void flagsAreListedInTheirOwnOrderWhateverTheInputOrder() {
    ScreeningResult result = planner.screen(TraineeProfile.builder()
        .redFlags(Set.of(RedFlag.STEROIDS_OSTEOPOROSIS, RedFlag.FEVER, RedFlag.BLADDER_BOWEL)).build());
    assertThat(result.redFlags()).containsExactly(RedFlag.BLADDER_BOWEL, RedFlag.FEVER, RedFlag.STEROIDS_OSTEOPOROSIS);
  }

  @Test
  void aRedFlagPlansAReferralAndNoProgram() {
    PlanResult result = planner.plan(TraineeProfile.builder().addRedFlags(RedFlag.WEAKNESS).build(),
        PlanOptions.startingOn(Fixtures.MONDAY));
    assertThat(result.isReferral()).isTrue();
    assertThat(result.program()).isEmpty();
    assertThat(result.referral()).isEqualTo(result.screening().referral());
  }

  @Test
  void theWeakGluteChecklistIsScoredAndExplained() {
    WeakGluteScore none = planner.screen(TraineeProfile.defaults()).weakGlutes();
    assertThat(none.score()).isZero();
    assertThat(none.outOf()).isEqualTo(WeakGluteSign.values().length);
    assertThat(none.band()).isEqualTo(WeakGluteBand.FEW);

    WeakGluteScore some = planner.screen(TraineeProfile.builder().weakGluteSigns(EnumSet.of(
        WeakGluteSign.SITS_MOST_OF_DAY, WeakGluteSign.GLUTES_NOT_FELT, WeakGluteSign.POOR_POSTURE)).build()).weakGlutes();
    assertThat(some.score()).isEqualTo(3);
    assertThat(some.signs()).containsExactly(WeakGluteSign.GLUTES_NOT_FELT, WeakGluteSign.POOR_POSTURE, WeakGluteSign.SITS_MOST_OF_DAY);
    assertThat(some.band()).isEqualTo(WeakGluteBand.SOME);
    assertThat(some.emphasis()).startsWith("3 of the 9 signs").contains("squeeze");

    WeakGluteScore many = planner.screen(TraineeProfile.builder()
        .weakGluteSigns(EnumSet.allOf(WeakGluteSign.class)).build()).weakGlutes();
    assertThat(many.band()).isEqualTo(WeakGluteBand.MANY);
    assertThat(many.emphasis()).contains("longer on activation");
  }

  @Test
  void manySignsLengthenTheActivationPhase() {
    PlanOptions options = PlanOptions.startingOn(Fixtures.MONDAY);
    int usual = activationWeeks(planner.plan(TraineeProfile.defaults(), options));
    int many = activationWeeks(planner.plan(
        TraineeProfile.builder().weakGluteSigns(EnumSet.allOf(WeakGluteSign.class)).build(), options));
    assertThat(usual).isEqualTo(2);
    // graded: a sixth more with 6-9 signs (a twelfth more with 3-5)
    assertThat(many).isEqualTo(4);
  }

  private static int activationWeeks(PlanResult result) {
    return result.program().orElseThrow().phases().stream()
        .filter(p -> p.kind() == PhaseKind.ACTIVATION).mapToInt(p -> p.weeks().size()).sum();
  }
}
