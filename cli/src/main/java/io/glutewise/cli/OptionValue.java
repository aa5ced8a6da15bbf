package io.glutewise.cli;

import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The value of one option of a command declared in code, and the picocli option that fills it in.
 *
 * <p>Commands on the start-up path ({@code glutewise} itself and {@code plan}) declare their
 * options in code rather than with picocli's annotations: reading an annotation makes the JVM
 * generate a proxy class for its type, and on a cold JDK 25 the first few cost tens of
 * milliseconds, more than parsing the whole command line (docs/cli.md, start-up).
 *
 * @param <T> the option's type: the element's collection for a repeatable or split option
 */
public final class OptionValue<T> {
  private final Class<?> type;
  private final Class<?>[] elementTypes;
  private T value;

  private OptionValue(Class<?> type, Class<?>[] elementTypes, T initial) {
    this.type = type;
    this.elementTypes = elementTypes;
    this.value = initial;
  }

  /** An option with one value of the given type, null until given. */
  public static <T> OptionValue<T> of(Class<T> type) {
    return new OptionValue<>(type, new Class<?>[0], null);
  }

  /** A switch: false until given. */
  public static OptionValue<Boolean> flag() {
    return new OptionValue<>(boolean.class, new Class<?>[0], false);
  }

  /** An option whose values, split or repeated, make a set; null until given. */
  public static <E> OptionValue<Set<E>> setOf(Class<E> element) {
    return new OptionValue<>(Set.class, new Class<?>[] {element}, null);
  }

  /** An option whose values, split or repeated, make a list in the order given; null until given. */
  public static <E> OptionValue<List<E>> listOf(Class<E> element) {
    return new OptionValue<>(List.class, new Class<?>[] {element}, null);
  }

  /** The value given on the command line, or the initial one (null, or false for a switch). */
  public T get() {
    return value;
  }

  /**
   * A picocli option with these names that fills in this value; the caller adds the help text
   * and any converter, then builds it.
   *
   * @param names the option's names, such as {@code "-o", "--output"}
   * @return the option's builder, with its type and binding set
   */
  public OptionSpec.Builder option(String... names) {
    Binding binding = new Binding();
    // picocli sets every option to its initial value before it parses
    return OptionSpec.builder(names).type(type).auxiliaryTypes(elementTypes).getter(binding).setter(binding)
        .initialValue(value);
  }

  /** picocli reads and writes the value through this; its methods are generic, so not lambdas. */
  private final class Binding implements IGetter, ISetter {
    @Override
    @SuppressWarnings("unchecked")
    public <R> R get() {
      return (R) value;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R set(R newValue) {
      R previous = (R) value;
      value = (T) newValue;
      return previous;
    }
  }
}
