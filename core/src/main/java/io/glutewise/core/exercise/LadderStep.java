package io.glutewise.core.exercise;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.InvalidValueException;
import io.glutewise.core.Slugs;
import org.immutables.value.Value;

/**
 * One rung of a progression ladder: from an easier exercise to a harder one, with the criterion
 * that earns the climb. Ids are exercise slugs. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLadderStep.class)
@JsonDeserialize(as = ImmutableLadderStep.class)
public abstract class LadderStep {
  /** The easier exercise's id. */
  public abstract String from();

  /** The harder exercise's id. */
  public abstract String to();

  /** What earns the climb. */
  public abstract ProgressionCriterion criterion();

  /** A step from one exercise to another. */
  public static LadderStep of(String from, String to, ProgressionCriterion criterion) {
    return ImmutableLadderStep.builder().from(from).to(to).criterion(criterion).build();
  }

  @Value.Check
  protected void check() {
    Slugs.require("from", from());
    Slugs.require("to", to());
    if (from().equals(to())) {
      throw new InvalidValueException("to", to(), "must differ from from");
    }
  }
}
