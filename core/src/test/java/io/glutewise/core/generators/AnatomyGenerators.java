package io.glutewise.core.generators;

import io.glutewise.core.anatomy.JointAction;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.anatomy.MuscleGroup;
import java.util.Arrays;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators for the anatomy: muscles, muscle groups and joint actions. */
public final class AnatomyGenerators {
  private AnatomyGenerators() {}

  /** Any of the muscles. */
  public static Gen<Muscle> muscles() {
    return Generate.enumValues(Muscle.class);
  }

  /** One of the three glutes. */
  public static Gen<Muscle> glutes() {
    return Generate.pick(Arrays.stream(Muscle.values()).filter(Muscle::isGlute).toList());
  }

  /** A muscle that is not a glute. */
  public static Gen<Muscle> nonGlutes() {
    return Generate.pick(Arrays.stream(Muscle.values()).filter(m -> !m.isGlute()).toList());
  }

  /** Any muscle group. */
  public static Gen<MuscleGroup> muscleGroups() {
    return Generate.enumValues(MuscleGroup.class);
  }

  /** Any joint action. */
  public static Gen<JointAction> jointActions() {
    return Generate.enumValues(JointAction.class);
  }
}
