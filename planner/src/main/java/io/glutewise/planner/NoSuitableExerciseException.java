package io.glutewise.planner;

import io.glutewise.core.GlutewiseException;
import java.util.Objects;

/**
 * The catalog has no exercise the trainee can do for a part of a session that cannot be left out,
 * such as a glute-dominant hip extension, given their equipment, limitations and level. Names the
 * part and what ruled the candidates out.
 */
public final class NoSuitableExerciseException extends GlutewiseException {
  private static final long serialVersionUID = 1L;

  private final String slot;

  /**
   * Creates the exception.
   *
   * @param slot the part of the session that could not be filled, such as {@code "hip extension"}
   * @param detail what ruled the candidates out, in plain words
   */
  public NoSuitableExerciseException(String slot, String detail) {
    super("no exercise in the catalog fits the " + slot + " part of the session: " + detail);
    this.slot = Objects.requireNonNull(slot, "slot");
  }

  /** The part of the session that could not be filled. */
  public String slot() {
    return slot;
  }
}
