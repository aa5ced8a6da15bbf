package io.glutewise.core.generators;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.localDates;
import static org.quicktheories.generators.SourceDSL.strings;

import io.glutewise.core.program.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators for the building blocks every value type uses: slugs, free texts, dates, pain scores,
 * session ids, subsets of enums and optionals.
 *
 * <p>Every generator draws only from the randomness QuickTheories hands it, so failures shrink:
 * slugs towards {@code "a"}, numbers towards their lower bound, sets and lists towards empty.
 * The area classes ({@link AnatomyGenerators}, {@link DoseGenerators}, {@link ExerciseGenerators},
 * {@link TraineeGenerators}, {@link ProgramGenerators}, {@link LogGenerators}) build on these.
 */
public final class CoreGenerators {
  /** The first day {@link #dates()} gives. */
  public static final LocalDate FIRST_DATE = LocalDate.of(2000, 1, 1);

  /** The last day {@link #dates()} gives. */
  public static final LocalDate LAST_DATE = LocalDate.of(2040, 12, 31);

  // letters first, so that words shrink towards "a"; digits are rarer, as in real ids
  private static final List<Character> SLUG_CHARACTERS =
      "abcdefghijklmnopqrstuvwxyz0123456789".chars().mapToObj(c -> (char) c).toList();

  // texts people type that stress JSON escaping: accents, other scripts, emoji, quotes, breaks
  private static final List<String> AWKWARD_TEXTS =
      List.of(
          "Gesäßbrücke",
          "pont fessier à une jambe",
          "臀桥",
          "squeeze 💪 hard",
          "first line\nsecond line",
          "tab\there, \"quoted\" and back\\slash",
          "</script><b>not markup</b>",
          "  padded  ");

  private CoreGenerators() {}

  /**
   * Well-formed slugs: one to four words of lower-case letters and digits joined by single
   * hyphens, such as {@code "glute-bridge"} or {@code "k2-x"}. Every value passes
   * {@link io.glutewise.core.Slugs#isSlug}.
   */
  public static Gen<String> slugs() {
    Gen<String> word =
        lists()
            .of(Generate.pick(SLUG_CHARACTERS))
            .ofSizeBetween(1, 8)
            .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
    return lists().of(word).ofSizeBetween(1, 4).map(words -> String.join("-", words));
  }

  /**
   * Texts that are never slugs: upper case, spaces, underscores, accents, leading, trailing or
   * doubled hyphens, and the empty text. For tests that a slug field rejects them.
   */
  public static Gen<String> invalidSlugs() {
    List<UnaryOperator<String>> spoilers =
        List.of(
            s -> "-" + s,
            s -> s + "-",
            s -> s + "--" + s,
            s -> s + " " + s,
            s -> s + "_" + s,
            s -> "X" + s,
            s -> s + "é",
            s -> " " + s,
            s -> "");
    return slugs().zip(Generate.pick(spoilers), (slug, spoil) -> spoil.apply(slug));
  }

  /**
   * Non-blank free texts for names, notes, cues and sources: printable ASCII starting with a
   * letter, mixed with texts in other scripts, with emoji, quotes, tabs and line breaks.
   */
  public static Gen<String> texts() {
    Gen<String> plain =
        strings()
            .betweenCodePoints('A', 'Z')
            .ofLength(1)
            .zip(strings().basicLatinAlphabet().ofLengthBetween(0, 40), String::concat);
    return Generate.frequency(
        Pair.of(4, plain),
        Pair.of(1, Generate.pick(AWKWARD_TEXTS)));
  }

  /** Texts that are blank: empty, spaces, tabs and line breaks. For tests of required texts. */
  public static Gen<String> blankTexts() {
    return Generate.pick(List.of("", " ", "   ", "\t", "\n", " \t\n "));
  }

  /** Dates from {@link #FIRST_DATE} to {@link #LAST_DATE}. */
  public static Gen<LocalDate> dates() {
    return localDates().withDaysBetween(FIRST_DATE.toEpochDay(), LAST_DATE.toEpochDay());
  }

  /** Pain scores on the 0-10 numeric rating scale. */
  public static Gen<Integer> painScores() {
    return integers().between(0, 10);
  }

  /** Scores outside the 0-10 pain scale, on both sides, including the extremes of int. */
  public static Gen<Integer> invalidPainScores() {
    return integers()
        .between(-1000, -1)
        .mix(integers().between(11, 1000))
        .mix(Generate.pick(List.of(Integer.MIN_VALUE, -1, 11, Integer.MAX_VALUE)));
  }

  /** Session ids such as {@code w03-s2}: weeks 1 to 52, sessions 1 to 7. */
  public static Gen<String> sessionIds() {
    return integers().between(1, 52).zip(integers().between(1, 7), Session::idOf);
  }

  /**
   * Subsets of an enum, each constant in or out with even odds; shrinks towards the empty set.
   *
   * @param type the enum type
   * @return sets that the caller may modify (fresh {@link EnumSet}s)
   */
  public static <E extends Enum<E>> Gen<Set<E>> subsetsOf(Class<E> type) {
    Gen<Boolean> coin = booleans().all();
    E[] constants = type.getEnumConstants();
    return in -> {
      Set<E> chosen = EnumSet.noneOf(type);
      for (E constant : constants) {
        if (coin.generate(in)) {
          chosen.add(constant);
        }
      }
      return chosen;
    };
  }

  /** Subsets of an enum with at least one constant; see {@link #subsetsOf(Class)}. */
  public static <E extends Enum<E>> Gen<Set<E>> nonEmptySubsetsOf(Class<E> type) {
    return Generate.enumValues(type)
        .zip(
            subsetsOf(type),
            (first, rest) -> {
              rest.add(first);
              return rest;
            });
  }

  /** Subsets of an enum that never contain the given constants. */
  @SafeVarargs
  public static <E extends Enum<E>> Gen<Set<E>> subsetsOfExcluding(Class<E> type, E... left) {
    Set<E> excluded = EnumSet.noneOf(type);
    excluded.addAll(List.of(left));
    return subsetsOf(type)
        .map(
            set -> {
              set.removeAll(excluded);
              return set;
            });
  }

  /** Optionals of the given values, empty about a quarter of the time. */
  public static <T> Gen<Optional<T>> optionals(Gen<T> values) {
    return values.toOptionals(25);
  }

  /** Lists of the given values with a size from {@code min} to {@code max}, inclusive. */
  public static <T> Gen<List<T>> listsOf(Gen<T> values, int min, int max) {
    return lists().of(values).ofSizeBetween(min, max);
  }

  /**
   * Lists of distinct values: draws a list of {@code min} to {@code max} values and keeps the
   * first occurrence of each, so the size may end up below {@code max} but never below 1 when
   * {@code min >= 1}.
   */
  public static <T> Gen<List<T>> distinctListsOf(Gen<T> values, int min, int max) {
    return listsOf(values, min, max).map(list -> new ArrayList<>(list.stream().distinct().toList()));
  }
}
