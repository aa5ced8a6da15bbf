package io.glutewise.core.generators;

import io.glutewise.core.anatomy.JointAction;
import io.glutewise.core.anatomy.Muscle;
import io.glutewise.core.anatomy.MuscleGroup;
import io.glutewise.core.dose.BandStrength;
import io.glutewise.core.dose.LoadKind;
import io.glutewise.core.exercise.ActivationRole;
import io.glutewise.core.exercise.DoseKind;
import io.glutewise.core.exercise.EmgMeasure;
import io.glutewise.core.exercise.Equipment;
import io.glutewise.core.exercise.Laterality;
import io.glutewise.core.exercise.LowerBackLoad;
import io.glutewise.core.exercise.MovementPattern;
import io.glutewise.core.log.SessionStatus;
import io.glutewise.core.program.PeriodizationModel;
import io.glutewise.core.program.PhaseKind;
import io.glutewise.core.program.SessionPart;
import io.glutewise.core.trainee.ExperienceLevel;
import io.glutewise.core.trainee.Goal;
import io.glutewise.core.trainee.Limitation;
import io.glutewise.core.trainee.RedFlag;
import io.glutewise.core.trainee.WeakGluteSign;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * One enum of the glutewise vocabulary with its id and its lookup by id, so that a test can state
 * one rule for every enum at once ({@link #all()}). The enums share no interface, so the two
 * functions are given here.
 *
 * @param <E> the enum type
 */
public final class VocabularyEnum<E extends Enum<E>> {
  private final Class<E> type;
  private final Function<E, String> id;
  private final Function<String, E> fromId;
  private final String what;

  private VocabularyEnum(
      Class<E> type, Function<E, String> id, Function<String, E> fromId, String what) {
    this.type = Objects.requireNonNull(type, "type");
    this.id = Objects.requireNonNull(id, "id");
    this.fromId = Objects.requireNonNull(fromId, "fromId");
    this.what = Objects.requireNonNull(what, "what");
  }

  /**
   * An enum with its id, its lookup, and the name its lookup uses as the field of an
   * {@link io.glutewise.core.InvalidValueException} for an unknown id.
   */
  public static <E extends Enum<E>> VocabularyEnum<E> of(
      Class<E> type, Function<E, String> id, Function<String, E> fromId, String what) {
    return new VocabularyEnum<>(type, id, fromId, what);
  }

  /** Every enum of core, in package order. */
  public static List<VocabularyEnum<?>> all() {
    return List.of(
        of(JointAction.class, JointAction::id, JointAction::fromId, "joint action"),
        of(Muscle.class, Muscle::id, Muscle::fromId, "muscle"),
        of(MuscleGroup.class, MuscleGroup::id, MuscleGroup::fromId, "muscle group"),
        of(BandStrength.class, BandStrength::id, BandStrength::fromId, "band strength"),
        of(LoadKind.class, LoadKind::id, LoadKind::fromId, "load kind"),
        of(ActivationRole.class, ActivationRole::id, ActivationRole::fromId, "activation role"),
        of(DoseKind.class, DoseKind::id, DoseKind::fromId, "dose kind"),
        of(EmgMeasure.class, EmgMeasure::id, EmgMeasure::fromId, "EMG measure"),
        of(Equipment.class, Equipment::id, Equipment::fromId, "equipment"),
        of(Laterality.class, Laterality::id, Laterality::fromId, "laterality"),
        of(LowerBackLoad.class, LowerBackLoad::id, LowerBackLoad::fromId, "lower-back load"),
        of(MovementPattern.class, MovementPattern::id, MovementPattern::fromId,
            "movement pattern"),
        of(SessionStatus.class, SessionStatus::id, SessionStatus::fromId, "session status"),
        of(PeriodizationModel.class, PeriodizationModel::id, PeriodizationModel::fromId,
            "periodization model"),
        of(PhaseKind.class, PhaseKind::id, PhaseKind::fromId, "phase kind"),
        of(SessionPart.class, SessionPart::id, SessionPart::fromId, "session part"),
        of(ExperienceLevel.class, ExperienceLevel::id, ExperienceLevel::fromId,
            "experience level"),
        of(Goal.class, Goal::id, Goal::fromId, "goal"),
        of(Limitation.class, Limitation::id, Limitation::fromId, "limitation"),
        of(RedFlag.class, RedFlag::id, RedFlag::fromId, "red flag"),
        of(WeakGluteSign.class, WeakGluteSign::id, WeakGluteSign::fromId, "weak-glute sign"));
  }

  /** The enum type. */
  public Class<E> type() {
    return type;
  }

  /** The id of a constant. */
  public String id(E constant) {
    return id.apply(constant);
  }

  /** The constant for an id; throws as the enum's own {@code fromId} does. */
  public E fromId(String text) {
    return fromId.apply(text);
  }

  /** The name the lookup gives as the field of its exception for an unknown id. */
  public String what() {
    return what;
  }

  /** The ids of every constant, in declaration order. */
  public List<String> ids() {
    return List.of(type.getEnumConstants()).stream().map(id).toList();
  }

  /** Any constant. */
  public Gen<E> values() {
    return Generate.enumValues(type);
  }

  @Override
  public String toString() {
    return type.getSimpleName();
  }
}
