package io.glutewise.catalog.generators;

import java.util.function.Predicate;

/** Misspells a name the way people do: a letter dropped, doubled, swapped or replaced. */
public final class Misspellings {
  private Misspellings() {}

  /**
   * A misspelling of the name, chosen by {@code pick}, that is guaranteed not to be a known name.
   *
   * @param name the correct name, at least one character
   * @param pick any number; it chooses the kind of slip and where
   * @param known whether a text is a known name, which the result must not be
   */
  public static String of(String name, int pick, Predicate<String> known) {
    int at = Math.floorMod(pick / 4, name.length());
    String slip;
    switch (Math.floorMod(pick, 4)) {
      case 0:
        slip = name.substring(0, at) + name.substring(at + 1);
        break;
      case 1:
        slip = name.substring(0, at + 1) + name.charAt(at) + name.substring(at + 1);
        break;
      case 2:
        slip = at + 1 < name.length()
            ? name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2)
            : name + name.charAt(at);
        break;
      default:
        char replaced = name.charAt(at) == 'q' ? 'z' : 'q';
        slip = name.substring(0, at) + replaced + name.substring(at + 1);
    }
    while (slip.isEmpty() || slip.equals(name) || known.test(slip)) {
      slip = slip + "s";
    }
    return slip;
  }
}
