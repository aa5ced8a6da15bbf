package io.glutewise.planner.screening;

import static io.glutewise.core.generators.Theories.theory;
import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.core.generators.CoreGenerators;
import io.glutewise.core.generators.TraineeGenerators;
import io.glutewise.core.trainee.ClinicianClearance;
import io.glutewise.core.trainee.RedFlag;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.Planner;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A red flag always gives a referral unless a clinician's clearance of that flag is recorded: a
 * clearance opens the plan for exactly the flags it names.
 */
class ClearanceProperties {
  private static final Planner PLANNER = Planner.standard();

  @Test
  void aReferralExactlyWhenAReportedFlagIsNotCleared() {
    theory().forAll(TraineeGenerators.profilesWithRedFlags(), CoreGenerators.subsetsOf(RedFlag.class))
        .checkAssert((profile, clearedSet) -> {
          TraineeProfile cleared = clearedSet.isEmpty() ? profile : TraineeProfile.builder().from(profile)
              .clearance(ClinicianClearance.builder().flags(clearedSet).clinician("Dr A. Jones")
                  .date(LocalDate.of(2025, 5, 20)).build())
              .build();
          Set<RedFlag> open = EnumSet.copyOf(profile.redFlags());
          open.removeAll(clearedSet);
          ScreeningResult result = PLANNER.screen(cleared);
          assertThat(result.isReferral()).isEqualTo(!open.isEmpty());
          assertThat(result.redFlags()).containsExactlyInAnyOrderElementsOf(open);
          assertThat(result.referral().map(Referral::flags).orElse(java.util.List.of()))
              .containsExactlyInAnyOrderElementsOf(open);
          Set<RedFlag> expectedCleared = EnumSet.copyOf(profile.redFlags());
          expectedCleared.retainAll(clearedSet);
          assertThat(result.clearedFlags()).containsExactlyInAnyOrderElementsOf(expectedCleared);
        });
  }
}
