package io.glutewise.planner.screening;

import static org.assertj.core.api.Assertions.assertThat;

import io.glutewise.catalog.guidance.RedFlagQuestion;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.program.Prescription;
import io.glutewise.core.trainee.Limitation;
import io.glutewise.core.trainee.RedFlag;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.planner.PlanResult;
import io.glutewise.planner.Planner;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * Osteoporosis alone is a limitation the plan works around; only a fall or minor trauma with
 * osteoporosis or long-term steroid use is a red flag (evidence.md sections 4 and 8).
 */
class OsteoporosisIsALimitationTest {
  private static final Planner PLANNER = Planner.standard();
  private static final PlanOptions OPTIONS = PlanOptions.startingOn(LocalDate.of(2027, 1, 4));

  private static RedFlagQuestion question(RedFlag flag) {
    return PLANNER.catalog().guidance().orElseThrow().redFlagQuestions().stream()
        .filter(q -> q.flag() == flag).findFirst().orElseThrow();
  }

  @Test
  void osteoporosisAlonePlansAProgramWithNoLoadedSpinalFlexion() {
    TraineeProfile profile = TraineeProfile.builder().limitations(EnumSet.of(Limitation.OSTEOPOROSIS)).build();
    PlanResult result = PLANNER.plan(profile, OPTIONS);
    assertThat(result.isReferral()).isFalse();
    assertThat(result.program().orElseThrow().sessions()).flatMap(s -> s.all())
        .extracting(Prescription::exerciseId)
        .allSatisfy(id -> assertThat(PLANNER.catalog().get(id).demands().spinalFlexionOrTwist()).as(id).isFalse());
  }

  @Test
  void theRedFlagIsAFallOrMinorTraumaWithOsteoporosisOrSteroids() {
    assertThat(RedFlag.STEROIDS_OSTEOPOROSIS.plainWords())
        .isEqualTo("a fall or minor trauma with osteoporosis or long-term steroid use");
    String asked = question(RedFlag.STEROIDS_OSTEOPOROSIS).question();
    assertThat(asked).contains("did the pain begin after a fall, or even a minor knock")
        .contains("osteoporosis").contains("steroid").contains("on their own are no reason to answer yes");
    assertThat(question(RedFlag.TRAUMA).question()).contains("serious fall").doesNotContain("osteoporosis");

    TraineeProfile fell = TraineeProfile.builder().limitations(EnumSet.of(Limitation.OSTEOPOROSIS))
        .redFlags(EnumSet.of(RedFlag.STEROIDS_OSTEOPOROSIS)).build();
    PlanResult referral = PLANNER.plan(fell, OPTIONS);
    assertThat(referral.isReferral()).isTrue();
    assertThat(referral.referral().orElseThrow().message()).contains("a fall or minor trauma with osteoporosis");
  }
}
