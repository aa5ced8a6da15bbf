package io.glutewise.planner.screening;

import static io.glutewise.core.generators.Theories.theory;

import io.glutewise.core.generators.ProgramGenerators;
import io.glutewise.core.generators.TraineeGenerators;
import io.glutewise.planner.NoSuitableExerciseException;
import io.glutewise.planner.PlanResult;
import io.glutewise.planner.Planner;
import org.junit.jupiter.api.Test;

/** Screening over any profile from core's generators, about a quarter of them with red flags. */
class ScreeningProperties {
  private static final Planner PLANNER = Planner.standard();

  @Test
  void aReferralExactlyWhenARedFlagWasReported() {
    theory().forAll(TraineeGenerators.profiles()).check(profile -> {
      ScreeningResult result = PLANNER.screen(profile);
      return result.isReferral() == !profile.redFlags().isEmpty()
          && result.redFlags().size() == profile.redFlags().size()
          && result.referral().map(r -> r.flags().containsAll(profile.redFlags())).orElse(true);
    });
  }

  @Test
  void aProfileWithARedFlagNeverGetsAProgram() {
    theory().forAll(TraineeGenerators.profilesWithRedFlags(), ProgramGenerators.planOptions()).check((profile, options) -> {
      PlanResult result = PLANNER.plan(profile, options);
      return result.isReferral() && result.program().isEmpty() && result.referral().isPresent();
    });
  }

  @Test
  void aProfileWithoutRedFlagsGetsAProgramOrAClearRefusalNeverAReferral() {
    theory().forAll(TraineeGenerators.profilesWithoutRedFlags(), ProgramGenerators.planOptions()).check((profile, options) -> {
      try {
        PlanResult result = PLANNER.plan(profile, options);
        return !result.isReferral() && result.program().isPresent();
      } catch (NoSuitableExerciseException e) {
        return e.getMessage().contains(e.slot());
      }
    });
  }

  @Test
  void theWeakGluteScoreCountsTheSignsAndItsBandFollows() {
    theory().forAll(TraineeGenerators.profiles()).check(profile -> {
      WeakGluteScore score = PLANNER.screen(profile).weakGlutes();
      return score.score() == profile.weakGluteSigns().size()
          && score.band() == WeakGluteBand.of(score.score())
          && score.emphasis().startsWith(score.score() + " of the " + score.outOf());
    });
  }
}
