package io.glutewise.planner.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.Checks;
import io.glutewise.core.InvalidValueException;
import io.glutewise.core.program.Prescription;
import io.glutewise.planner.adapt.ChangeKind;
import org.immutables.value.Value;

/**
 * What a rule decided: the kind of change, the prescription for the next time this place comes
 * round, the rule's id, and a reason a person can read that starts with the kind, such as {@code
 * "held: pain the next morning rose from 2 to 4"}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDecision.class)
@JsonDeserialize(as = ImmutableDecision.class)
public abstract class Decision {
  /** The kind of change. */
  public abstract ChangeKind kind();

  /** The prescription for the next time, before the plan's own changes (such as a deload). */
  public abstract Prescription next();

  /** The id of the rule that decided. */
  public abstract String rule();

  /** Why, starting with the kind: {@code "progressed: ..."}. */
  public abstract String reason();

  /** A decision; the reason is prefixed with the kind, as in {@code "held: " + why}. */
  public static Decision of(String rule, ChangeKind kind, Prescription next, String why) {
    return ImmutableDecision.builder()
        .rule(rule)
        .kind(kind)
        .next(next)
        .reason(kind.id() + ": " + why)
        .build();
  }

  /** Moves on. */
  public static Decision progressed(String rule, Prescription next, String why) {
    return of(rule, ChangeKind.PROGRESSED, next, why);
  }

  /** Keeps the prescription as it was. */
  public static Decision held(String rule, Prescription same, String why) {
    return of(rule, ChangeKind.HELD, same, why);
  }

  /** Makes it easier. */
  public static Decision regressed(String rule, Prescription next, String why) {
    return of(rule, ChangeKind.REGRESSED, next, why);
  }

  @Value.Check
  protected void check() {
    Checks.notBlank("reason", reason());
    if (!reason().startsWith(kind().id() + ": ")) {
      throw new InvalidValueException("reason", reason(), "must start with \"" + kind().id() + ": \"");
    }
  }
}
