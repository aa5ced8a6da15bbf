package io.glutewise.core.trainee;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.glutewise.core.Checks;
import io.glutewise.core.exercise.Equipment;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A trainee: experience, equipment at hand, schedule, pain, goals, limitations, sitting time, the
 * answers to the red-flag questions and the weak-glute checklist.
 *
 * <p>Every field has a sensible default, so an empty JSON object is a beginner with no equipment
 * training three times a week for 30 minutes. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTraineeProfile.class)
@JsonDeserialize(as = ImmutableTraineeProfile.class)
public abstract class TraineeProfile {
  /** Experience with strength training; beginner by default. */
  @Value.Default
  public ExperienceLevel level() {
    return ExperienceLevel.BEGINNER;
  }

  /** The equipment at hand; a mat (or any soft floor) by default. */
  @Value.Default
  public Set<Equipment> equipment() {
    return EnumSet.of(Equipment.MAT);
  }

  /** Training days per week, 1 to 6; 3 by default. */
  @Value.Default
  public int daysPerWeek() {
    return 3;
  }

  /** Minutes available per session, 10 to 120; 30 by default. */
  @Value.Default
  public int minutesPerSession() {
    return 30;
  }

  /** Back pain right now on the 0-10 scale; 0 by default. */
  @Value.Default
  public int currentPain() {
    return 0;
  }

  /** The highest pain during exercise that is acceptable, 0 to 10; 5 by default. */
  @Value.Default
  public int painLimit() {
    return 5;
  }

  /** What the trainee wants; pain relief by default. */
  @Value.Default
  public Set<Goal> goals() {
    return EnumSet.of(Goal.PAIN_RELIEF);
  }

  /** Physical limitations that rule exercises out. */
  public abstract Set<Limitation> limitations();

  /** Hours spent sitting on a typical day, 0 to 24, where known. */
  public abstract Optional<Integer> sittingHoursPerDay();

  /** The red-flag questions answered yes. Any one of them means a referral, not a program. */
  public abstract Set<RedFlag> redFlags();

  /**
   * A clinician's clearance of named red flags, where one was recorded: those flags then no longer
   * stop a program, and every output says that it follows the clearance.
   */
  public abstract Optional<ClinicianClearance> clearance();

  /** The weak-glute checklist items that apply. */
  public abstract Set<WeakGluteSign> weakGluteSigns();

  /**
   * The dumbbell weights at hand in kilograms, such as {@code [2, 4, 6, 8, 10, 12.5]}; empty (the
   * default) means a typical set, which the planner states. Each weight is above 0 and at most 100.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Double> dumbbellsKg();

  /**
   * The kettlebell weights at hand in kilograms; empty (the default) means a typical set, which the
   * planner states. Each weight is above 0 and at most 100.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Double> kettlebellsKg();

  /** A fresh builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A beginner with the defaults. */
  public static TraineeProfile defaults() {
    return builder().build();
  }

  /** Whether the trainee owns the equipment; {@link Equipment#NONE} is always available. */
  public boolean has(Equipment item) {
    return item == Equipment.NONE || equipment().contains(item);
  }

  /** The fewest training days a week a profile may have. */
  public static final int MIN_DAYS_PER_WEEK = 1;

  /** The most training days a week a profile may have. */
  public static final int MAX_DAYS_PER_WEEK = 6;

  /** The shortest session, in minutes. */
  public static final int MIN_MINUTES_PER_SESSION = 10;

  /** The longest session, in minutes. */
  public static final int MAX_MINUTES_PER_SESSION = 120;

  /** The most hours of sitting a day. */
  public static final int MAX_SITTING_HOURS = 24;

  /** Builds a {@link TraineeProfile}; every range is checked on {@code build()}. */
  public static final class Builder extends ImmutableTraineeProfile.Builder {}

  @Value.Check
  protected void check() {
    Checks.inRange("daysPerWeek", daysPerWeek(), MIN_DAYS_PER_WEEK, MAX_DAYS_PER_WEEK);
    Checks.inRange("minutesPerSession", minutesPerSession(), MIN_MINUTES_PER_SESSION, MAX_MINUTES_PER_SESSION);
    Checks.pain("currentPain", currentPain());
    Checks.pain("painLimit", painLimit());
    sittingHoursPerDay().ifPresent(h -> Checks.inRange("sittingHoursPerDay", h, 0, MAX_SITTING_HOURS));
    for (int i = 0; i < dumbbellsKg().size(); i++) {
      Checks.inRange("dumbbellsKg[" + i + "]", dumbbellsKg().get(i), 0.1, 100);
    }
    for (int i = 0; i < kettlebellsKg().size(); i++) {
      Checks.inRange("kettlebellsKg[" + i + "]", kettlebellsKg().get(i), 0.1, 100);
    }
  }
}
