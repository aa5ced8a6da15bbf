package io.glutewise.core.generators;

import static io.glutewise.core.generators.CoreGenerators.nonEmptySubsetsOf;
import static io.glutewise.core.generators.CoreGenerators.optionals;
import static io.glutewise.core.generators.CoreGenerators.painScores;
import static io.glutewise.core.generators.CoreGenerators.subsetsOf;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.trainee.Goal;
import io.glutewise.core.trainee.Limitation;
import io.glutewise.core.trainee.RedFlag;
import io.glutewise.core.trainee.TraineeProfile;
import io.glutewise.core.trainee.WeakGluteSign;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for trainees: the trainee enums and whole profiles, with and without red flags.
 * Every profile is valid.
 */
public final class TraineeGenerators {
  private TraineeGenerators() {}

  /** Any experience level. */
  public static Gen<ExperienceLevel> experienceLevels() {
    return Generate.enumValues(ExperienceLevel.class);
  }

  /** Any goal. */
  public static Gen<Goal> goals() {
    return Generate.enumValues(Goal.class);
  }

  /** Any limitation. */
  public static Gen<Limitation> limitations() {
    return Generate.enumValues(Limitation.class);
  }

  /** Any red flag. */
  public static Gen<RedFlag> redFlags() {
    return Generate.enumValues(RedFlag.class);
  }

  /** Any weak-glute sign. */
  public static Gen<WeakGluteSign> weakGluteSigns() {
    return Generate.enumValues(WeakGluteSign.class);
  }

  /** Equipment a trainee may own: any subset, {@link Equipment#NONE} included or not. */
  public static Gen<Set<Equipment>> ownedEquipment() {
    return subsetsOf(Equipment.class);
  }

  /** Any valid profile; about one in four has at least one red flag. */
  public static Gen<TraineeProfile> profiles() {
    return profilesWithoutRedFlags().mix(profilesWithRedFlags(), 25);
  }

  /** Valid profiles that answered no to every red-flag question: the ones that get a program. */
  public static Gen<TraineeProfile> profilesWithoutRedFlags() {
    return profilesWith(Generate.constant(Set::of));
  }

  /** Valid profiles with at least one red flag: the ones that must get a referral. */
  public static Gen<TraineeProfile> profilesWithRedFlags() {
    return profilesWith(nonEmptySubsetsOf(RedFlag.class));
  }

  private static Gen<TraineeProfile> profilesWith(Gen<Set<RedFlag>> redFlags) {
    return in ->
        TraineeProfile.builder()
            .level(experienceLevels().generate(in))
            .equipment(ownedEquipment().generate(in))
            .daysPerWeek(integers().between(1, 6).generate(in))
            .minutesPerSession(integers().between(10, 120).generate(in))
            .currentPain(painScores().generate(in))
            .painLimit(painScores().generate(in))
            .goals(subsetsOf(Goal.class).generate(in))
            .limitations(subsetsOf(Limitation.class).generate(in))
            .sittingHoursPerDay(optionals(integers().between(0, 24)).generate(in))
            .redFlags(redFlags.generate(in))
            .weakGluteSigns(subsetsOf(WeakGluteSign.class).generate(in))
            .dumbbellsKg(weightSets().generate(in))
            .kettlebellsKg(weightSets().generate(in))
            .build();
  }

  /**
   * The weights a trainee may own: mostly none stated (the planner's typical set), otherwise up to
   * six weights in half-kilogram steps up to the 100 kg the profile allows.
   */
  public static Gen<List<Double>> weightSets() {
    Gen<List<Double>> stated =
        lists().of(integers().between(1, 200).map(halfKilos -> halfKilos / 2.0))
            .ofSizeBetween(1, 6);
    return Generate.constant(List::<Double>of).mix(stated, 40);
  }
}
