package io.glutewise.core.generators;

import static org.quicktheories.QuickTheory.qt;

import org.quicktheories.QuickTheory;

/**
 * The property settings glutewise uses everywhere: at least 1,000 examples per property and
 * shrinking on, so that a failure is reported with a small counterexample.
 */
public final class Theories {
  /** Examples per property. */
  public static final int EXAMPLES = 1000;

  /** Shrink cycles after a failure; enough to reach a small example, bounded to stay quick. */
  public static final int SHRINK_CYCLES = 500;

  private Theories() {}

  /**
   * A theory with the shared settings: {@code theory().forAll(gen).check(...)}. A fixed seed can be
   * given with QuickTheories' {@code QT_SEED} system property to replay a failure.
   */
  public static QuickTheory theory() {
    return qt().withExamples(EXAMPLES).withShrinkCycles(SHRINK_CYCLES);
  }
}
