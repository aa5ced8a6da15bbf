package io.glutewise.core.program;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.InvalidValueException;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A periodized program: phases of weeks of sessions, and what it was built from.
 *
 * <p>Weeks are numbered 1..n across phases without gaps. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProgram.class)
@JsonDeserialize(as = ImmutableProgram.class)
public abstract class Program {
  /** What the program was built from. */
  public abstract BuiltFrom builtFrom();

  /** The phases, in order; never empty. */
  public abstract List<Phase> phases();

  /**
   * Notes a person should read with the plan, in plain words: where the minutes cannot hold a
   * phase's minimum dose, where an input changes nothing because the catalog has nothing to change,
   * and warnings about the schedule or the pain. Empty when there is nothing to say.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<String> notes();

  /**
   * A short routine for every day, training days and rest days alike (mobility for the posture goal,
   * a desk routine for long sitting); empty when the profile asks for none.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Prescription> dailyRoutine();

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every week across the phases, in order. */
  @JsonIgnore
  @Value.Lazy
  public List<Week> weeks() {
    return phases().stream().flatMap(p -> p.weeks().stream()).toList();
  }

  /** Every session across the weeks, in order. */
  @JsonIgnore
  @Value.Lazy
  public List<Session> sessions() {
    return weeks().stream().flatMap(w -> w.sessions().stream()).toList();
  }

  /** The session with the given id, such as {@code w03-s2}. */
  public Optional<Session> session(String id) {
    return sessions().stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The phase a week belongs to. */
  public Phase phaseOf(int weekNumber) {
    return phases().stream()
        .filter(p -> p.weeks().stream().anyMatch(w -> w.number() == weekNumber))
        .findFirst()
        .orElseThrow(() -> new InvalidValueException("week", weekNumber, "is not in this program"));
  }

  /** Builds a {@link Program}. */
  public static final class Builder extends ImmutableProgram.Builder {}

  @Value.Check
  protected void check() {
    if (phases().isEmpty()) {
      throw new InvalidValueException("phases", "[]", "must not be empty");
    }
    int expected = 1;
    for (int p = 0; p < phases().size(); p++) {
      List<Week> weeks = phases().get(p).weeks();
      for (int w = 0; w < weeks.size(); w++) {
        int number = weeks.get(w).number();
        if (number != expected) {
          throw new InvalidValueException(
              "phases[" + p + "].weeks[" + w + "].number", number,
              "must be " + expected + " (weeks run 1..n in order)");
        }
        expected++;
      }
    }
  }
}
