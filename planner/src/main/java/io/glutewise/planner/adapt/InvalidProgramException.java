package io.glutewise.planner.adapt;

import io.glutewise.core.GlutewiseException;
import java.util.Objects;

/**
 * A program that the planner could not have built from what it says it was built from: a red flag in
 * its profile, a prescription that does not suit the trainee, a session id twice, dates out of
 * order. Names what is wrong and where; over HTTP it is a 422.
 */
public final class InvalidProgramException extends GlutewiseException {
  private static final long serialVersionUID = 1L;

  private final String where;

  /**
   * A program problem.
   *
   * @param where where in the program, such as {@code session w02-s1} or {@code builtFrom.profile.redFlags}
   * @param problem what is wrong there, in words a person can act on
   */
  public InvalidProgramException(String where, String problem) {
    super("this program is not one glutewise could have built for its trainee, so it is neither"
        + " adapted nor exported: " + Objects.requireNonNull(where, "where") + ": "
        + Objects.requireNonNull(problem, "problem"));
    this.where = where;
  }

  /** Where in the program the problem is. */
  public String where() {
    return where;
  }
}
