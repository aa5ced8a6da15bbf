package io.glutewise.cli.command;

import io.glutewise.core.GlutewiseException;
import io.glutewise.core.InvalidValueException;
import io.glutewise.core.dose.Load;
import io.glutewise.core.dose.PerformedSet;
import io.glutewise.core.log.ExerciseLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What was done of one exercise, as typed after {@code glutewise log --exercise}:
 * {@code ID:SETS[@LOAD][:pain=N][:rir=N]}, where SETS is either {@code 3x12} (three sets of twelve)
 * or a list {@code 12,12,10}, and a trailing {@code s} counts seconds ({@code 3x30s}).
 *
 * <p>Examples: {@code glute-bridge:3x12:pain=2}, {@code hip-thrust:12,12,10@20kg:pain=3},
 * {@code front-plank:3x30s}, {@code banded-clamshell:3x15@band:light}.
 *
 * @param exerciseId the exercise's id
 * @param sets the sets as performed, in order
 * @param painDuring the highest pain during the exercise, 0 to 10, when given
 * @param insteadOf the prescribed exercise this one was done instead of ({@code :instead-of=ID})
 * @param hurting whether the trainee marks the exercise as hurting ({@code :hurts})
 */
public record ExerciseResult(String exerciseId, List<PerformedSet> sets, Optional<Integer> painDuring,
    Optional<String> insteadOf, boolean hurting) {
  /** The shape, for messages. */
  public static final String SHAPE = "ID:SETSxREPS[@LOAD][:pain=N], such as glute-bridge:3x12:pain=2";

  private static final Pattern WHOLE =
      Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*):([^@:]+)(?:@(.+?))?((?::hurts|:[a-z]+(?:-[a-z]+)*=[^:]*)*)");
  private static final Pattern REPEATED = Pattern.compile("(\\d+)\\s*x\\s*(\\d+)(s?)");
  private static final Pattern AMOUNT = Pattern.compile("(\\d+)(s?)");
  private static final Pattern SUFFIX = Pattern.compile(":(?:(hurts)|([a-z]+(?:-[a-z]+)*)=([^:]*))");

  /** Copies the list and checks the fields. */
  public ExerciseResult {
    Objects.requireNonNull(exerciseId, "exerciseId");
    sets = List.copyOf(sets);
    Objects.requireNonNull(painDuring, "painDuring");
    Objects.requireNonNull(insteadOf, "insteadOf");
  }

  /** A result of the prescribed exercise, not marked as hurting. */
  public ExerciseResult(String exerciseId, List<PerformedSet> sets, Optional<Integer> painDuring) {
    this(exerciseId, sets, painDuring, Optional.empty(), false);
  }

  /**
   * Reads one result.
   *
   * @throws FormatException naming what is wrong, with the expected shape
   * @throws InvalidValueException when the load does not read
   */
  public static ExerciseResult parse(String text) {
    String trimmed = text.trim();
    Matcher whole = WHOLE.matcher(trimmed);
    if (!whole.matches()) {
      throw fail(text, "must look like " + SHAPE);
    }
    String id = whole.group(1);
    String setsText = whole.group(2).replace(" ", "");
    Load load = whole.group(3) == null ? Load.bodyweight() : Load.parse(whole.group(3));
    Integer pain = null;
    Integer rir = null;
    String insteadOf = null;
    boolean hurting = false;
    Matcher suffix = SUFFIX.matcher(whole.group(4));
    java.util.Set<String> keys = new java.util.HashSet<>();
    while (suffix.find()) {
      if (suffix.group(1) != null) {
        if (hurting) {
          throw fail(text, "gives :hurts twice; give it once");
        }
        hurting = true;
        continue;
      }
      String key = suffix.group(2);
      if (!keys.add(key)) {
        throw fail(text, "gives :" + key + "= twice; give each once");
      }
      if (key.equals("instead-of")) {
        String other = suffix.group(3).trim();
        if (!other.matches("[a-z0-9]+(-[a-z0-9]+)*") || other.equals(id)) {
          throw fail(text, "needs :instead-of=ID naming the prescribed exercise this one replaced, such as "
              + "side-plank:2x20s:instead-of=dead-bug");
        }
        insteadOf = other;
        continue;
      }
      int value = number(key, suffix.group(3), text);
      if (key.equals("pain")) {
        pain = requireRange("pain", value, 0, 10, text);
      } else if (key.equals("rir")) {
        rir = requireRange("rir", value, 0, 10, text);
      } else {
        throw fail(text, "may end with :pain=N, :rir=N, :instead-of=ID and :hurts only, not :" + key + "=");
      }
    }
    List<PerformedSet> sets = new ArrayList<>();
    Matcher repeated = REPEATED.matcher(setsText);
    if (repeated.matches()) {
      int count = requireRange("sets", number("sets", repeated.group(1), text), 1, 20, text);
      for (int i = 0; i < count; i++) {
        sets.add(set(repeated.group(2), !repeated.group(3).isEmpty(), load, rir, text));
      }
    } else {
      Boolean timed = null;
      for (String part : setsText.split(",", -1)) {
        Matcher amount = AMOUNT.matcher(part);
        if (!amount.matches()) {
          throw fail(text, "must give the sets as 3x12, 3x30s or a list such as 12,12,10 (" + SHAPE + ")");
        }
        boolean seconds = !amount.group(2).isEmpty();
        if (timed != null && timed != seconds) {
          throw fail(text, "must count all sets in repetitions or all in seconds");
        }
        timed = seconds;
        sets.add(set(amount.group(1), seconds, load, rir, text));
      }
      if (sets.size() > 20) {
        throw fail(text, "may list at most 20 sets");
      }
    }
    return new ExerciseResult(id, sets, Optional.ofNullable(pain), Optional.ofNullable(insteadOf), hurting);
  }

  /** The result as a log entry of the session. */
  public ExerciseLog toLog() {
    return ExerciseLog.builder()
        .exerciseId(exerciseId)
        .sets(sets)
        .painDuring(painDuring.orElse(0))
        .insteadOf(insteadOf)
        .hurting(hurting)
        .build();
  }

  private static PerformedSet set(String amount, boolean seconds, Load load, Integer rir, String text) {
    int value = seconds
        ? requireRange("seconds", number("seconds", amount, text), 0, 7200, text)
        : requireRange("repetitions", number("repetitions", amount, text), 0, 1000, text);
    PerformedSet.Builder set = PerformedSet.builder().load(load);
    if (seconds) {
      set.seconds(value);
    } else {
      set.repetitions(value);
    }
    if (rir != null) {
      set.repsInReserve(rir);
    }
    return set.build();
  }

  private static int number(String what, String digits, String text) {
    try {
      return Integer.parseInt(digits.trim());
    } catch (NumberFormatException e) {
      throw fail(text, "needs a whole number for " + what + ", not '" + io.glutewise.core.json.Echo.of(digits) + "'"
          + (digits.trim().matches("\\d+") ? " (far too large)" : ""));
    }
  }

  private static int requireRange(String what, int value, int min, int max, String text) {
    if (value < min || value > max) {
      throw fail(text, "needs " + what + " between " + min + " and " + max + ", not " + value);
    }
    return value;
  }

  private static FormatException fail(String text, String problem) {
    return new FormatException("'" + io.glutewise.core.json.Echo.of(text) + "' " + problem);
  }

  /** A result that does not read, with what is wrong and the expected shape. */
  public static final class FormatException extends GlutewiseException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message a person can act on. */
    public FormatException(String message) {
      super(message);
    }
  }

  /** Reads {@code --exercise} values for picocli, turning a rejection into a usage message. */
  public static final class Converter implements ITypeConverter<ExerciseResult> {
    /** Creates the converter. */
    public Converter() {}

    @Override
    public ExerciseResult convert(String value) {
      try {
        return parse(value);
      } catch (GlutewiseException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
