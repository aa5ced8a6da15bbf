package io.glutewise.planner;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.InvalidValueException;
import io.glutewise.core.program.Program;
import io.glutewise.planner.screening.Referral;
import io.glutewise.planner.screening.ScreeningResult;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of planning: a program, or a referral to a clinician when screening found a red flag;
 * exactly one of the two, never a program with a warning. The screening is always there.
 * Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePlanResult.class)
@JsonDeserialize(as = ImmutablePlanResult.class)
public abstract class PlanResult {
  /** What screening found. */
  public abstract ScreeningResult screening();

  /** The program, present exactly when there is no referral. */
  public abstract Optional<Program> program();

  /** The referral, present exactly when screening found a red flag. */
  public abstract Optional<Referral> referral();

  /** Whether this is a referral rather than a program. */
  @JsonIgnore
  public boolean isReferral() {
    return referral().isPresent();
  }

  /** A program, with the screening that cleared it. */
  public static PlanResult ofProgram(ScreeningResult screening, Program program) {
    return ImmutablePlanResult.builder().screening(screening).program(program).build();
  }

  /** A referral, from a screening that found a red flag. */
  public static PlanResult ofReferral(ScreeningResult screening) {
    return ImmutablePlanResult.builder()
        .screening(screening)
        .referral(screening.referral().orElseThrow(
            () -> new InvalidValueException("screening.referral", "absent", "is required for a referral result")))
        .build();
  }

  @Value.Check
  protected void check() {
    if (program().isPresent() == referral().isPresent()) {
      throw new InvalidValueException(
          "program", program().isPresent() ? "present" : "absent",
          "and referral: exactly one must be given");
    }
    if (!referral().equals(screening().referral())) {
      throw new InvalidValueException("referral", referral(), "must be the screening's referral");
    }
  }
}
