package io.glutewise.cli.command;

import io.glutewise.core.InvalidValueException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the vocabulary's slug ids on the command line ({@code --equipment band,mat},
 * {@code --red-flag leg-numbness}) and offers them to {@code --help} and shell completion.
 *
 * <p>Each option names its converter and candidates explicitly, so a plain
 * {@code new CommandLine(new GlutewiseCommand())} reads ids exactly like the shipped launcher.
 */
public final class Vocabulary {
  private Vocabulary() {}

  /** Turns a slug into a constant, and a rejected slug into a one-line picocli message. */
  abstract static class SlugConverter<E> implements ITypeConverter<E> {
    private final Function<String, E> parse;

    SlugConverter(Function<String, E> parse) {
      this.parse = parse;
    }

    @Override
    public E convert(String value) {
      try {
        return parse.apply(value.trim());
      } catch (InvalidValueException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** The ids of an enum's constants, in declaration order. */
  abstract static class SlugCandidates<E extends Enum<E>> implements Iterable<String> {
    private final E[] constants;
    private final Function<E, String> id;

    SlugCandidates(E[] constants, Function<E, String> id) {
      this.constants = constants;
      this.id = id;
    }

    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(constants).map(id).iterator();
    }
  }

  /** Reads a {@link io.glutewise.core.exercise.Equipment} id. */
  public static final class EquipmentConverter extends SlugConverter<io.glutewise.core.exercise.Equipment> {
    /** Creates the converter. */
    public EquipmentConverter() {
      super(io.glutewise.core.exercise.Equipment::fromId);
    }
  }

  /** The {@link io.glutewise.core.exercise.Equipment} ids, for help and completion. */
  public static final class EquipmentIds extends SlugCandidates<io.glutewise.core.exercise.Equipment> {
    /** Creates the candidates. */
    public EquipmentIds() {
      super(io.glutewise.core.exercise.Equipment.values(), io.glutewise.core.exercise.Equipment::id);
    }
  }

  /** Reads a {@link io.glutewise.core.trainee.Limitation} id. */
  public static final class LimitationConverter extends SlugConverter<io.glutewise.core.trainee.Limitation> {
    /** Creates the converter. */
    public LimitationConverter() {
      super(io.glutewise.core.trainee.Limitation::fromId);
    }
  }

  /** The {@link io.glutewise.core.trainee.Limitation} ids, for help and completion. */
  public static final class LimitationIds extends SlugCandidates<io.glutewise.core.trainee.Limitation> {
    /** Creates the candidates. */
    public LimitationIds() {
      super(io.glutewise.core.trainee.Limitation.values(), io.glutewise.core.trainee.Limitation::id);
    }
  }

  /** Reads a {@link io.glutewise.core.trainee.RedFlag} id. */
  public static final class RedFlagConverter extends SlugConverter<io.glutewise.core.trainee.RedFlag> {
    /** Creates the converter. */
    public RedFlagConverter() {
      super(io.glutewise.core.trainee.RedFlag::fromId);
    }
  }

  /** The {@link io.glutewise.core.trainee.RedFlag} ids, for help and completion. */
  public static final class RedFlagIds extends SlugCandidates<io.glutewise.core.trainee.RedFlag> {
    /** Creates the candidates. */
    public RedFlagIds() {
      super(io.glutewise.core.trainee.RedFlag.values(), io.glutewise.core.trainee.RedFlag::id);
    }
  }

  /** Reads a {@link io.glutewise.core.trainee.WeakGluteSign} id. */
  public static final class WeakGluteSignConverter extends SlugConverter<io.glutewise.core.trainee.WeakGluteSign> {
    /** Creates the converter. */
    public WeakGluteSignConverter() {
      super(io.glutewise.core.trainee.WeakGluteSign::fromId);
    }
  }

  /** The {@link io.glutewise.core.trainee.WeakGluteSign} ids, for help and completion. */
  public static final class WeakGluteSignIds extends SlugCandidates<io.glutewise.core.trainee.WeakGluteSign> {
    /** Creates the candidates. */
    public WeakGluteSignIds() {
      super(io.glutewise.core.trainee.WeakGluteSign.values(), io.glutewise.core.trainee.WeakGluteSign::id);
    }
  }

  /** Reads a {@link io.glutewise.core.trainee.Goal} id. */
  public static final class GoalConverter extends SlugConverter<io.glutewise.core.trainee.Goal> {
    /** Creates the converter. */
    public GoalConverter() {
      super(io.glutewise.core.trainee.Goal::fromId);
    }
  }

  /** The {@link io.glutewise.core.trainee.Goal} ids, for help and completion. */
  public static final class GoalIds extends SlugCandidates<io.glutewise.core.trainee.Goal> {
    /** Creates the candidates. */
    public GoalIds() {
      super(io.glutewise.core.trainee.Goal.values(), io.glutewise.core.trainee.Goal::id);
    }
  }

  /** Reads a {@link io.glutewise.core.trainee.ExperienceLevel} id. */
  public static final class ExperienceLevelConverter extends SlugConverter<io.glutewise.core.trainee.ExperienceLevel> {
    /** Creates the converter. */
    public ExperienceLevelConverter() {
      super(io.glutewise.core.trainee.ExperienceLevel::fromId);
    }
  }

  /** The {@link io.glutewise.core.trainee.ExperienceLevel} ids, for help and completion. */
  public static final class ExperienceLevelIds extends SlugCandidates<io.glutewise.core.trainee.ExperienceLevel> {
    /** Creates the candidates. */
    public ExperienceLevelIds() {
      super(io.glutewise.core.trainee.ExperienceLevel.values(), io.glutewise.core.trainee.ExperienceLevel::id);
    }
  }

  /** Reads a {@link io.glutewise.core.program.PeriodizationModel} id. */
  public static final class PeriodizationModelConverter extends SlugConverter<io.glutewise.core.program.PeriodizationModel> {
    /** Creates the converter. */
    public PeriodizationModelConverter() {
      super(io.glutewise.core.program.PeriodizationModel::fromId);
    }
  }

  /** The {@link io.glutewise.core.program.PeriodizationModel} ids, for help and completion. */
  public static final class PeriodizationModelIds extends SlugCandidates<io.glutewise.core.program.PeriodizationModel> {
    /** Creates the candidates. */
    public PeriodizationModelIds() {
      super(io.glutewise.core.program.PeriodizationModel.values(), io.glutewise.core.program.PeriodizationModel::id);
    }
  }

  /** Reads a {@link io.glutewise.core.anatomy.Muscle} id. */
  public static final class MuscleConverter extends SlugConverter<io.glutewise.core.anatomy.Muscle> {
    /** Creates the converter. */
    public MuscleConverter() {
      super(io.glutewise.core.anatomy.Muscle::fromId);
    }
  }

  /** The {@link io.glutewise.core.anatomy.Muscle} ids, for help and completion. */
  public static final class MuscleIds extends SlugCandidates<io.glutewise.core.anatomy.Muscle> {
    /** Creates the candidates. */
    public MuscleIds() {
      super(io.glutewise.core.anatomy.Muscle.values(), io.glutewise.core.anatomy.Muscle::id);
    }
  }

  /** Reads a {@link io.glutewise.core.exercise.ActivationRole} id. */
  public static final class ActivationRoleConverter extends SlugConverter<io.glutewise.core.exercise.ActivationRole> {
    /** Creates the converter. */
    public ActivationRoleConverter() {
      super(io.glutewise.core.exercise.ActivationRole::fromId);
    }
  }

  /** The {@link io.glutewise.core.exercise.ActivationRole} ids, for help and completion. */
  public static final class ActivationRoleIds extends SlugCandidates<io.glutewise.core.exercise.ActivationRole> {
    /** Creates the candidates. */
    public ActivationRoleIds() {
      super(io.glutewise.core.exercise.ActivationRole.values(), io.glutewise.core.exercise.ActivationRole::id);
    }
  }

  /** Reads a {@link io.glutewise.core.exercise.MovementPattern} id. */
  public static final class MovementPatternConverter extends SlugConverter<io.glutewise.core.exercise.MovementPattern> {
    /** Creates the converter. */
    public MovementPatternConverter() {
      super(io.glutewise.core.exercise.MovementPattern::fromId);
    }
  }

  /** The {@link io.glutewise.core.exercise.MovementPattern} ids, for help and completion. */
  public static final class MovementPatternIds extends SlugCandidates<io.glutewise.core.exercise.MovementPattern> {
    /** Creates the candidates. */
    public MovementPatternIds() {
      super(io.glutewise.core.exercise.MovementPattern.values(), io.glutewise.core.exercise.MovementPattern::id);
    }
  }

  /** Reads a {@link io.glutewise.core.exercise.LowerBackLoad} id. */
  public static final class LowerBackLoadConverter extends SlugConverter<io.glutewise.core.exercise.LowerBackLoad> {
    /** Creates the converter. */
    public LowerBackLoadConverter() {
      super(io.glutewise.core.exercise.LowerBackLoad::fromId);
    }
  }

  /** The {@link io.glutewise.core.exercise.LowerBackLoad} ids, for help and completion. */
  public static final class LowerBackLoadIds extends SlugCandidates<io.glutewise.core.exercise.LowerBackLoad> {
    /** Creates the candidates. */
    public LowerBackLoadIds() {
      super(io.glutewise.core.exercise.LowerBackLoad.values(), io.glutewise.core.exercise.LowerBackLoad::id);
    }
  }

  /** Reads a {@link io.glutewise.export.ExportFormat} id. */
  public static final class ExportFormatConverter extends SlugConverter<io.glutewise.export.ExportFormat> {
    /** Creates the converter. */
    public ExportFormatConverter() {
      super(io.glutewise.export.ExportFormat::fromId);
    }
  }

  /** The {@link io.glutewise.export.ExportFormat} ids, for help and completion. */
  public static final class ExportFormatIds extends SlugCandidates<io.glutewise.export.ExportFormat> {
    /** Creates the candidates. */
    public ExportFormatIds() {
      super(io.glutewise.export.ExportFormat.values(), io.glutewise.export.ExportFormat::id);
    }
  }
}