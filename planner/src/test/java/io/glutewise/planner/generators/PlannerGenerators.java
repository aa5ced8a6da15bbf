package io.glutewise.planner.generators;

import static io.glutewise.core.generators.CoreGenerators.optionals;
import static io.glutewise.core.generators.CoreGenerators.painScores;
import static io.glutewise.core.generators.CoreGenerators.subsetsOf;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.glutewise.core.generators.ProgramGenerators;
import io.glutewise.core.generators.TraineeGenerators;
import io.glutewise.core.program.PlanOptions;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.trainee.Goal;
import io.glutewise.core.trainee.Limitation;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.core.trainee.WeakGluteSign;
import io.glutewise.core.exercise.Equipment;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for the planner's properties, built on core's shared generators: profiles that can be
 * planned for (no red flags, a few limitations at a time), plan options, and scripts of what a
 * trainee does session after session.
 */
public final class PlannerGenerators {
  private PlannerGenerators() {}

  /** Plan options from core's generators: 4 to 26 weeks, any model, date, seed and deload cadence. */
  public static Gen<PlanOptions> options() {
    return ProgramGenerators.planOptions();
  }

  /** Plan options for short programs (4 to 8 weeks), to keep sequences of logs quick. */
  public static Gen<PlanOptions> shortOptions() {
    return in -> PlanOptions.builder().from(options().generate(in)).weeks(integers().between(4, 8).generate(in)).build();
  }

  /**
   * Profiles without red flags, like core's, but with each limitation present about one time in
   * eight and a mat seven times in eight, so that most of them can be planned for while every
   * combination still turns up.
   */
  public static Gen<TraineeProfile> profiles() {
    Gen<Integer> eighth = integers().between(0, 7);
    // most people have a mat or a soft floor: seven times in eight
    Gen<Set<Equipment>> equipment = subsetsOf(Equipment.class).zip(eighth, (owned, draw) -> {
      if (draw == 7) {
        owned.remove(Equipment.MAT);
      } else {
        owned.add(Equipment.MAT);
      }
      return owned;
    });
    return in -> {
      Set<Limitation> limitations = EnumSet.noneOf(Limitation.class);
      for (Limitation limitation : Limitation.values()) {
        if (eighth.generate(in) == 7) {
          limitations.add(limitation);
        }
      }
      return TraineeProfile.builder()
          .level(TraineeGenerators.experienceLevels().generate(in))
          .equipment(equipment.generate(in))
          .daysPerWeek(integers().between(1, 6).generate(in))
          .minutesPerSession(integers().between(10, 120).generate(in))
          .currentPain(painScores().generate(in))
          .painLimit(integers().between(3, 8).generate(in))
          .goals(subsetsOf(Goal.class).generate(in))
          .limitations(limitations)
          .sittingHoursPerDay(optionals(integers().between(0, 24)).generate(in))
          .weakGluteSigns(subsetsOf(WeakGluteSign.class).generate(in))
          .build();
    };
  }

  /** Beginners, otherwise as {@link #profiles()}. */
  public static Gen<TraineeProfile> beginners() {
    return profiles().map(p -> TraineeProfile.builder().from(p).level(ExperienceLevel.BEGINNER).build());
  }

  /** What a trainee does with one session. */
  public enum Outcome {
    /** Every set at the top of the range, little pain. */
    GOOD,
    /** Every set two over the top, little pain. */
    OVER,
    /** Sets short of the range. */
    FAILED,
    /** Pain above the limit during one exercise. */
    PAINFUL,
    /** Every set good, but more pain the next morning. */
    WORSE_NEXT_MORNING,
    /** Only the first exercise done. */
    PARTIAL,
    /** With less load than prescribed. */
    LIGHTER,
    /** Not done. */
    MISSED
  }

  /** Any outcome. */
  public static Gen<Outcome> outcomes() {
    return Generate.enumValues(Outcome.class);
  }

  /** Scripts of 1 to 24 outcomes, session after session. */
  public static Gen<List<Outcome>> scripts() {
    return lists().of(outcomes()).ofSizeBetween(1, 24);
  }
}
